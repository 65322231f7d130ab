import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { manifestFor } from './manifest.config.ts';
import { browserOf, MIN_CHROME, MIN_FIREFOX, outDirs } from './targets.ts';

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
      crx({ manifest: manifestFor(browser), browser }),
      noWebAccessibleResources(),
      noUnusedContentChunk(),
    ],
    build: {
      outDir: outDirs[browser],
      emptyOutDir: true,
      sourcemap: false,
      target: browser === 'chrome' ? `chrome${MIN_CHROME}` : `firefox${MIN_FIREFOX}`,
    },
  };
});
