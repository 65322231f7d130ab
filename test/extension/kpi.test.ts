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
  readTable,
  selectContents,
  TEST_PAGES,
} from './support.ts';

type Row = Record<string, unknown>;

describe('"Record selected figure as a KPI value…"', () => {
  let ext: Extension;
  let server: StaticServer;
  let site: Page;
  let tabId: number;
  const bundle = exampleBundle('fr');
  const tables = JSON.parse(bundle.text).tables as Record<string, Row[]>;
  const kpis = tables.kpis ?? [];
  const moneyKpi = kpis.find((k) => k.unit === 'currency' && k.direction === 'decrease') as { id: string };
  const percentKpi = kpis.find((k) => k.unit === 'percent') as { id: string };

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

  /** The menu click opens the capture window on the pending figure; returns that window. */
  async function recordFigure(): Promise<{ window: Page; pendingId: string }> {
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('pending='),
      timeout: 30_000,
    });
    const outcome = await clickMenu(ext.worker, tabId, 'record-figure');
    const window = await opened;
    await window.waitForSelector('body[data-ready="true"]');
    if (!outcome?.pendingId) throw new Error('no pending capture');
    return { window, pendingId: outcome.pendingId };
  }

  const session = () => ext.worker.evaluate(() => chrome.storage.session.get(null));
  const clipEntries = async () =>
    (await readTable(ext.worker, 'kpiEntries')).filter((e) => e.source === 'clip');

  it('records a money figure in cents on the KPI the user picks, and closes', async () => {
    await selectContents(site, '#kpis tbody tr:nth-child(3) td:nth-child(2)');
    const ideasBefore = (await readTable(ext.worker, 'ideas')).length;
    const { window, pendingId } = await recordFigure();
    expect(Object.keys(await session())).toEqual([`pending:${pendingId}`]);
    expect(await window.locator('.figure-text').allTextContents()).toEqual(['45,50 €']);
    expect(await window.textContent('.figure-label')).toBe('Coût par lead · Janvier');

    await window.getByLabel('KPI pour ce chiffre').selectOption(moneyKpi.id);
    const closed = window.waitForEvent('close');
    await window.getByRole('button', { name: 'Enregistrer la valeur' }).click();
    await closed;

    expect(await clipEntries()).toEqual([
      expect.objectContaining({
        kpiId: moneyKpi.id,
        value: 4550,
        source: 'clip',
        sourceUrl: `${server.url}/kpis.html`,
        note: '45,50 € (Coût par lead · Janvier — Tableau de bord — mars)',
        date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      }),
    ]);
    expect((await readTable(ext.worker, 'ideas')).length).toBe(ideasBefore);
    expect(await session()).toEqual({});
  });

  it('lets the user pick which of several figures goes to which KPI, and keep the idea too', async () => {
    await selectContents(site, '#intro');
    const { window } = await recordFigure();
    expect(await window.locator('.figure-text').allTextContents()).toEqual(['3,2 %', '4,1 %', '1 234,56 €']);
    await window.getByLabel('KPI pour ce chiffre').nth(1).selectOption(percentKpi.id);
    await window.getByLabel('Garder aussi comme idée').check();
    const closed = window.waitForEvent('close');
    await window.getByRole('button', { name: 'Enregistrer la valeur' }).click();
    await closed;

    expect((await clipEntries()).find((e) => e.kpiId === percentKpi.id)).toMatchObject({ value: 4.1 });
    const ideas = await readTable(ext.worker, 'ideas');
    expect(ideas).toEqual([
      expect.objectContaining({ kind: 'selection', text: expect.stringContaining('3,2 %') }),
    ]);
  });

  it('stores nothing when the user cancels', async () => {
    const before = {
      entries: (await clipEntries()).length,
      ideas: (await readTable(ext.worker, 'ideas')).length,
    };
    await selectContents(site, '#kpis tbody tr:nth-child(2)');
    const { window } = await recordFigure();
    const closed = window.waitForEvent('close');
    await window.getByRole('button', { name: 'Annuler' }).click();
    await closed;
    expect((await clipEntries()).length).toBe(before.entries);
    expect((await readTable(ext.worker, 'ideas')).length).toBe(before.ideas);
    expect(await session()).toEqual({});
  });
});
