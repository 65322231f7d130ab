import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

export default defineManifest({
  manifest_version: 3,
  name: '__MSG_extName__',
  description: '__MSG_extDescription__',
  default_locale: 'fr',
  version: pkg.version,
  action: { default_popup: 'src/popup/index.html', default_title: '__MSG_extName__' },
  background: { service_worker: 'src/background/index.ts', type: 'module' },
  permissions: ['activeTab', 'scripting', 'contextMenus', 'storage'],
});
