// fake-indexeddb before core: Dexie picks up the global indexedDB when it loads (see fixtures.ts).
import 'fake-indexeddb/auto';
import { reverseFunnel } from '@jalon/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanText, mainText, openScreen, type Seeded, seedExample } from './desk-support.ts';
import { type App, closeApp, openApp } from './harness.ts';

/**
 * Each desk screen shows the example plan's own data, in French and in English, on a 360 px
 * phone. Figures are computed here with core from the same records, never copied from the page.
 */
for (const [lang, locale] of [
  ['fr', 'fr-FR'],
  ['en', 'en-GB'],
] as const) {
  describe(`the desk screens in ${lang}`, () => {
    let app: App | undefined;
    let seed: Seeded;

    beforeAll(async () => {
      app = await openApp({ locale });
      seed = await seedExample(app, lang);
    });
    afterAll(() => closeApp(app));

    it('objectives: SMART check, progress, the funnel and the intermediate objectives', async () => {
      const { page } = app!;
      await openScreen(app!, '/objectives');
      const business = seed.records('objectives').find((o) => o.kind === 'business')!;
      const card = page.locator(`article[data-objective="${business.id}"]`).first();
      await expect.poll(() => card.textContent()).toContain(business.title);
      expect(await card.locator('[data-criterion]').count()).toBe(5);
      expect(await card.locator('.pace').count()).toBeGreaterThan(0);
      const plan = seed.records('plans')[0]!;
      const funnel = reverseFunnel({
        goal: { revenue: plan.revenueGoal, averageDealValue: plan.averageDealValue },
        stages: plan.stages,
      });
      const customers = await page.locator('[data-stage="customers"] strong').first().textContent();
      expect(customers).toBe(String(funnel.customers));
      expect(await page.locator('ul.intermediate > li').count()).toBe(plan.stages.length + 1);
      await expectCleanText(page, 'objectives');
    });

    it('personas: every persona with its role, and the review mark', async () => {
      const { page } = app!;
      await openScreen(app!, '/personas');
      const text = await mainText(page);
      for (const persona of seed.records('personas')) {
        expect(text).toContain(persona.name);
        expect(text).toContain(persona.role);
      }
      await expectCleanText(page, 'personas');
    });

    it('levers: a continue / stop / start board, each card opening on last period’s figures', async () => {
      const { page } = app!;
      await openScreen(app!, '/levers');
      for (const lever of seed.records('levers')) {
        const card = page.locator(`section[data-group="${lever.decision}"] li[data-lever="${lever.id}"]`);
        expect(await card.getAttribute('data-decision')).toBe(lever.decision);
        await card.locator('.board-name').click();
        for (const figure of lever.lastPeriod.figures)
          expect(await card.textContent()).toContain(figure.label);
      }
      await expectCleanText(page, 'levers');
    });

    it('actions: the objective → lever → action tree, with associated actions resolved', async () => {
      const { page } = app!;
      await openScreen(app!, '/actions');
      const actions = seed.records('actions');
      expect(await page.locator('li[data-action]').count()).toBe(actions.length);
      const invitation = actions.find((a) => a.relativeTo && a.relativeTo.offsetDays < 0)!;
      const anchor = actions.find((a) => a.id === invitation.relativeTo!.actionId)!;
      const line = page.locator(`li[data-action="${anchor.id}"] [data-associated="${invitation.id}"]`);
      expect(await line.textContent()).toContain(invitation.title);
      await page.click('.segmented button.seg-priority');
      expect(await page.locator('li[data-action]').count()).toBe(actions.length);
      await expectCleanText(page, 'actions');
    });

    it('timeline: the trade show’s quarter as a Gantt chart, its text beneath', async () => {
      const { page } = app!;
      const show = seed.records('keyDates').find((k) => k.kind === 'event' && !/webinar/i.test(k.title))!;
      await openScreen(app!, `/timeline?at=${show.date}`);
      expect(await page.locator(`.gantt [data-key-date="${show.id}"]`).count()).toBe(1);
      const anchor = seed.records('actions').find((a) => a.keyDateId === show.id && !a.relativeTo)!;
      const bar = page.locator(`.gantt-row[data-action="${anchor.id}"]`);
      expect(await bar.getAttribute('title')).toContain(anchor.title);
      expect(await page.locator(`.gantt-list li[data-action="${anchor.id}"]`).textContent()).toContain(
        anchor.title,
      );
      await page.click('.segmented button.seg-month');
      expect(await page.locator(`.gantt-row[data-action="${anchor.id}"]`).count()).toBe(1);
      await expectCleanText(page, 'timeline');
    });

    it('budget: the objectives method, the split by lever and ROMI', async () => {
      const { page } = app!;
      await openScreen(app!, '/budget');
      const plan = seed.records('plans')[0]!;
      const method = await page.locator('[data-testid="method-line"]').textContent();
      expect(method).toMatch(/30/);
      const funded = seed.records('levers').filter((l) => l.weight > 0);
      expect(await page.locator('article[data-lever]').count()).toBe(seed.records('levers').length);
      for (const lever of funded) {
        expect(
          await page.locator(`article[data-lever="${lever.id}"] [data-testid="allocated"]`).textContent(),
        ).not.toBe('—');
      }
      expect(plan.budget).toBeGreaterThan(0);
      await expectCleanText(page, 'budget');
      await page.click(`a[href$="/budget?view=proposal"]`);
      await page.waitForSelector('.proposal');
      const proposal = await mainText(page);
      expect(proposal).toContain(plan.name);
      for (const lever of funded) expect(proposal).toContain(lever.name);
      await expectCleanText(page, 'proposal');
    });

    it('reviews: the report of a period, KPIs charted against their targets', async () => {
      const { page } = app!;
      await openScreen(app!, '/reviews');
      const kpis = seed.records('kpis');
      expect(await page.locator('article.kpi-review').count()).toBe(kpis.length);
      expect(await page.locator('article.kpi-review svg line.target').count()).toBe(kpis.length);
      const summary = await page.locator('article.kpi-review figcaption').first().textContent();
      expect(summary?.length).toBeGreaterThan(10);
      await expectCleanText(page, 'reviews');
    });
  });
}
