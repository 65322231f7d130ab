import { render } from 'preact';
import { getPlanId } from './data/current-plan.ts';
import { startFolderSyncIfConfigured } from './data/folder-flag.ts';
import { getLang } from './i18n/locale.ts';
import { App } from './shell/app.tsx';
import { currentPath, href } from './shell/router.ts';
import { findRoute } from './shell/routes.ts';
import { preloadScreen } from './shell/screen.tsx';
import { registerServiceWorker } from './shell/update.tsx';
import './styles.css';

document.documentElement.lang = getLang();
// Which build runs, for support and for the update test (a new build must really take over).
document.documentElement.dataset.build = import.meta.env.JALON_BUILD_ID;

// index.html already shows the frame and the first screen (rendered at build, chosen by its boot
// script). The app replaces it once the opening screen's chunk is here, in the same task: no blank
// "loading" state in between, and nothing moves. (Letting Preact adopt the prerendered nodes
// instead measured three times slower: it reads back every attribute of every node.)
// (No router listener exists yet, and a first load needs no scrolling: the address is just replaced.)
if (currentPath() === '/') history.replaceState(null, '', href(getPlanId() ? '/home' : '/start'));
const route = findRoute(currentPath());
const first = route && (!route.needsPlan || getPlanId()) ? preloadScreen(route) : Promise.resolve();
// The module loads `async` (build/prerender.ts): from the service worker's cache it can run
// before the parser has reached the prerendered screen and its boot script.
const parsed = new Promise<void>((resolve) => {
  if (document.readyState !== 'loading') resolve();
  else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
});
void Promise.all([first.catch(() => {}), parsed]) // the screen shows its own retry
  .then(() => {
    const root = document.getElementById('app');
    if (!root) return;
    root.replaceChildren();
    render(<App />, root);
    // The service worker (offline, updates) waits for the first screen and the load event, in a
    // task of its own: it is not needed to draw the first screen, and its precaching competes.
    // A device with a sync folder syncs once the first screen is drawn.
    const later = () =>
      setTimeout(() => {
        void registerServiceWorker();
        startFolderSyncIfConfigured();
      }, 0);
    if (document.readyState === 'complete') later();
    else addEventListener('load', later, { once: true });
  });
