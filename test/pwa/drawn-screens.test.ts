// fake-indexeddb before core: Dexie picks up the global indexedDB when it loads (see fixtures.ts).
import 'fake-indexeddb/auto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { assessmentPoints } from '@jalon/core';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectCleanText, openScreen, type Seeded, seedExample } from './desk-support.ts';
import { type App, closeApp, openApp, SCREENSHOTS } from './harness.ts';

/**
 * The drawn screens photographed for docs/screenshots at a phone's 360×740 and a desk's
 * 1280×800, in French and English: pwa-<view>-<lang>-<width>.png. Each view is checked for
 * leaked keys or placeholders as it is shot.
 */
const sizes = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;

for (const [lang, locale] of [
  ['fr', 'fr-FR'],
  ['en', 'en-GB'],
] as const) {
  describe(`the drawn screens in ${lang}, phone and desk`, () => {
    let app: App | undefined;
    let seed: Seeded;

    beforeAll(async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      app = await openApp({ locale });
      seed = await seedExample(app, lang);
    });
    afterAll(() => closeApp(app));

    /** Shows `target` at the top of the viewport (below the shell's header), then shoots the viewport. */
    const shoot = async (page: Page, name: string, width: number, target: Locator) => {
      await target.evaluate((el) => {
        const header = document.querySelector('header');
        window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - (header?.clientHeight ?? 0) - 8);
      });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.screenshot({ path: join(SCREENSHOTS, `pwa-${name}-${lang}-${width}.png`) });
    };

    for (const size of sizes) {
      it(`timeline, funnel, board and kit at ${size.width} px`, async () => {
        const { page } = app!;
        await page.setViewportSize(size);
        const show = seed.records('keyDates').find((k) => k.kind === 'event' && !/webinar/i.test(k.title))!;
        await openScreen(app!, `/timeline?at=${show.date}`);
        await expectCleanText(page, 'timeline');
        await shoot(page, 'gantt', size.width, page.locator('.period-nav'));

        await openScreen(app!, '/objectives');
        const stage = seed.records('plans')[0]!.stages[1]!;
        await page.locator(`.funnel-bars li[data-stage="${stage.id}"] button.funnel-bar-button`).click();
        await expectCleanText(page, 'objectives');
        await shoot(page, 'funnel', size.width, page.locator('#obj-funnel'));

        await openScreen(app!, '/levers');
        await expectCleanText(page, 'levers');
        await shoot(page, 'levers-board', size.width, page.locator('main h1'));

        await openScreen(app!, '/actions');
        const events = seed.records('levers').find((l) => l.channel === 'events')!;
        const group = page.locator(`.tree-lever[data-lever="${events.id}"]`);
        await group.locator('.actions-bar button').nth(1).click();
        await group.locator('input[name="kit-name"]').fill('Preventica');
        await expectCleanText(page, 'kit');
        await shoot(page, 'kit', size.width, group.locator('[data-testid="kit-form"]'));
      });

      it(`the assessment's diagnosis at ${size.width} px`, async () => {
        const { page, server } = app!;
        await page.setViewportSize(size);
        await page.goto(`${server.url}/start?mode=assessment`);
        const answers = [1, 0, 2, 1, 2, 0, 2, 2, 1, 2, 0, 1, 1, 2];
        for (const [i, { id }] of assessmentPoints.entries()) {
          await page.locator(`[data-question="${id}"] input`).nth(answers[i]!).check();
        }
        await page.locator('button[type="submit"]').click();
        await page.waitForSelector('[data-testid="diagnosis"]');
        await expectCleanText(page, 'diagnosis');
        await shoot(page, 'diagnosis', size.width, page.locator('[data-testid="diagnosis"]'));
      });
    }
  });
}
