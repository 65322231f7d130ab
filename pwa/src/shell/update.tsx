import { useEffect, useState } from 'preact/hooks';
import type { Workbox } from 'workbox-window';
import { useT } from '../i18n/messages.ts';
import { shellMessages } from './messages.ts';
import { hasUnsaved } from './unsaved.ts';

let workbox: Workbox | undefined;
const waitingListeners = new Set<() => void>();
let waiting = false;

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
  waiting = true;
  for (const listener of waitingListeners) listener();
}

export function UpdateBanner() {
  const t = useT(shellMessages);
  const [show, setShow] = useState(waiting);
  useEffect(() => {
    const listener = () => setShow(true);
    waitingListeners.add(listener);
    // The worker may have been found waiting between the first render and this effect.
    if (waiting) setShow(true);
    return () => waitingListeners.delete(listener);
  }, []);
  if (!show) return null;
  const update = () => {
    if (hasUnsaved() && !confirm(t('unsavedConfirm'))) return;
    workbox?.addEventListener('controlling', () => location.reload());
    workbox?.messageSkipWaiting();
  };
  return (
    <div class="banner" role="status" data-testid="update-banner">
      <span>{t('updateAvailable')}</span>
      <button type="button" class="primary" onClick={update}>
        {t('updateNow')}
      </button>
      <button type="button" onClick={() => setShow(false)}>
        {t('updateLater')}
      </button>
    </div>
  );
}
