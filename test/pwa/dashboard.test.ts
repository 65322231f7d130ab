// fake-indexeddb before core: Dexie picks up the global indexedDB when it loads (see fixtures.ts).
import 'fake-indexeddb/auto';
import { join } from 'node:path';
import { type Dashboard, dashboard } from '@jalon/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanText, type Seeded, seedExample } from './desk-support.ts';
import { localToday } from './fixtures.ts';
import { type App, closeApp, openApp, SCREENSHOTS } from './harness.ts';

/**
 * The home screen on the living example plan: every figure it shows is computed here with core's
 * `dashboard` from the same records, never copied from the page; each item opens its screen.
 */
for (const [lang, locale] of [
  ['fr', 'fr-FR'],
  ['en', 'en-GB'],
] as const) {
  describe(`the dashboard in ${lang}`, () => {
    let app: App | undefined;
    let seed: Seeded;
    let board: Dashboard;
    const money = (cents: number) =>
      // Whole amounts are written without their cents, as everywhere in the app.
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'EUR',
        ...(cents % 100 === 0 ? { maximumFractionDigits: 0 } : {}),
      }).format(cents / 100);

    beforeAll(async () => {
      app = await openApp({ locale });
      seed = await seedExample(app, lang);
      const plan = seed.records('plans')[0]!;
      const records = {
        plan,
        objectives: seed.records('objectives'),
        kpis: seed.records('kpis'),
        kpiEntries: seed.records('kpiEntries'),
        actions: seed.records('actions'),
        keyDates: seed.records('keyDates'),
        ideas: seed.records('ideas'),
        revenues: seed.records('revenues'),
      };
      board = dashboard(records, localToday());
    });
    afterAll(() => closeApp(app));

    const home = async () => {
      const { page, server } = app!;
      await page.goto(server.url);
      await page.waitForURL(/\/home$/);
      await page.waitForSelector('[data-testid="dashboard"]');
      return page;
    };

    it('opens on the dashboard, each objective with the status core gives it', async () => {
      const page = await home();
      expect(board.objectives.some((o) => o.status !== 'no-data')).toBe(true);
      for (const o of board.objectives) {
        expect(await page.locator(`[data-objective-id="${o.objectiveId}"]`).getAttribute('data-status')).toBe(
          o.status,
        );
      }
      await expectCleanText(page, 'home');
    });

    it('shows spend against budget and the revenue won, as core sums them', async () => {
      const page = await home();
      const text = (await page.locator('[data-testid="home-spend"]').textContent()) ?? '';
      expect(board.spend.spent).toBeGreaterThan(0);
      for (const cents of [board.spend.spent, board.spend.budget, board.spend.revenue]) {
        expect(text).toContain(money(cents));
      }
    });

    it('lists late actions by owner and opens Today on that owner', async () => {
      const page = await home();
      expect(board.lateByOwner.length).toBeGreaterThan(0);
      const owners = page.locator('[data-testid="home-late"] li');
      expect(await owners.count()).toBe(board.lateByOwner.length);
      for (const [i, { owner, actionIds }] of board.lateByOwner.entries()) {
        const row = owners.nth(i);
        expect(await row.getAttribute('data-owner')).toBe(owner);
        expect(await row.locator('.chip').textContent()).toMatch(new RegExp(`^${actionIds.length}\\s`));
      }
      const first = board.lateByOwner[0]!;
      await owners.first().locator('a').click();
      await page.waitForURL(/\/today\?owner=/);
      await page.waitForSelector('[data-testid="checklist"]');
      for (const id of first.actionIds) await page.locator(`[data-action-id="${id}"]`).waitFor();
    });

    it('names the next key dates and the ideas waiting, and opens the KPI behind a line', async () => {
      const page = await home();
      const ids = await page
        .locator('[data-testid="home-dates"] li')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-key-date-id')));
      expect(ids).toEqual(board.nextDates);
      expect(board.ideasWaiting).toBeGreaterThan(1);
      expect(await page.locator('[data-testid="home-ideas"]').textContent()).toContain(
        String(board.ideasWaiting),
      );

      // On a phone the KPI lines are left out; on a desk each opens its KPI.
      const kpi = board.objectives.flatMap((o) => o.kpis)[0]!;
      const link = page.locator(`[data-kpi-id="${kpi.kpiId}"] a`);
      expect(await link.isVisible()).toBe(false);
      await page.setViewportSize({ width: 1280, height: 800 });
      await link.click();
      await page.waitForURL(/\/kpi\?kpi=/);
      const chosen = await page.locator('#kpi-pick').inputValue();
      expect(chosen).toBe(kpi.kpiId);
      await page.setViewportSize({ width: 360, height: 740 });
    });

    for (const size of [
      { width: 360, height: 740 },
      { width: 1280, height: 800 },
    ]) {
      it(`is photographed at ${size.width} px`, async () => {
        const { page } = app!;
        await page.setViewportSize(size);
        await home();
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await expectCleanText(page, `home ${size.width}`);
        await page.screenshot({ path: join(SCREENSHOTS, `pwa-home-${lang}-${size.width}.png`) });
        await page.setViewportSize({ width: 360, height: 740 });
      });
    }
  });
}
