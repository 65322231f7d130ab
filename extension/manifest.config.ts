import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };
import { type Browser, FIREFOX_ID, MIN_CHROME, MIN_FIREFOX } from './targets.ts';

const icons = {
  16: 'icons/icon-16.png',
  32: 'icons/icon-32.png',
  48: 'icons/icon-48.png',
  128: 'icons/icon-128.png',
};

/** The toolbar popup's page, built apart from the rest (vite.popup.config.ts). */
export const POPUP_PAGE = 'src/popup/index.html';

/**
 * Install-time permissions are the five the extension uses and nothing else: no host permission
 * (a sync folder's server is an optional one, asked for at set-up),
 * no content script declared for all sites (it is injected on demand into the tab the user
 * acted on, under activeTab), no web-accessible resource, and the default MV3 CSP.
 * `popup: false` is the manifest crxjs builds from (see vite.config.ts).
 * test/extension/manifest.test.ts checks the built manifest, and that each permission is used.
 *
 * One source, two browsers: Chrome runs the background as a service worker; Firefox runs the same
 * module as a background script (crxjs writes `background.scripts` for it) and needs an add-on id.
 */
export function manifestFor(browser: Browser, { popup = true }: { popup?: boolean } = {}) {
  return defineManifest({
    manifest_version: 3,
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    version: pkg.version,
    icons,
    action: {
      ...(popup ? { default_popup: POPUP_PAGE } : {}),
      default_title: '__MSG_extName__',
      default_icon: { 16: icons[16], 32: icons[32] },
    },
    background:
      browser === 'chrome'
        ? { service_worker: 'src/background/index.ts', type: 'module' }
        : { scripts: ['src/background/index.ts'], type: 'module' },
    options_ui: { page: 'src/options/index.html', open_in_tab: true },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandOpen__' },
    },
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage', 'alarms'],
    // A sync folder's server, asked for in the options when the user sets the folder up: nothing at install.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'chrome'
      ? { minimum_chrome_version: String(MIN_CHROME) }
      : {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ID,
              strict_min_version: `${MIN_FIREFOX}.0`,
              // Nothing leaves the device (README, Privacy): Firefox asks add-ons to say so.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }),
  });
}
