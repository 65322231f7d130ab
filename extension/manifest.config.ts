import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

/**
 * Install-time permissions are the four the issue allows and nothing else: no host permission,
 * no content script declared for all sites (it is injected on demand into the tab the user
 * acted on, under activeTab), no web-accessible resource, and the default MV3 CSP.
 * test/extension/manifest.test.ts checks the built manifest, and that each permission is used.
 */
export default defineManifest({
  manifest_version: 3,
  name: '__MSG_extName__',
  description: '__MSG_extDescription__',
  default_locale: 'fr',
  version: pkg.version,
  action: { default_popup: 'src/popup/index.html', default_title: '__MSG_extName__' },
  background: { service_worker: 'src/background/index.ts', type: 'module' },
  options_ui: { page: 'src/options/index.html', open_in_tab: true },
  commands: {
    _execute_action: { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandOpen__' },
  },
  permissions: ['activeTab', 'scripting', 'contextMenus', 'storage'],
});
