import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { POPUP_PAGE } from './manifest.config.ts';
import { browserOf, buildFor } from './targets.ts';

/**
 * The popup, built on its own after the extension (`vite build` then this config), as one
 * script and no stylesheet file. An extension page's every file is served through the browser
 * process, and each one adds to the popup's opening: measured in Chromium, a page whose 84 kB
 * of modules come in six files starts its script ~70 ms later than the same bytes in one file.
 * Built with the rest, the popup would share chunks with the options page and the worker.
 * The cost: the modules the three share are in the package twice.
 */
function inlineStylesheet(): Plugin {
  return {
    name: 'jalon:inline-popup-stylesheet',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const [htmlName, html] of Object.entries(bundle)) {
        if (html.type !== 'asset' || !htmlName.endsWith('.html')) continue;
        let text = String(html.source);
        for (const [cssName, css] of Object.entries(bundle)) {
          if (css.type !== 'asset' || !cssName.endsWith('.css')) continue;
          const link = new RegExp(
            `<link rel="stylesheet"[^>]*href="/${cssName.replace(/[.]/g, '\\.')}"[^>]*>`,
          );
          if (!link.test(text)) continue;
          // The extension's CSP restricts scripts, not styles: an inline stylesheet is allowed.
          text = text.replace(link, () => `<style>${String(css.source)}</style>`);
          delete bundle[cssName];
        }
        html.source = text;
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser = browserOf(mode);
  return {
    plugins: [preact(), inlineStylesheet()],
    build: {
      ...buildFor(browser),
      // The extension's build is already there: this one adds the popup to it.
      emptyOutDir: false,
      assetsDir: 'popup',
      // One file: nothing to preload, and Chrome and Firefox both know modulepreload anyway.
      modulePreload: false,
      rolldownOptions: { input: fileURLToPath(new URL(POPUP_PAGE, import.meta.url)) },
    },
  };
});
