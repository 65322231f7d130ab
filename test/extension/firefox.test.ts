import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBundle } from '@jalon/core';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxExtension, launchFirefoxExtension } from '../support/firefox.ts';
import { type StaticServer, serveStatic } from '../support/server.ts';
import { exampleBundle } from './plan-bundle.ts';
import { TEST_PAGES } from './support.ts';

type Row = Record<string, unknown>;

/**
 * The capture path in Firefox ESR, from the Firefox build (extension/dist-firefox): the menu
 * handler in the background script, the clip in the database, the capture window the extension
 * opens in both languages, and sync by file in the options page.
 */
describe('the extension in Firefox ESR', () => {
  let ff: FirefoxExtension;
  let server: StaticServer;
  let options: Page;
  let site: Page;

  /** The menu's handler, called in the background script as the menu calls it (no right-click here). */
  const clickMenu = (menuItemId: string, extra: { selectionText?: string } = {}) =>
    options.evaluate(
      async (menuItemId, extra, url) => {
        const background = (await chrome.runtime.getBackgroundPage()) as unknown as {
          __jalonMenu(info: unknown, tab: unknown): Promise<{ ideaId?: string; pendingId?: string }>;
        };
        const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
        if (!tab) throw new Error(`the extension sees no tab at ${url}`);
        const info = { menuItemId, editable: false, frameId: 0, pageUrl: url, ...extra };
        return background.__jalonMenu(info, tab);
      },
      menuItemId,
      extra,
      site.url(),
    );

  /** Rows of one table, read with plain IndexedDB from an extension page (same origin as the background). */
  const readTable = (table: string) =>
    options.evaluate(async (name) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('jalon');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      try {
        return await new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
          request.onerror = () => reject(request.error);
        });
      } finally {
        db.close();
      }
    }, table);

  const setLanguage = (language: 'fr' | 'en') =>
    options.evaluate((l) => chrome.storage.local.set({ settings: { language: l } }), language);

  const select = (selector: string) =>
    site.evaluate((sel) => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector(sel) as Node);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return getSelection()?.toString() ?? '';
    }, selector);

  beforeAll(async () => {
    server = await serveStatic(TEST_PAGES);
    ff = await launchFirefoxExtension();
    options = await ff.openExtensionPage('src/options/index.html');
    await options.waitForSelector('main[data-ready="true"]');
    site = await ff.browser.newPage();
    await site.goto(`${server.url}/kpis.html`);
    await ff.grantActiveTab(site);
  });
  afterAll(async () => {
    await ff?.dispose();
    await server?.close();
  });

  it('stores a clip from the menu, with the selection, its figures and the page metadata', async () => {
    await setLanguage('fr');
    const selectionText = await select('#intro');
    const outcome = await clickMenu('clip-selection', { selectionText });
    expect(outcome?.ideaId).toBeTruthy();
    const idea = (await readTable('ideas')).find((row) => row.id === outcome?.ideaId) as Row;
    expect(idea).toMatchObject({
      pageUrl: `${server.url}/kpis.html`,
      status: 'inbox',
      site: 'Analytique Démo',
    });
    expect(idea.text).toContain('Le taux de conversion du site est passé de 3,2 %');
    expect((idea.figures as { value: number; kind: string }[]).map((f) => [f.value, f.kind])).toEqual([
      [3.2, 'percent'],
      [4.1, 'percent'],
      [1234.56, 'currency'],
    ]);
    // The plan the clip went to is the inbox the extension made for clips (at install, in the
    // browser's language), stamped for sync like any record.
    const plans = await readTable('plans');
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ id: idea.planId });
    expect(['Boîte à idées', 'Idea inbox']).toContain(plans[0]?.name);
  });

  for (const [language, texts] of [
    ['fr', { record: 'Enregistrer la valeur', cancel: 'Annuler' }],
    ['en', { record: 'Record the value', cancel: 'Cancel' }],
  ] as const) {
    it(`opens the capture window on a figure, in ${language === 'fr' ? 'French' : 'English'}`, async () => {
      await setLanguage(language);
      const selectionText = await select('#intro');
      const outcome = await clickMenu('record-figure', { selectionText });
      expect(outcome?.pendingId).toBeTruthy();
      const popup = await ff.pageOpenedByExtension(`src/popup/index.html?pending=${outcome?.pendingId}`);
      await popup.waitForSelector('.figure-text');
      const shown = await popup.evaluate(() => ({
        lang: document.documentElement.lang,
        figures: [...document.querySelectorAll('.figure-text')].map((f) => f.textContent),
        buttons: [...document.querySelectorAll('button')].map((b) => b.textContent?.trim()),
      }));
      expect(shown.lang).toBe(language);
      expect(shown.figures).toEqual(['3,2 %', '4,1 %', '1 234,56 €']);
      expect(shown.buttons).toEqual(expect.arrayContaining([texts.record, texts.cancel]));
      await popup.close();
    });
  }

  it('imports a plan file in the options page and exports the database, clips included', async () => {
    await setLanguage('en');
    await options.close();
    options = await ff.openExtensionPage('src/options/index.html');
    await options.waitForSelector('main[data-ready="true"]');
    const bundle = exampleBundle('en');
    const file = join(ff.downloads, 'jalon-plan-from-the-app.json');
    writeFileSync(file, bundle.text);
    const input = await options.waitForSelector('input[type=file]');
    await input?.uploadFile(file);
    await options.waitForSelector('.report');
    const added = await options.$eval('.report dd[data-field=reportAdded]', (dd) => Number(dd.textContent));
    expect(added).toBeGreaterThan(50);
    expect((await readTable('plans')).map((p) => p.id)).toContain(bundle.planId);

    const exportButton = await options.waitForSelector('xpath///button[normalize-space()="Export a file"]');
    await exportButton?.click();
    const exported = await waitForFile(ff.downloads, /^jalon-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseBundle(readFileSync(exported, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.bundle.tables.plans).toHaveLength(2);
    expect(parsed.bundle.tables.ideas).toHaveLength(1);
  });
});

async function waitForFile(dir: string, name: RegExp): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const found = readdirSync(dir).find((f) => name.test(f));
    if (found && existsSync(join(dir, found))) {
      const path = join(dir, found);
      const text = readFileSync(path, 'utf8');
      if (text.endsWith('}')) return path;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no download matching ${name} in ${dir}`);
}
