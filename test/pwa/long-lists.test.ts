import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScreen, type Seeded, seedExample } from './desk-support.ts';
import { type App, closeApp, openApp, SCREENSHOTS } from './harness.ts';

/** The Actions list at 360×740: search, filters kept in the address, groups that fold away. */
const texts = {
  fr: {
    search: 'Rechercher',
    status: 'Statut',
    lever: 'Levier',
    clear: 'Effacer les filtres',
    doing: 'En cours',
  },
  en: { search: 'Search', status: 'Status', lever: 'Lever', clear: 'Clear filters', doing: 'Doing' },
};

const rows = (page: Page) => page.locator('main li[data-action]');
const query = (page: Page) => new URL(page.url()).searchParams;

for (const [lang, locale] of [
  ['fr', 'fr-FR'],
  ['en', 'en-GB'],
] as const) {
  describe(`the long Actions list on a phone (${lang})`, () => {
    let app: App | undefined;
    let seed: Seeded;
    const t = texts[lang];
    beforeAll(async () => {
      app = await openApp({ locale });
      seed = await seedExample(app, lang);
    });
    afterAll(() => closeApp(app));

    it('finds actions by words of their title, and keeps the search in the address', async () => {
      const { page } = app!;
      await openScreen(app!, '/actions');
      const all = seed.records('actions');
      expect(await rows(page).count()).toBe(all.length);
      const target = all.find((a) => a.title.split(' ').length > 2)!;
      const word = target.title.split(' ').find((w) => w.length > 4)!;
      await page.getByLabel(t.search).fill(word.toUpperCase());
      await expect.poll(() => query(page).get('q')).toBe(word.toUpperCase());
      const expected = all.filter((a) =>
        [a.title, a.description, a.owner, ...a.steps.map((s) => s.label)]
          .join(' ')
          .toLocaleLowerCase()
          .includes(word.toLocaleLowerCase()),
      );
      await expect.poll(() => rows(page).count()).toBe(expected.length);
      expect(expected.length).toBeLessThan(all.length);
      expect(await page.locator(`main li[data-action="${target.id}"]`).count()).toBe(1);
      await page.screenshot({ path: join(SCREENSHOTS, `pwa-actions-search-${lang}.png`) });
      // A reload (or a link) brings the same list back.
      await page.reload();
      await page.waitForSelector('main .desk');
      expect(await page.getByLabel(t.search).inputValue()).toBe(word.toUpperCase());
      expect(await rows(page).count()).toBe(expected.length);
    });

    it('filters by status and lever together, and clears them all at once', async () => {
      const { page } = app!;
      await page.getByRole('button', { name: t.clear }).click();
      await expect.poll(() => page.url()).toMatch(/\/actions$/);
      const all = seed.records('actions');
      const lever = seed
        .records('levers')
        .find((l) => all.some((a) => a.leverId === l.id && a.status === 'todo'))!;
      await page.getByLabel(t.status).selectOption('todo');
      await page.getByLabel(t.lever, { exact: true }).selectOption(lever.id);
      await expect.poll(() => query(page).get('lever')).toBe(lever.id);
      expect(query(page).get('status')).toBe('todo');
      const expected = all.filter((a) => a.status === 'todo' && a.leverId === lever.id);
      await expect.poll(() => rows(page).count()).toBe(expected.length);
      await page.getByRole('button', { name: t.clear }).click();
      await expect.poll(() => rows(page).count()).toBe(all.length);
    });

    it('opens on a filter from a link, and folds a lever group away', async () => {
      const { page } = app!;
      await openScreen(app!, '/actions?status=doing&x=ignored&due=never');
      expect(await page.getByLabel(t.status).inputValue()).toBe('doing');
      const doing = seed.records('actions').filter((a) => a.status === 'doing');
      await expect.poll(() => rows(page).count()).toBe(doing.length);
      await openScreen(app!, '/actions');
      const group = page.locator('main details.tree-lever').first();
      const inGroup = await group.locator('li[data-action]').count();
      expect(inGroup).toBeGreaterThan(0);
      const first = group.locator('li[data-action]').first();
      expect(await first.isVisible()).toBe(true);
      await group.locator('summary').click();
      await expect.poll(() => first.isVisible()).toBe(false);
      expect(await group.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      // The other groups stay open.
      expect(await page.locator('main details.tree-lever[open] li[data-action]').count()).toBe(
        (await rows(page).count()) - inGroup,
      );
      await group.locator('summary').click();
      await expect.poll(() => first.isVisible()).toBe(true);
    });
  });
}
