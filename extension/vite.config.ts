import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { manifestFor, POPUP_PAGE } from './manifest.config.ts';
import { browserOf, buildFor } from './targets.ts';

/**
 * crxjs lists a dynamically imported script as web-accessible to every http(s) site, which an
 * `executeScript({ files })` injection does not need, and which would let any site probe for the
 * extension. Removed from the manifest it writes.
 */
function noWebAccessibleResources(): Plugin {
  return {
    name: 'jalon:no-web-accessible-resources',
    enforce: 'post',
    // crxjs's own hook, called with the manifest it is about to write, after its plugins.
    renderCrxManifest(manifest: { web_accessible_resources?: unknown }) {
      delete manifest.web_accessible_resources;
      return manifest;
    },
  } as Plugin;
}

/**
 * The popup is built apart, as one file (vite.popup.config.ts): crxjs must not build it with the
 * rest, so the manifest it reads has no popup, and the one it writes gets it back.
 */
function popupBuiltApart(popup: string): Plugin {
  return {
    name: 'jalon:popup-built-apart',
    enforce: 'post',
    renderCrxManifest(manifest: { action?: Record<string, unknown> }) {
      manifest.action = { default_popup: popup, ...manifest.action };
      return manifest;
    },
  } as Plugin;
}

/**
 * crxjs also emits the injected script as an ES module chunk, which nothing loads: the tab gets
 * the self-contained IIFE build (`src/capture/content.js`). Dropped, so that dist holds only
 * what runs.
 */
function noUnusedContentChunk(): Plugin {
  return {
    name: 'jalon:no-unused-content-chunk',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (
          output.type === 'chunk' &&
          output.isEntry &&
          output.facadeModuleId?.endsWith('/src/capture/content.ts')
        ) {
          delete bundle[fileName];
        }
      }
    },
  };
}

/** `vite build` makes the Chrome extension in dist/; `vite build --mode firefox`, Firefox's in dist-firefox/. */
export default defineConfig(({ mode }) => {
  const browser = browserOf(mode);
  return {
    plugins: [
      preact(),
      crx({ manifest: manifestFor(browser, { popup: false }), browser }),
      noWebAccessibleResources(),
      popupBuiltApart(POPUP_PAGE),
      noUnusedContentChunk(),
    ],
    build: { ...buildFor(browser), emptyOutDir: true },
  };
});
