import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer, type Plugin } from 'vite';
import { contentSecurityPolicy, scriptHash } from './csp.ts';

const bootScript = readFileSync(fileURLToPath(new URL('./boot.js', import.meta.url)), 'utf8')
  .split('\n')
  .filter((line) => !line.trimStart().startsWith('//'))
  .join('\n')
  .trim();

/** The hash of the inline boot script, as servers must allow it (docs/hosting.md). */
export const bootScriptHash = scriptHash(bootScript);

/**
 * Renders the first screen into index.html at build (src/shell/prerender.tsx, through Vite's SSR
 * loader so that it is the app's own code), adds the boot script that picks the right variant,
 * and the Content-Security-Policy as a <meta>; the entry module loads `async`.
 */
export function prerenderShell(options: { base: string; root: string }): Plugin {
  return {
    name: 'jalon:prerender-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const server = await createServer({
          root: options.root,
          base: options.base,
          configFile: false,
          logLevel: 'error',
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
          optimizeDeps: { noDiscovery: true, include: [] },
          oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        } as Parameters<typeof createServer>[0]);
        try {
          const module = (await server.ssrLoadModule('/src/shell/prerender.tsx')) as {
            prerenderTemplates(): string;
          };
          const templates = module.prerenderTemplates();
          const csp = contentSecurityPolicy(bootScriptHash, { header: false });
          // `async`: the app's module runs in a task of its own as soon as it is here, rather
          // than at the end of parsing, lumped with DOMContentLoaded into one long task (under a
          // 4× slowdown: a longest start task of ~180 ms, ~90 ms with it). src/main.tsx waits
          // for the parsed document before it touches it.
          const entry = '<script type="module" crossorigin src=';
          if (!html.includes(entry)) throw new Error('prerender: the entry module script was not found');
          return html
            .replace(entry, '<script type="module" async crossorigin src=')
            .replace(
              '<meta charset="utf-8" />',
              `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
            )
            .replace(
              '<div id="app"></div>',
              `<div id="app" data-base="${options.base}"></div>\n${templates}\n<script>${bootScript}</script>\n<noscript><p>Jalon a besoin de JavaScript. — Jalon needs JavaScript.</p></noscript>`,
            );
        } finally {
          await server.close();
        }
      },
    },
  };
}
