import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../support/server.ts';
import { choosePlan, importInOptions, openOptions } from './options-page.ts';
import { exampleBundle } from './plan-bundle.ts';
import {
  type Extension,
  grantActiveTab,
  launchExtension,
  openExtensionWindow,
  selectContents,
  TEST_PAGES,
} from './support.ts';
import { pngSize } from './zip-reader.ts';

/** Committed: the store listings' screenshots (docs/store/README.md), the size both stores take. */
const STORE = fileURLToPath(new URL('../../docs/store/', import.meta.url));
const SCREEN = { width: 1280, height: 800 };

/**
 * The store screenshots, made from the real extension on a real page, in French and English: the
 * capture window over the page a figure was selected on, and the options page (plan, sync).
 */
for (const language of ['fr', 'en'] as const) {
  describe(`the store screenshots, in ${language === 'fr' ? 'French' : 'English'}`, () => {
    let ext: Extension;
    let server: StaticServer;
    let site: Page;

    beforeAll(async () => {
      mkdirSync(STORE, { recursive: true });
      server = await serveStatic(TEST_PAGES);
      ext = await launchExtension({ locale: language === 'fr' ? 'fr-FR' : 'en-GB', language });
      const bundle = exampleBundle(language);
      const options = await openOptions(ext);
      await importInOptions(options, bundle.text);
      await choosePlan(options, String(JSON.parse(bundle.text).tables.plans[0].name));
      await options.close();
      site = await ext.context.newPage();
      await site.setViewportSize(SCREEN);
      await site.goto(`${server.url}/kpis.html`);
      await grantActiveTab(ext, site);
    });
    afterAll(async () => {
      await ext?.browser.dispose();
      await server?.close();
    });

    /** Lays `front` over `back` (the window over the page), as the browser shows them. */
    async function compose(back: Buffer, front: Buffer, path: string) {
      const page = await ext.context.newPage();
      await page.setViewportSize(SCREEN);
      const url = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
      await page.setContent(
        `<body style="margin:0;background:#e8ecf0">
          <img src="${url(back)}" style="position:absolute;inset:0;width:1280px;height:800px;filter:brightness(.92)">
          <img src="${url(front)}" style="position:absolute;top:24px;right:48px;border-radius:10px;box-shadow:0 12px 40px rgba(0,0,0,.35)">
        </body>`,
      );
      await page.waitForFunction(() => [...document.images].every((i) => i.complete));
      await page.screenshot({ path });
      await page.close();
    }

    it('shows the capture window over the page a figure was selected on', async () => {
      await selectContents(site, '#intro');
      const back = await site.screenshot();
      const popup = await openExtensionWindow(ext, 'src/popup/index.html');
      await popup.setViewportSize({ width: 400, height: 740 });
      await popup.waitForSelector('form.capture');
      await popup.waitForSelector('.figure-text');
      const front = await popup.screenshot();
      await popup.close();
      const path = `${STORE}screenshot-capture-${language}.png`;
      await compose(back, front, path);
      expect(pngSize(readFileSync(path))).toEqual(SCREEN);
    });

    it('shows the options page: plan, language, sync with the app', async () => {
      const options = await openOptions(ext);
      await options.setViewportSize(SCREEN);
      const path = `${STORE}screenshot-options-${language}.png`;
      await options.screenshot({ path });
      await options.close();
      expect(pngSize(readFileSync(path))).toEqual(SCREEN);
    });
  });
}
