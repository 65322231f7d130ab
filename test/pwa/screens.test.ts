import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogs } from './catalogs.ts';
import { demoPlan } from './fixtures.ts';
import { type App, closeApp, openApp, SCREENSHOTS, writeTemp } from './harness.ts';
import { typographyProblems } from './typography.ts';

/**
 * Both languages render every screen (desk ones included) with no missing message: no raw key,
 * no "undefined", no "{placeholder}" left. Each screen is photographed at 360×740 into
 * docs/screenshots/pwa-<screen>-<lang>.png.
 */
const screens = [
  'start',
  'today',
  'kpi',
  'objectives',
  'personas',
  'levers',
  'actions',
  'timeline',
  'budget',
  'reviews',
  'ideas',
  'sync',
  'menu',
];

let rawKeys: RegExp;
beforeAll(async () => {
  // Keys that could not pass for words: camelCase or dotted/dashed ones.
  const keys = new Set<string>();
  for (const catalog of await loadCatalogs()) {
    for (const key of Object.keys(catalog.fr)) if (/[A-Z.]/.test(key)) keys.add(key);
  }
  const escaped = [...keys].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  rawKeys = new RegExp(`(^|[^\\w.])(${escaped.join('|')})(?![\\w])`);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('main h1') !== null &&
      document.querySelector('main [aria-busy="true"]') === null,
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function checkText(page: Page, where: string, lang: 'fr' | 'en'): Promise<void> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a user reads, hidden nodes aside
  const text = await page.evaluate(() => document.body.innerText);
  expect(text, `${where}: undefined`).not.toMatch(/\bundefined\b|\bNaN\b|\[object Object\]/);
  expect(text, `${where}: placeholder`).not.toMatch(/\{\w+\}/);
  const raw = rawKeys.exec(text);
  expect(raw?.[2], `${where}: raw message key`).toBeUndefined();
  expect(typographyProblems(text, lang), `${where}: typography`).toEqual([]);
}

for (const [lang, locale] of [
  ['fr', 'fr-FR'],
  ['en', 'en-GB'],
] as const) {
  describe(`every screen in ${lang}`, () => {
    let app: App | undefined;
    const shot = (page: Page, name: string) =>
      page.screenshot({ path: join(SCREENSHOTS, `pwa-${name}-${lang}.png`) });

    beforeAll(async () => {
      app = await openApp({ locale });
    });
    afterAll(() => closeApp(app));

    it('starts on Start and creates the example plan with its progress', async () => {
      const { page, server } = app!;
      await page.goto(server.url);
      await page.waitForURL(/\/start$/);
      await settle(page);
      await checkText(page, 'start', lang);
      await shot(page, 'start');
      await page.click('a[data-mode="example"]');
      await page.click('button.primary');
      await page.waitForURL(/\/today/);
      await page.waitForSelector('[data-testid="checklist"]');
      expect(await page.locator('main h1').textContent()).toBe(lang === 'fr' ? "Aujourd'hui" : 'Today');
    });

    it('renders every route of the example plan as it is first created', async () => {
      const { page, server } = app!;
      for (const screen of screens.filter((s) => s !== 'start')) {
        await page.goto(`${server.url}/${screen}`);
        await settle(page);
        await checkText(page, `example ${screen}`, lang);
      }
    });

    it('shows the forms to start from scratch and from the assessment', async () => {
      const { page, server } = app!;
      for (const mode of ['scratch', 'assessment']) {
        await page.goto(`${server.url}/start?mode=${mode}`);
        await settle(page);
        await checkText(page, mode, lang);
        await shot(page, `start-${mode}`);
      }
    });

    it('renders every route, with a plan holding due actions, KPI entries and ideas', async () => {
      const { page, server } = app!;
      const demo = await demoPlan(lang);
      await page.goto(`${server.url}/sync`);
      await page.setInputFiles('#import-file', await writeTemp('demo.json', demo.bundle));
      await page.waitForSelector('[data-testid="import-report"]');
      await page.evaluate((id) => localStorage.setItem('jalon.planId', id), demo.planId);
      for (const screen of screens) {
        await page.goto(`${server.url}/${screen}`);
        await settle(page);
        await checkText(page, screen, lang);
        await shot(page, screen);
      }
      expect(await page.title()).not.toBe('pwned');
    });
  });
}
