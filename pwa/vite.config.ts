import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './build/precompress.ts';
import { prerenderShell } from './build/prerender.ts';
import { phoneManifest } from './sw/manifest.ts';

// JALON_BUILD_ID changes the build (and so the service worker) without a code change: the update
// test builds twice to see the "update available" flow. A local build has none ('').
const buildId = process.env.JALON_BUILD_ID ?? '';
const base = process.env.JALON_BASE ?? '/';
const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  base,
  define: {
    'import.meta.env.JALON_BUILD_ID': JSON.stringify(buildId),
    'import.meta.env.JALON_VERSION': JSON.stringify(version),
  },
  plugins: [
    preact(),
    prerenderShell({ base, root: fileURLToPath(new URL('.', import.meta.url)) }),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // Our own service worker (sw/sw.ts): Workbox's precache and offline navigation, plus the
      // share target's POST route, which the generated one cannot have.
      strategies: 'injectManifest',
      srcDir: 'sw',
      filename: 'sw.ts',
      // No SVG favicon in the page: the browser draws a page's favicon on its main thread, and an
      // SVG one is a whole document to build, a long task at start under a phone's CPU (public/
      // icon.svg stays as the artwork the PNG icons are drawn from).
      includeAssets: ['favicon-48.png', 'apple-touch-icon.png'],
      manifest: {
        id: './',
        name: 'Jalon — plan d’action marketing',
        short_name: 'Jalon',
        description:
          'Votre plan d’action marketing, hors ligne : actions du jour, KPI, objectifs, budget, revues.',
        lang: 'fr',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f4e79',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        file_handlers: [{ action: './sync', accept: { 'application/json': ['.json'] } }],
        ...phoneManifest,
      },
      injectManifest: {
        // Every route's chunk is precached (sw/sw.ts): any screen opens offline. The install
        // prompt's screenshots are fetched by the browser when it shows the prompt, not by the app.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        globIgnores: ['screenshots/**'],
      },
    }),
    precompress(),
  ],
  // The manifest lets the size test and the bench find the first screen's chunks.
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', manifest: true },
});
