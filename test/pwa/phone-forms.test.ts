import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPlan } from './fixtures.ts';
import { type App, closeApp, openApp, SCREENSHOTS, writeTemp } from './harness.ts';
import { layoutProblems } from './phone-layout.ts';

/**
 * Forms and screens on a phone, at 360 and 320 px wide: no box scrolling inside the page, every
 * field reachable, every control a thumb's size (test/pwa/phone-layout.ts says what is checked).
 */
const texts = {
  fr: {
    newAction: 'Nouvelle action',
    edit: 'Modifier',
    newLever: 'Nouveau levier',
    accept: 'En faire une action',
  },
  en: { newAction: 'New action', edit: 'Edit', newLever: 'New lever', accept: 'Make it an action' },
};

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('main h1') !== null &&
      document.querySelector('main [aria-busy="true"]') === null,
  );
}

for (const [lang, locale] of [
  ['fr', 'fr-FR'],
  ['en', 'en-GB'],
] as const) {
  describe(`forms that fit a phone (${lang})`, () => {
    let app: App | undefined;
    beforeAll(async () => {
      app = await openApp({ locale });
      const demo = await demoPlan(lang);
      await app.page.goto(`${app.server.url}/sync`);
      await app.page.setInputFiles('#import-file', await writeTemp('demo.json', demo.bundle));
      await app.page.waitForSelector('[data-testid="import-report"]');
      await app.page.evaluate((id) => localStorage.setItem('jalon.planId', id), demo.planId);
    });
    afterAll(() => closeApp(app));

    const t = texts[lang];
    const cases: [string, string, ((page: Page) => Promise<void>) | undefined][] = [
      ['today', '/today', undefined],
      ['kpi', '/kpi', undefined],
      [
        'action-new',
        '/actions',
        (page) => page.getByRole('button', { name: t.newAction, exact: true }).first().click(),
      ],
      [
        'action-edit',
        '/actions',
        (page) => page.getByRole('button', { name: t.edit, exact: true }).first().click(),
      ],
      ['lever-new', '/levers', (page) => page.getByRole('button', { name: t.newLever, exact: true }).click()],
      ['idea-accept', '/ideas', (page) => page.getByRole('button', { name: t.accept }).first().click()],
      ['budget', '/budget', undefined],
      ['actions', '/actions', undefined],
      ['levers', '/levers', undefined],
    ];
    for (const width of [360, 320]) {
      for (const [shot, path, open] of cases) {
        it(`${shot} at ${width} px`, async () => {
          const { page, server } = app!;
          await page.setViewportSize({ width, height: 740 });
          await page.goto(`${server.url}${path}`);
          await ready(page);
          if (open) {
            await open(page);
            await page.waitForSelector('main form');
          }
          expect(await layoutProblems(page)).toEqual([]);
          if (open && shot.startsWith('action')) {
            // Every field of the action form can be reached by scrolling the page alone.
            const fields = page.locator('main form :is(input, select, textarea)');
            for (let i = 0; i < (await fields.count()); i++) {
              const field = fields.nth(i);
              await field.scrollIntoViewIfNeeded();
              // …and is then on screen, under no bar: a tap at its middle lands on it.
              const reached = await field.evaluate((el) => {
                const box = el.getBoundingClientRect();
                const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
                return hit !== null && (hit === el || el.contains(hit) || hit.contains(el));
              });
              expect(reached, `field ${i} of the action form`).toBe(true);
            }
          }
          if (width === 320 && open) {
            // The part of the form that used to hide in small scrolling boxes (the action's
            // organisation and budget), else the top of the form.
            const part = page.locator('main form fieldset.placement').first();
            const target = (await part.count()) > 0 ? part : page.locator('main form').first();
            await target.evaluate((el) => el.scrollIntoView({ block: 'start' }));
            await page.evaluate(() => window.scrollBy(0, -60));
            await page.screenshot({ path: join(SCREENSHOTS, `pwa-${shot}-320-${lang}.png`) });
          }
        });
      }
    }
  });
}
