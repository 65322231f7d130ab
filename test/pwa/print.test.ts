// fake-indexeddb before core: Dexie picks up the global indexedDB when it loads (see fixtures.ts).
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reviewReport } from '@jalon/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScreen, type Seeded, seedExample } from './desk-support.ts';
import { localToday } from './fixtures.ts';
import { type App, closeApp, openApp, SCREENSHOTS, writeTemp } from './harness.ts';

/**
 * The printed review and budget proposal as a director gets them: Chromium prints the page to an
 * A4 PDF, poppler's `pdftotext` reads it back, page by page. Every section is there, each starts a page, and no
 * page is blank. Screenshots of the print view at 360×740 and 1280×800 go to docs/screenshots.
 */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

async function printed(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  try {
    const pdf = await page.pdf({ format: 'A4' });
    const file = await writeTemp('report.pdf', '');
    writeFileSync(file, pdf);
    const text = execFileSync(process.env.PDFTOTEXT_PATH ?? 'pdftotext', [file, '-'], { encoding: 'utf8' });
    // pdftotext ends every page, blank or not, with a form feed.
    const pages = text.split('\f');
    expect(pages.pop()?.trim()).toBe('');
    return pages.map(words);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

/** Each heading opens a page of its own, in this order, and no page is blank. */
function expectSections(pages: string[], headings: string[]) {
  for (const [i, text] of pages.entries()) expect(text.length, `page ${i + 1} is blank`).toBeGreaterThan(0);
  let from = 0;
  for (const heading of headings) {
    const at = pages.findIndex((text, i) => i >= from && text.startsWith(heading));
    expect(at, `"${heading}" starts a page after page ${from}`).toBeGreaterThan(from - 1);
    from = at + 1;
  }
}

async function shoot(page: Page, name: string, lang: string) {
  await page.emulateMedia({ media: 'print' });
  try {
    for (const size of [
      { width: 360, height: 740 },
      { width: 1280, height: 800 },
    ]) {
      await page.setViewportSize(size);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.screenshot({ path: join(SCREENSHOTS, `pwa-${name}-${lang}-${size.width}.png`) });
    }
  } finally {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ media: 'screen' });
  }
}

const texts = {
  fr: {
    kpis: 'KPI face aux cibles',
    actions: 'Actions',
    byLever: 'Par levier',
    byOwner: 'Par responsable',
    spend: 'Dépenses',
    romi: 'ROMI par levier',
    snapshot: 'KPI au moment de la revue',
    worked: 'Ce qui a marché',
    flopped: 'Ce qui a raté',
    decisions: 'Décisions pour la période suivante',
    goal: 'L’objectif',
    method: 'Méthode par objectifs',
    leverShares: 'Part de chaque levier',
    byAction: 'ROI attendu par action',
  },
  en: {
    kpis: 'KPIs against targets',
    actions: 'Actions',
    byLever: 'By lever',
    byOwner: 'By owner',
    spend: 'Spend',
    romi: 'ROMI by lever',
    snapshot: 'KPIs at review time',
    worked: 'What worked',
    flopped: 'What flopped',
    decisions: 'Decisions for the next period',
    goal: 'The goal',
    method: 'Objectives method',
    leverShares: 'Each lever’s share',
    byAction: 'Expected ROI per action',
  },
} as const;

for (const [lang, locale] of [
  ['fr', 'fr-FR'],
  ['en', 'en-GB'],
] as const) {
  describe(`printed on A4 in ${lang}`, () => {
    let app: App | undefined;
    let seed: Seeded;
    const w = texts[lang];

    beforeAll(async () => {
      app = await openApp({ locale });
      seed = await seedExample(app, lang);
    });
    afterAll(() => closeApp(app));

    it('the saved review holds every section of the screen, each on its own page', async () => {
      const { page } = app!;
      const review = seed.records('reviews')[0]!;
      await openScreen(app!, `/reviews?review=${review.id}`);
      await page.waitForSelector('article.saved-review article.kpi-review svg');
      const pages = await printed(page);
      const all = pages.join(' ');
      // The KPIs follow the title on the first page; every later section opens a page.
      expect(pages[0]).toContain(w.kpis);
      expectSections(pages, [w.actions, w.spend, w.snapshot, w.worked]);

      const plan = seed.records('plans')[0]!;
      expect(all).toContain(words(plan.name));
      for (const kpi of seed.records('kpis')) expect(all).toContain(words(kpi.name));
      for (const heading of [w.byLever, w.byOwner, w.romi, w.flopped, w.decisions])
        expect(all).toContain(heading);
      for (const key of ['worked', 'flopped', 'decisions'] as const) {
        expect(all).toContain(words(review[key]).slice(0, 60));
      }
      // Actions done and late by lever and owner, spend and ROMI: as core's report has them.
      const report = reviewReport(
        {
          plan,
          kpis: seed.records('kpis'),
          kpiEntries: seed.records('kpiEntries'),
          levers: seed.records('levers'),
          actions: seed.records('actions'),
          budgetLines: seed.records('budgetLines'),
          revenues: seed.records('revenues'),
        },
        review.period,
        localToday(),
      );
      const levers = new Map(seed.records('levers').map((l) => [l.id, l.name]));
      const active = report.actions.byLever.filter((l) => l.done.length + l.overdue.length > 0);
      expect(active.length).toBeGreaterThan(0);
      for (const l of active) expect(all).toContain(words(levers.get(l.leverId)!));
      for (const o of report.actions.byOwner.filter((o) => o.done.length + o.overdue.length > 0)) {
        expect(all).toContain(words(o.owner));
      }
      // Whole amounts are written without their cents ("150 000 €"), as everywhere in the app.
      const money = (cents: number) =>
        words(
          new Intl.NumberFormat(locale, {
            style: 'currency',
            currency: 'EUR',
            ...(cents % 100 === 0 ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
          }).format(cents / 100),
        );
      expect(all).toContain(money(report.spend.budget));
      expect(all).toContain(money(report.spend.total.actionsActual));
      await shoot(page, 'review-print', lang);
    });

    it('the budget proposal prints the same way', async () => {
      const { page } = app!;
      await openScreen(app!, '/budget?view=proposal');
      await page.waitForSelector('.proposal');
      const pages = await printed(page);
      expectSections(pages, [w.method, w.leverShares, w.byAction]);
      expect(pages[0]).toContain(w.goal);
      const all = pages.join(' ');
      for (const lever of seed.records('levers').filter((l) => l.weight > 0))
        expect(all).toContain(words(lever.name));
      await shoot(page, 'proposal-print', lang);
    });
  });
}
