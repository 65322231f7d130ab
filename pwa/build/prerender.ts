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
 * and the Content-Security-Policy as a <meta>.
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
          return html
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
