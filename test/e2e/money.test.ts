import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choosePlan, importInOptions, openOptions } from '../extension/options-page.ts';
import { exampleBundle } from '../extension/plan-bundle.ts';
import {
  clickMenu,
  type Extension,
  grantActiveTab,
  launchExtension,
  selectContents,
} from '../extension/support.ts';
import { seedExample } from '../pwa/desk-support.ts';
import { type App, closeApp, openApp } from '../pwa/harness.ts';
import { type StaticServer, serveStatic } from '../support/server.ts';

/**
 * One rule for money and KPI values in both apps (issue "Every write says what changed"): the same
 * text, typed into the phone app's KPI screen and selected on a page for the extension, is stored
 * as the same value. Each app runs for real; each reads the text in its own way (the app in its
 * language's conventions, the extension in the page's), then both hand it to core.
 */

type Unit = 'currency' | 'percent' | 'number';
type Case = { text: string; unit: Unit; stored: number };

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Texts as people type and pages print them, with the value each must be stored as. */
const cases: Record<'fr' | 'en', Case[]> = {
  fr: [
    // The half cent is rounded away from zero, the decimal as written (not its binary double).
    { text: '10,075 €', unit: 'currency', stored: 1008 },
    { text: '1,005 €', unit: 'currency', stored: 101 },
    { text: `1${NBSP}234,56${NBSP}€`, unit: 'currency', stored: 123456 },
    { text: `12${NNBSP}500 €`, unit: 'currency', stored: 1250000 },
    { text: '0,1 €', unit: 'currency', stored: 10 },
    { text: '45,50 EUR', unit: 'currency', stored: 4550 },
    { text: '3,25 %', unit: 'percent', stored: 3.25 },
    { text: `12,5${NBSP}%`, unit: 'percent', stored: 12.5 },
    { text: `1${NBSP}200`, unit: 'number', stored: 1200 },
    { text: '1 200', unit: 'number', stored: 1200 },
  ],
  en: [
    { text: '€10.075', unit: 'currency', stored: 1008 },
    { text: '€1.005', unit: 'currency', stored: 101 },
    { text: '€1,234.56', unit: 'currency', stored: 123456 },
    { text: '12,500 EUR', unit: 'currency', stored: 1250000 },
    { text: '€0.10', unit: 'currency', stored: 10 },
    { text: '3.25%', unit: 'percent', stored: 3.25 },
    { text: '12.5 %', unit: 'percent', stored: 12.5 },
    { text: '1,200', unit: 'number', stored: 1200 },
  ],
};

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** One page per language, a paragraph per text, for the extension to select from. */
function writePages(dir: string): void {
  for (const lang of ['fr', 'en'] as const) {
    const items = cases[lang].map((c, i) => `<p id="c${i}">${escapeHtml(c.text)}</p>`).join('\n');
    writeFileSync(
      join(dir, `${lang}.html`),
      `<!doctype html><html lang="${lang === 'fr' ? 'fr-FR' : 'en-GB'}"><head><meta charset="utf-8"><title>${lang}</title></head><body>${items}</body></html>`,
    );
  }
}

type Row = Record<string, unknown>;

/** Every KPI entry of a page's database (plain IndexedDB, what was really stored). */
async function entriesOf(evaluate: (fn: () => Promise<Row[]>) => Promise<Row[]>): Promise<Row[]> {
  return evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('jalon');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      return await new Promise<Row[]>((resolve, reject) => {
        const request = db.transaction('kpiEntries').objectStore('kpiEntries').getAll();
        request.onsuccess = () => resolve(request.result as Row[]);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  });
}

/** The one entry in `after` that was not in `before`. */
function added(before: Row[], after: Row[]): Row {
  const known = new Set(before.map((e) => e.id));
  const fresh = after.filter((e) => !known.has(e.id));
  expect(fresh).toHaveLength(1);
  return fresh[0] as Row;
}

/** A KPI of the example plan per unit, in the order the example lists them. */
function kpiPerUnit(kpis: Row[]): Record<Unit, string> {
  const pick = (unit: Unit) => {
    const kpi = kpis.find((k) => k.unit === unit);
    if (!kpi) throw new Error(`the example plan has no ${unit} KPI`);
    return String(kpi.id);
  };
  return { currency: pick('currency'), percent: pick('percent'), number: pick('number') };
}

describe('the same text stores the same value in both apps', () => {
  const stored = { app: new Map<string, number>(), extension: new Map<string, number>() };
  const key = (lang: string, c: Case) => `${lang} ${JSON.stringify(c.text)}`;
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'jalon-money-'));
    writePages(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('typed into the app', () => {
    for (const lang of ['fr', 'en'] as const) {
      it(`in ${lang}`, async () => {
        let app: App | undefined;
        try {
          app = await openApp({ locale: lang === 'fr' ? 'fr-FR' : 'en-GB' });
          const seed = await seedExample(app, lang);
          const kpis = kpiPerUnit(seed.records('kpis') as unknown as Row[]);
          const page: Page = app.page;
          const read = () => entriesOf((fn) => page.evaluate(fn));
          for (const c of cases[lang]) {
            await page.goto(`${app.server.url}/kpi?kpi=${encodeURIComponent(kpis[c.unit])}`);
            await page.waitForSelector('#kpi-value');
            const before = await read();
            await page.fill('#kpi-value', c.text);
            await page.click('button[type="submit"]');
            await expect.poll(async () => (await read()).length, { timeout: 10_000 }).toBe(before.length + 1);
            const entry = added(before, await read());
            expect(entry.kpiId, c.text).toBe(kpis[c.unit]);
            stored.app.set(key(lang, c), Number(entry.value));
          }
        } finally {
          await closeApp(app);
        }
      });
    }
  });

  describe('selected on a page for the extension', () => {
    let ext: Extension;
    let server: StaticServer;
    let kpis: Record<Unit, string>;

    beforeAll(async () => {
      server = await serveStatic(dir);
      ext = await launchExtension({ language: 'fr' });
      const bundle = exampleBundle('fr');
      const tables = JSON.parse(bundle.text).tables as Record<string, Row[]>;
      kpis = kpiPerUnit(tables.kpis ?? []);
      const options = await openOptions(ext);
      await importInOptions(options, bundle.text);
      await choosePlan(options, String(tables.plans?.[0]?.name));
      await options.close();
    });
    afterAll(async () => {
      await ext?.browser.dispose();
      await server?.close();
    });

    for (const lang of ['fr', 'en'] as const) {
      it(`on a page in ${lang}`, async () => {
        const site = await ext.context.newPage();
        await site.goto(`${server.url}/${lang}.html`);
        const tabId = await grantActiveTab(ext, site);
        const read = () => entriesOf((fn) => ext.worker.evaluate(fn));
        for (const [i, c] of cases[lang].entries()) {
          await selectContents(site, `#c${i}`);
          const opened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('pending=') });
          await clickMenu(ext.worker, tabId, 'record-figure');
          const window = await opened;
          await window.waitForSelector('body[data-ready="true"]');
          // One figure per text: the whole text is read as one value, not split in two.
          expect(await window.locator('.figure').count(), c.text).toBe(1);
          await window.getByLabel('KPI pour ce chiffre').selectOption(kpis[c.unit]);
          const confirm = window.getByLabel('Oui, enregistrer cette valeur');
          // Far from the KPI's last value: the extension asks first, as it should; the answer is yes.
          if (await confirm.count()) await confirm.check();
          const before = await read();
          const closed = window.waitForEvent('close');
          await window.getByRole('button', { name: 'Enregistrer la valeur' }).click();
          await closed;
          const entry = added(before, await read());
          expect(entry.kpiId, c.text).toBe(kpis[c.unit]);
          stored.extension.set(key(lang, c), Number(entry.value));
        }
        await site.close();
      });
    }
  });

  it('stored every text as the same value, the one the rule gives', () => {
    const all = (['fr', 'en'] as const).flatMap((lang) => cases[lang].map((c) => ({ lang, c })));
    const table = all.map(({ lang, c }) => ({
      text: key(lang, c),
      app: stored.app.get(key(lang, c)),
      extension: stored.extension.get(key(lang, c)),
      expected: c.stored,
    }));
    console.log(table.map((r) => `${r.text}: app ${r.app}, extension ${r.extension}`).join('\n'));
    for (const row of table) {
      expect(row.app, row.text).toBe(row.expected);
      expect(row.extension, row.text).toBe(row.expected);
    }
  });
});
