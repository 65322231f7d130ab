// fake-indexeddb before core: Dexie picks up the global indexedDB when it loads (see fixtures.ts).
import 'fake-indexeddb/auto';
import { type Revenue, reviewReport } from '@jalon/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanText, openScreen, type Seeded, seedExample } from './desk-support.ts';
import { localToday } from './fixtures.ts';
import { type App, closeApp, openApp } from './harness.ts';

/**
 * Realised revenue on the Budget screen: recorded through core's command, shown in the list, and
 * the lever's realised ROMI beside its expected one, both as core computes them from the records.
 */
for (const [lang, locale, typed, bad] of [
  ['fr', 'fr-FR', '12 000 €', 'beaucoup'],
  ['en', 'en-GB', '€12,000', 'lots'],
] as const) {
  describe(`realised revenue in ${lang}`, () => {
    let app: App | undefined;
    let seed: Seeded;
    const money = (cents: number) =>
      // Whole amounts are written without their cents, as everywhere in the app.
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'EUR',
        ...(cents % 100 === 0 ? { maximumFractionDigits: 0 } : {}),
      }).format(cents / 100);
    const rate = (value: number) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value);

    beforeAll(async () => {
      app = await openApp({ locale });
      seed = await seedExample(app, lang);
    });
    afterAll(() => closeApp(app));

    /** Realised ROMI per lever, as core's review report gives it over the plan's period. */
    const romiOf = (leverId: string, revenues: Revenue[]) => {
      const plan = seed.records('plans')[0]!;
      const report = reviewReport(
        {
          plan,
          kpis: [],
          kpiEntries: [],
          levers: seed.records('levers'),
          actions: seed.records('actions'),
          budgetLines: seed.records('budgetLines'),
          revenues,
        },
        plan.period,
        localToday(),
      );
      return report.romiByLever.find((r) => r.leverId === leverId)!;
    };

    it('refuses an amount it cannot read, and records one attributed to a lever and an action', async () => {
      const { page } = app!;
      await openScreen(app!, '/budget');
      const before = seed.records('revenues');
      expect(before.length).toBeGreaterThan(0);
      const section = page.locator('[data-testid="revenues"]');
      expect(await section.locator('[data-revenue]').count()).toBe(before.length);

      // A lever with actions that has spent money already (the example plan is drawn at random:
      // a lever whose actions have not begun has no realised ROMI to show), and its first action.
      const lever = seed
        .records('levers')
        .find(
          (l) =>
            seed.records('actions').some((a) => a.leverId === l.id) &&
            romiOf(l.id, before).realised.spend > 0,
        )!;
      expect(lever, 'a lever with actions and money spent').toBeDefined();
      const action = seed.records('actions').find((a) => a.leverId === lever.id)!;
      const card = page.locator(`article[data-lever="${lever.id}"]`);
      const was = romiOf(lever.id, before);
      expect(await card.locator('[data-testid="revenue-won"] dd').textContent()).toBe(
        money(was.realised.revenue),
      );

      await page.selectOption('#revenue-lever', lever.id);
      await page.selectOption('#revenue-action', action.id);
      await page.fill('#revenue-amount', bad);
      await page.click('[data-testid="revenues"] button[type="submit"]');
      expect(await page.locator('[data-testid="revenue-error"]').textContent()).toContain(bad);
      expect(await section.locator('[data-revenue]').count()).toBe(before.length);

      await page.fill('#revenue-amount', typed);
      await page.fill('#revenue-note', 'ACME');
      await page.click('[data-testid="revenues"] button[type="submit"]');
      await expect.poll(() => section.locator('[data-revenue]').count()).toBe(before.length + 1);
      expect(await page.locator('[data-testid="revenue-saved"]').textContent()).toContain(money(1_200_000));
      const added = section.locator('[data-revenue]', { hasText: 'ACME' });
      expect(await added.textContent()).toContain(action.title);

      const after = romiOf(lever.id, [
        ...before,
        {
          ...before[0]!,
          id: 'new',
          leverId: lever.id,
          actionId: action.id,
          date: localToday(),
          amount: 1_200_000,
        },
      ]);
      expect(after.realised.revenue).toBe(was.realised.revenue + 1_200_000);
      await expect
        .poll(() => card.locator('[data-testid="revenue-won"] dd').textContent())
        .toBe(money(after.realised.revenue));
      const realised = after.realised.romi;
      expect(realised).toBeDefined();
      expect(await card.locator('[data-testid="romi-realised"] dd').textContent()).toBe(rate(realised!));
      expect(await card.locator('[data-testid="romi-realised"] dt').textContent()).toBe(
        lang === 'fr' ? 'ROMI réalisé' : 'Realised ROMI',
      );
      expect(await card.locator('[data-testid="romi-expected"] dt').textContent()).toBe(
        lang === 'fr' ? 'ROMI attendu' : 'Expected ROMI',
      );
      await expectCleanText(page, 'budget');
    });
  });
}
