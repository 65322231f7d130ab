/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { receiveShare } from './share.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

// Every route's chunk is precached: any screen opens offline, not just the ones visited.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Deep links (/kpi, /ideas…) answer the app's page offline.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

// "Share to Jalon" from another app: the platform POSTs the shared title, text, address or file
// to the manifest's share_target action (see share.ts).
const shareUrl = new URL('share', self.registration.scope).pathname;
registerRoute(
  ({ url }) => url.pathname === shareUrl,
  ({ request }) => receiveShare(request, self.registration.scope),
  'POST',
);

// Updates are asked, never forced: the page says when (workbox-window's messageSkipWaiting).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
