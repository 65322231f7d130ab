import { useState } from 'preact/hooks';
import type { Workbox } from 'workbox-window';
import { useT } from '../i18n/messages.ts';
import { running, whenIdle } from './busy.ts';
import { shellMessages } from './messages.ts';
import { createStore, useStore } from './store.ts';
import { discardUnsaved, hasUnsaved } from './unsaved.ts';

let workbox: Workbox | undefined;
/** A new version waits to take over. */
const waiting = createStore(false);

/**
 * Registers the service worker. A new version waits: the user is asked, and only then does it take
 * over (`messageSkipWaiting`) and the page reloads on `controlling`. A worker that skipped waiting
 * on its own would delete precached chunks that this open page may still need.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  // workbox-window is not needed to draw the first screen: loaded once the page has loaded.
  const { Workbox } = await import('workbox-window');
  workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  workbox.addEventListener('waiting', markWaiting);
  // A version that was already waiting when this page loaded (the user said "later", then opened
  // another page) must be offered again; workbox-window does not always say so.
  void workbox.register().then((registration) => {
    if (registration?.waiting && navigator.serviceWorker.controller) markWaiting();
  });
}

function markWaiting(): void {
  waiting.set(true);
}

export function UpdateBanner() {
  const t = useT(shellMessages);
  const available = useStore(waiting);
  const [later, setLater] = useState(false);
  const busy = useStore(running) > 0;
  const [queued, setQueued] = useState(false);
  if (!available || later) return null;
  // A running import finishes first (its transaction would be cut by the reload); then the update.
  const update = async () => {
    if (hasUnsaved() && !confirm(t('unsavedConfirm'))) return;
    discardUnsaved();
    setQueued(true);
    await whenIdle();
    workbox?.addEventListener('controlling', () => location.reload());
    workbox?.messageSkipWaiting();
  };
  return (
    <div class="banner" role="status" data-testid="update-banner">
      <span>{queued && busy ? t('updateAfterImport') : t('updateAvailable')}</span>
      <button type="button" class="primary" disabled={queued} onClick={() => void update()}>
        {t('updateNow')}
      </button>
      <button type="button" onClick={() => setLater(true)}>
        {t('updateLater')}
      </button>
    </div>
  );
}
