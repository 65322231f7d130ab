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

  async function cancel(window: Page): Promise<void> {
    const closed = window.waitForEvent('close');
    await window.getByRole('button', { name: 'Annuler' }).click();
    await closed;
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

  it("asks before recording a figure ten times the KPI's last value, and records it once the user says yes", async () => {
    const before = (await clipEntries()).length;
    await selectContents(site, '#intro');
    const { window } = await recordFigure();
    await window.getByLabel('KPI pour ce chiffre').nth(2).selectOption(moneyKpi.id);
    const figure = window.locator('.figure').nth(2);
    expect(await figure.locator('.warn').textContent()).toBe(
      "C'est au moins dix fois la dernière valeur de ce KPI (45,50\u00a0€). L'enregistrer quand même\u202f?",
    );
    await window.getByRole('button', { name: 'Enregistrer la valeur' }).click();
    expect(await window.getByRole('alert').last().textContent()).toBe(
      'Confirmez ou changez les chiffres signalés ci-dessus.',
    );
    expect((await clipEntries()).length).toBe(before);

    await figure.getByLabel('Oui, enregistrer cette valeur').check();
    const closed = window.waitForEvent('close');
    await window.getByRole('button', { name: 'Enregistrer la valeur' }).click();
    await closed;
    const values = (await clipEntries()).filter((e) => e.kpiId === moneyKpi.id).map((e) => e.value);
    expect(values.sort()).toEqual([123456, 4550]);
  });

  it('refuses money on a percent KPI, saying why, and stores nothing', async () => {
    const before = (await clipEntries()).length;
    await selectContents(site, '#intro');
    const { window } = await recordFigure();
    await window.getByLabel('KPI pour ce chiffre').nth(2).selectOption(percentKpi.id);
    expect(await window.locator('.figure').nth(2).getByRole('alert').textContent()).toBe(
      'Un montant ne peut pas être enregistré sur un KPI en pourcentage\u00a0: choisissez un autre KPI.',
    );
    expect(await window.locator('.figure').nth(2).getByLabel('Oui, enregistrer cette valeur').count()).toBe(
      0,
    );
    await window.getByRole('button', { name: 'Enregistrer la valeur' }).click();
    expect(await window.getByRole('alert').last().textContent()).toBe(
      'Confirmez ou changez les chiffres signalés ci-dessus.',
    );
    // Back to no KPI for that figure: nothing else is picked, so there is nothing to record.
    await window.getByLabel('KPI pour ce chiffre').nth(2).selectOption('');
    expect(await window.getByRole('alert').count()).toBe(0);
    await cancel(window);
    expect((await clipEntries()).length).toBe(before);
  });

  it('is checked again by the service worker: a draft that skipped the question is refused', async () => {
    await selectContents(site, '#kpis tbody');
    const { window, pendingId } = await recordFigure();
    const answers = await window.evaluate(
      async ({ pendingId, moneyKpi, percentKpi }) => {
        const context = (await chrome.runtime.sendMessage({ type: 'popup/open', pendingId })) as {
          data: { capture: unknown };
        };
        const draft = (kpiValues: unknown[]) => ({
          type: 'clip/save',
          draft: {
            capture: context.data.capture,
            saveIdea: false,
            note: '',
            tags: [],
            personaIds: [],
            kpiValues,
          },
        });
        return [
          await chrome.runtime.sendMessage(draft([{ figure: 0, kpiId: moneyKpi }])),
          await chrome.runtime.sendMessage(draft([{ figure: 4, kpiId: percentKpi, confirmed: true }])),
        ];
      },
      { pendingId, moneyKpi: moneyKpi.id, percentKpi: percentKpi.id },
    );
    expect(answers).toEqual([
      {
        ok: false,
        error: {
          code: 'kpi-value',
          message: "12 400 semble hors d'échelle pour ce KPI\u00a0: confirmez-le avant de l'enregistrer.",
        },
      },
      {
        ok: false,
        error: {
          code: 'kpi-value',
          message:
            '45,50 €\u00a0: Un montant ne peut pas être enregistré sur un KPI en pourcentage\u00a0: choisissez un autre KPI.',
        },
      },
    ]);
    await cancel(window);
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

  it('asks and refuses in English too', async () => {
    await ext.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), language: 'en' } });
    });
    await selectContents(site, '#kpis tbody tr:nth-child(3) td:nth-child(2)');
    const { window } = await recordFigure();
    await window.getByLabel('KPI for this figure').selectOption(moneyKpi.id);
    expect(await window.locator('.figure .warn').textContent()).toBe(
      "That is a tenth or less of this KPI's last value (€1,234.56). Record it anyway?",
    );
    await window.getByLabel('KPI for this figure').selectOption(percentKpi.id);
    expect(await window.locator('.figure').getByRole('alert').textContent()).toBe(
      'An amount cannot be recorded on a percentage KPI: choose another KPI.',
    );
    const closed = window.waitForEvent('close');
    await window.getByRole('button', { name: 'Cancel' }).click();
    await closed;
  });
});
