import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../support/server.ts';
import {
  clickMenu,
  type Extension,
  grantActiveTab,
  launchExtension,
  readTable,
  selectContents,
  TEST_PAGES,
} from './support.ts';

type Row = Record<string, unknown>;
type Figure = { value: number; kind: string; currency?: string; text: string; label?: string };

describe('every capture path, from the built extension in Chromium', () => {
  let ext: Extension;
  let server: StaticServer;
  let page: Page;
  let tabId: number;

  const ideaOf = async (outcome: { ideaId?: string } | undefined): Promise<Row> => {
    const idea = (await readTable(ext.worker, 'ideas')).find((row) => row.id === outcome?.ideaId);
    if (!idea) throw new Error('no idea stored');
    return idea;
  };

  beforeAll(async () => {
    server = await serveStatic(TEST_PAGES);
    ext = await launchExtension({ language: 'fr' });
    page = await ext.context.newPage();
    await page.goto(`${server.url}/kpis.html`);
    tabId = await grantActiveTab(ext, page);
  });
  afterAll(async () => {
    await ext?.browser.dispose();
    await server?.close();
  });

  it('reads the figures of a French sentence in the page language', async () => {
    await selectContents(page, '#intro');
    const idea = await ideaOf(await clickMenu(ext.worker, tabId, 'clip-selection'));
    expect(
      (idea.figures as Figure[]).map(({ value, kind, currency }) => ({ value, kind, currency })),
    ).toEqual([
      { value: 3.2, kind: 'percent', currency: undefined },
      { value: 4.1, kind: 'percent', currency: undefined },
      { value: 1234.56, kind: 'currency', currency: 'EUR' },
    ]);
  });

  it('labels the figures of a selected table with their row and column headers', async () => {
    await selectContents(page, '#kpis tbody');
    const idea = await ideaOf(await clickMenu(ext.worker, tabId, 'clip-selection'));
    const figures = idea.figures as Figure[];
    expect(figures.map((f) => [f.label, f.value, f.kind])).toEqual([
      ['Visites SEO · Janvier', 12400, 'number'],
      ['Visites SEO · Février', 13950, 'number'],
      ['Taux de conversion · Janvier', 3.2, 'percent'],
      ['Taux de conversion · Février', 4.1, 'percent'],
      ['Coût par lead · Janvier', 45.5, 'currency'],
      ['Coût par lead · Février', 39.9, 'currency'],
    ]);
  });

  it('takes the first row and column as headers in a table without <th>', async () => {
    await selectContents(page, '#plain');
    const idea = await ideaOf(await clickMenu(ext.worker, tabId, 'clip-selection'));
    expect((idea.figures as Figure[]).map((f) => [f.label, f.value])).toEqual([['Webinaires · Leads', 320]]);
  });

  it('clips the page with its metadata', async () => {
    await page.evaluate(() => getSelection()?.removeAllRanges());
    const idea = await ideaOf(await clickMenu(ext.worker, tabId, 'clip-page'));
    expect(idea).toMatchObject({
      kind: 'page',
      text: 'Les chiffres du trimestre pour le comité marketing.',
      pageUrl: `${server.url}/kpis.html`,
      pageTitle: 'Tableau de bord — mars',
      site: 'Analytique Démo',
      figures: [],
    });
    expect(idea.metadata).toMatchObject({
      language: 'fr',
      siteName: 'Analytique Démo',
      canonicalUrl: `${server.url}/kpis.html`,
    });
  });

  it('clips a link: the idea is the link target, found on this page', async () => {
    const linkUrl = `${server.url}/webinaires.html`;
    const idea = await ideaOf(await clickMenu(ext.worker, tabId, 'clip-link', { linkUrl }));
    expect(idea).toMatchObject({
      kind: 'link',
      text: 'Six idées de webinaires pour 2026',
      pageUrl: linkUrl,
      site: '127.0.0.1',
      note: `via ${server.url}/kpis.html`,
    });
  });

  it('still saves the clip from the browser hints when the page cannot be read', async () => {
    // A second tab without any grant: injection is refused, as on a browser page or the web store.
    const other = await ext.context.newPage();
    await other.goto(`${server.url}/kpis.html?no-grant`);
    const otherTab = await ext.worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tabs[0]?.id ?? -1;
    });
    const idea = await ideaOf(
      await clickMenu(ext.worker, otherTab, 'clip-selection', {
        selectionText: 'Budget : 2 500 € pour le salon',
      }),
    );
    expect(idea).toMatchObject({ kind: 'selection', text: 'Budget : 2 500 € pour le salon' });
    expect((idea.figures as Figure[]).map((f) => [f.value, f.currency])).toEqual([[2500, 'EUR']]);
    await other.close();
  });

  it('counts the inbox on the badge', async () => {
    const ideas = (await readTable(ext.worker, 'ideas')).filter((row) => row.status === 'inbox' && !row._d);
    // The badge follows each clip just after it is stored.
    await expect
      .poll(() => ext.worker.evaluate(() => chrome.action.getBadgeText({})))
      .toBe(String(ideas.length));
  });
});
