import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../support/server.ts';
import { choosePlan, importInOptions, openOptions } from './options-page.ts';
import { exampleBundle } from './plan-bundle.ts';
import {
  clickMenu,
  type Extension,
  grantActiveTab,
  launchExtension,
  openExtensionWindow,
  selectContents,
  TEST_PAGES,
} from './support.ts';

const MIN_PX = 13;

/**
 * Every piece of text the page shows (text nodes and form controls), with its computed font size.
 * Chrome gives extension pages a smaller default body font than web pages, so this is measured in
 * the real browser, not read from the CSS.
 */
async function textSizes(page: Page): Promise<{ px: number; what: string }[]> {
  return page.evaluate(() => {
    const found: { px: number; what: string }[] = [];
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent || !visible(parent)) continue;
      found.push({
        px: Number.parseFloat(getComputedStyle(parent).fontSize),
        what: `${parent.tagName} "${text}"`,
      });
    }
    for (const el of document.querySelectorAll('input, select, textarea, button')) {
      if (!visible(el)) continue;
      found.push({ px: Number.parseFloat(getComputedStyle(el).fontSize), what: el.tagName });
    }
    return found;
  });
}

describe(`extension text is at least ${MIN_PX} px`, () => {
  let ext: Extension;
  let server: StaticServer;
  let site: Page;
  let tabId: number;
  const bundle = exampleBundle('fr');
  const tables = JSON.parse(bundle.text).tables as Record<string, { name?: string }[]>;

  beforeAll(async () => {
    server = await serveStatic(TEST_PAGES);
    ext = await launchExtension({ language: 'fr' });
    const options = await openOptions(ext);
    await importInOptions(options, bundle.text);
    await choosePlan(options, String(tables.plans?.[0]?.name));
    await options.close();
    site = await ext.context.newPage();
    await site.goto(`${server.url}/kpis.html`);
    tabId = await grantActiveTab(ext, site);
  });
  afterAll(async () => {
    await ext?.browser.dispose();
    await server?.close();
  });

  const tooSmall = (sizes: { px: number; what: string }[]) => sizes.filter((s) => s.px < MIN_PX);

  it('in the popup, its figures and KPI pickers', async () => {
    await selectContents(site, '#intro');
    await site.bringToFront();
    const popup = await openExtensionWindow(ext, 'src/popup/index.html');
    await popup.waitForSelector('body[data-ready="true"]');
    await popup.getByLabel('KPI pour ce chiffre').first().selectOption({ index: 1 });
    const sizes = await textSizes(popup);
    expect(sizes.length).toBeGreaterThan(20);
    expect(tooSmall(sizes)).toEqual([]);
    await popup.getByRole('tab', { name: /Idées/ }).click();
    await popup.waitForSelector('.ideas, .muted');
    expect(tooSmall(await textSizes(popup))).toEqual([]);
    await popup.close();
  });

  it('in the capture window of "Record selected figure as a KPI value…"', async () => {
    await selectContents(site, '#kpis tbody');
    const opened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('pending=') });
    await clickMenu(ext.worker, tabId, 'record-figure');
    const window = await opened;
    await window.waitForSelector('body[data-ready="true"]');
    expect(tooSmall(await textSizes(window))).toEqual([]);
    await window.close();
  });

  it('in the options page, with a plan, its actions and the sync panel', async () => {
    const options = await openOptions(ext);
    const sizes = await textSizes(options);
    expect(sizes.length).toBeGreaterThan(20);
    expect(tooSmall(sizes)).toEqual([]);
    await options.close();
  });
});
