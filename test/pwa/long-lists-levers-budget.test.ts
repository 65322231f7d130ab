import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainText, openScreen, type Seeded, seedExample } from './desk-support.ts';
import { type App, closeApp, openApp, PHONE, SCREENSHOTS } from './harness.ts';
import { layoutProblems } from './phone-layout.ts';
import { typographyProblems } from './typography.ts';

/**
 * The Levers board and the Budget at 360×740 (and the Budget at 320): search and filters narrow the
 * lists, the address carries the filter through a reload and Back, groups fold away and stay
 * folded, the page never scrolls sideways and the ROI table keeps its first column in view.
 */
const texts = {
  fr: {
    search: 'Rechercher',
    column: 'Colonne',
    served: 'Objectif servi',
    objective: 'Objectif',
    lever: 'Levier',
    clear: 'Effacer les filtres',
    stop: 'Arrêter',
  },
  en: {
    search: 'Search',
    column: 'Column',
    served: 'Objective served',
    objective: 'Objective',
    lever: 'Lever',
    clear: 'Clear filters',
    stop: 'Stop',
  },
};

const query = (page: Page) => new URL(page.url()).searchParams;
/** The oracle's own folding, case and accents aside, to pick what a search must find. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

/** Leaves the screen by an in-app link and comes back with the browser's Back. */
async function awayAndBack(page: Page): Promise<void> {
  const before = page.url();
  await page.locator('a.brand').click();
  await expect.poll(() => page.url()).not.toBe(before);
  await page.evaluate(() => history.back()); // the app's own router handles Back, as a user's tap does
  await expect.poll(() => page.url()).toBe(before);
  await page.waitForSelector('main .desk');
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await page.waitForSelector('main .desk');
}

for (const [lang, locale] of [
  ['fr', 'fr-FR'],
  ['en', 'en-GB'],
] as const) {
  describe(`the Levers board and the Budget on a phone (${lang})`, () => {
    let app: App | undefined;
    let seed: Seeded;
    const t = texts[lang];
    beforeAll(async () => {
      app = await openApp({ locale });
      seed = await seedExample(app, lang);
    });
    afterAll(() => closeApp(app));

    describe('Levers', () => {
      const cards = (page: Page) => page.locator('main li[data-lever]');
      const bar = (page: Page) => page.getByTestId('lever-filters');

      it('finds levers by a word of their name, the search kept through a reload and Back', async () => {
        const { page } = app!;
        await openScreen(app!, '/levers');
        const levers = seed.records('levers');
        const objectives = seed.records('objectives');
        expect(await cards(page).count()).toBe(levers.length);
        const words = levers.flatMap((l) => l.name.split(/\s+/)).filter((w) => w.length > 4);
        const word = words.find((w) => levers.filter((l) => fold(l.name).includes(fold(w))).length === 1)!;
        const expected = levers.filter((l) =>
          fold(
            [
              l.name,
              l.lastPeriod.verdict,
              l.target?.metric ?? '',
              ...objectives.filter((o) => l.objectiveIds.includes(o.id)).map((o) => o.title),
            ].join(' '),
          ).includes(fold(word)),
        );
        expect(expected.length).toBeLessThan(levers.length);
        await bar(page).getByLabel(t.search).fill(word.toUpperCase());
        await expect.poll(() => query(page).get('q')).toBe(word.toUpperCase());
        await expect.poll(() => cards(page).count()).toBe(expected.length);
        // A column the search empties says how many of its levers the filter hides, not "no lever".
        const emptied = (['undecided', 'continue', 'stop', 'start'] as const).filter(
          (c) => levers.some((l) => l.decision === c) && !expected.some((l) => l.decision === c),
        );
        expect(emptied.length).toBeGreaterThan(0);
        for (const column of emptied) {
          const count = levers.filter((l) => l.decision === column).length;
          expect(
            await page.locator(`main .board-column[data-group="${column}"] p.muted`).textContent(),
          ).toMatch(
            new RegExp(
              `^${count} ${lang === 'fr' ? 'leviers?' : 'levers?'} .*${lang === 'fr' ? 'masqués? par le filtre' : 'hidden by the filter'}\\.$`,
            ),
          );
        }
        await reload(page);
        expect(await bar(page).getByLabel(t.search).inputValue()).toBe(word.toUpperCase());
        expect(await cards(page).count()).toBe(expected.length);
        await awayAndBack(page);
        expect(await bar(page).getByLabel(t.search).inputValue()).toBe(word.toUpperCase());
        expect(await cards(page).count()).toBe(expected.length);
        await bar(page).getByRole('button', { name: t.clear }).click();
        await expect.poll(() => page.url()).toMatch(/\/levers$/);
        expect(await cards(page).count()).toBe(levers.length);
      });

      it('keeps one column and one objective, from the menus or from a link', async () => {
        const { page } = app!;
        const levers = seed.records('levers');
        const stopped = levers.filter((l) => l.decision === 'stop');
        expect(stopped.length).toBeGreaterThan(0);
        await bar(page).getByLabel(t.column).selectOption('stop');
        await expect.poll(() => query(page).get('decision')).toBe('stop');
        await expect.poll(() => cards(page).count()).toBe(stopped.length);
        // Only the chosen column is on the board.
        expect(await page.locator('main .board-column').count()).toBe(1);
        expect(await page.locator('main .board-column h2').textContent()).toContain(t.stop);
        const objective = levers.find((l) => l.objectiveIds.length > 0)!.objectiveIds[0]!;
        await bar(page).getByLabel(t.column).selectOption('');
        await bar(page).getByLabel(t.served).selectOption(objective);
        await expect.poll(() => query(page).get('objective')).toBe(objective);
        const serving = levers.filter((l) => l.objectiveIds.includes(objective));
        expect(serving.length).toBeLessThan(levers.length);
        await expect.poll(() => cards(page).count()).toBe(serving.length);
        expect(typographyProblems(await mainText(page), lang)).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `pwa-levers-filtered-${lang}.png`), fullPage: true });
        // A link with a column and junk opens on that column, the junk dropped.
        await openScreen(app!, '/levers?decision=stop&objective=&x=1&q=');
        expect(await bar(page).getByLabel(t.column).inputValue()).toBe('stop');
        expect(await cards(page).count()).toBe(stopped.length);
        await openScreen(app!, '/levers?decision=never');
        expect(await bar(page).getByLabel(t.column).inputValue()).toBe('');
        expect(await cards(page).count()).toBe(levers.length);
      });

      it('folds a column away, and it stays folded after a reload', async () => {
        const { page } = app!;
        await openScreen(app!, '/levers');
        const column = page
          .locator('main .board-column details')
          .filter({ has: page.locator('li') })
          .first();
        const first = column.locator('li[data-lever]').first();
        const inColumn = await column.locator('li[data-lever]').count();
        expect(await first.isVisible()).toBe(true);
        await column.locator('summary').click();
        await expect.poll(() => first.isVisible()).toBe(false);
        const visible = await page.locator('main li[data-lever]:visible').count();
        expect(visible).toBe(seed.records('levers').length - inColumn);
        await reload(page);
        expect(await first.isVisible()).toBe(false);
        expect(await page.locator('main li[data-lever]:visible').count()).toBe(visible);
        await column.locator('summary').click();
        await expect.poll(() => first.isVisible()).toBe(true);
        expect(await layoutProblems(page)).toEqual([]);
      });
    });

    describe('Budget', () => {
      const bar = (page: Page) => page.getByTestId('budget-filters');
      const leverCards = (page: Page) => page.locator('main article[data-lever]');
      const roiRows = (page: Page) => page.locator('main .romi-table tbody tr[data-action]');
      const openActions = () => seed.records('actions').filter((a) => a.status !== 'cancelled');

      it('fits 360 and 320 px: no sideways page, thumb-sized controls, the ROI table’s names held', async () => {
        const { page } = app!;
        for (const width of [360, 320]) {
          await page.setViewportSize({ width, height: PHONE.height });
          await openScreen(app!, '/budget');
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          expect(await layoutProblems(page)).toEqual([]);
          const strip = page.locator('main .romi-table').first().locator('xpath=..');
          await strip.scrollIntoViewIfNeeded();
          const wide = await strip.evaluate((el) => el.scrollWidth > el.clientWidth);
          expect(wide).toBe(true);
          await strip.evaluate((el) => {
            el.scrollLeft = el.scrollWidth;
          });
          const box = (await strip.boundingBox())!;
          const name = (await strip.locator('tbody th[scope="row"]').first().boundingBox())!;
          const last = (await strip.locator('tbody tr').first().locator('td').last().boundingBox())!;
          // Scrolled to its end, the table shows its last column and still its first one, whole.
          expect(name.x).toBeGreaterThanOrEqual(box.x - 1);
          expect(name.x + name.width).toBeLessThanOrEqual(box.x + box.width / 2);
          expect(last.x + last.width).toBeLessThanOrEqual(box.x + box.width + 1);
          expect(last.x).toBeGreaterThan(name.x + name.width - 1);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          await page.screenshot({ path: join(SCREENSHOTS, `pwa-budget-roi-${width}-${lang}.png`) });
        }
        await page.setViewportSize(PHONE);
      });

      it('keeps one lever: its card, its lines and its actions; through a reload and Back', async () => {
        const { page } = app!;
        await openScreen(app!, '/budget');
        const levers = seed.records('levers');
        expect(await leverCards(page).count()).toBe(levers.length);
        expect(await roiRows(page).count()).toBe(openActions().length);
        const lever = levers.find((l) => openActions().some((a) => a.leverId === l.id))!;
        await bar(page).getByLabel(t.lever, { exact: true }).selectOption(lever.id);
        await expect.poll(() => query(page).get('lever')).toBe(lever.id);
        await expect.poll(() => leverCards(page).count()).toBe(1);
        const own = openActions().filter((a) => a.leverId === lever.id);
        expect(await roiRows(page).count()).toBe(own.length);
        const lines = seed.records('budgetLines').filter((l) => l.leverId === lever.id);
        expect(await page.locator('main li[data-line]').count()).toBe(lines.length);
        await reload(page);
        expect(await bar(page).getByLabel(t.lever, { exact: true }).inputValue()).toBe(lever.id);
        expect(await roiRows(page).count()).toBe(own.length);
        await awayAndBack(page);
        expect(await bar(page).getByLabel(t.lever, { exact: true }).inputValue()).toBe(lever.id);
        expect(await leverCards(page).count()).toBe(1);
        expect(typographyProblems(await mainText(page), lang)).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `pwa-budget-filtered-${lang}.png`), fullPage: true });
        await bar(page).getByRole('button', { name: t.clear }).click();
        await expect.poll(() => leverCards(page).count()).toBe(levers.length);
        expect(query(page).get('lever')).toBeNull();
      });

      it('keeps one objective, and finds by a word', async () => {
        const { page } = app!;
        const levers = seed.records('levers');
        const objective = levers.find((l) => l.objectiveIds.length > 0)!.objectiveIds[0]!;
        await bar(page).getByLabel(t.objective, { exact: true }).selectOption(objective);
        await expect.poll(() => query(page).get('objective')).toBe(objective);
        const serving = levers.filter((l) => l.objectiveIds.includes(objective));
        await expect.poll(() => leverCards(page).count()).toBe(serving.length);
        expect(serving.length).toBeLessThan(levers.length);
        const ids = new Set(serving.map((l) => l.id));
        expect(await roiRows(page).count()).toBe(openActions().filter((a) => ids.has(a.leverId)).length);
        await bar(page).getByRole('button', { name: t.clear }).click();
        const action = openActions().find((a) => a.title.split(/\s+/).some((w) => w.length > 5))!;
        const word = action.title.split(/\s+/).find((w) => w.length > 5)!;
        await bar(page).getByLabel(t.search).fill(word);
        await expect.poll(() => query(page).get('q')).toBe(word);
        await expect.poll(() => page.locator(`main tr[data-action="${action.id}"]`).count()).toBe(1);
        expect(await roiRows(page).count()).toBeLessThan(openActions().length);
        await bar(page).getByRole('button', { name: t.clear }).click();
      });

      it('folds an objective’s group away and keeps it folded after a reload', async () => {
        const { page } = app!;
        await openScreen(app!, '/budget');
        const group = page.locator('main details[data-fold^="budget:levers:"]').first();
        const card = group.locator('article[data-lever]').first();
        const inGroup = await group.locator('article[data-lever]').count();
        expect(inGroup).toBeGreaterThan(0);
        expect(await card.isVisible()).toBe(true);
        await group.locator('summary').click();
        await expect.poll(() => card.isVisible()).toBe(false);
        expect(await page.locator('main article[data-lever]:visible').count()).toBe(
          seed.records('levers').length - inGroup,
        );
        await reload(page);
        expect(await card.isVisible()).toBe(false);
        await group.locator('summary').click();
        await expect.poll(() => card.isVisible()).toBe(true);
        // The budget lines' groups start folded and open with a tap.
        const lines = page.locator('main details[data-fold^="budget:lines:"]').first();
        expect(await lines.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
        await lines.locator('summary').click();
        await expect.poll(() => lines.locator('li[data-line]').first().isVisible()).toBe(true);
        expect(await layoutProblems(page)).toEqual([]);
      });
    });
  });
}
