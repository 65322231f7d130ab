import { render } from 'preact';
import { requestPersistence } from './data/persist.ts';
import { getLang } from './i18n/locale.ts';
import { App } from './shell/app.tsx';
import { currentPath } from './shell/router.ts';
import { findRoute } from './shell/routes.ts';
import { registerServiceWorker } from './shell/update.tsx';
import './styles.css';

document.documentElement.lang = getLang();
// Which build runs, for support and for the update test (a new build must really take over).
document.documentElement.dataset.build = import.meta.env.JALON_BUILD_ID;
// Fetch the opening screen's chunk now, alongside the first render, rather than after it.
void findRoute(currentPath())
  ?.load()
  .catch(() => {});
const root = document.getElementById('app');
if (root) render(<App />, root);
registerServiceWorker();
// Safari may evict storage of sites unused for seven days unless it is persistent.
void requestPersistence();
