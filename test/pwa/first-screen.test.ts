import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, closeApp, openApp } from './harness.ts';

/**
 * The first screen is in index.html, rendered at build: it shows before any JavaScript module has
 * run (here, none is allowed to load), in the visitor's language, and the app then takes over
 * without moving anything on screen.
 */
describe('the first screen, before and after the JavaScript', () => {
  let app: App | undefined;
  beforeAll(async () => {
    app = await openApp({ locale: 'en-GB' });
  });
  afterAll(() => closeApp(app));

  async function withoutModules(page: Page, run: () => Promise<void>) {
    await page.route('**/assets/*.js', (route) => route.abort());
    try {
      await run();
    } finally {
      await page.unroute('**/assets/*.js');
    }
  }

  const texts = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''));

  it('shows Start to a first visitor in their language, with no module loaded', async () => {
    const { page, server } = app!;
    await withoutModules(page, async () => {
      await page.goto(`${server.url}/`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await texts(page, 'main h1')).toEqual(['Start']);
      expect(await page.locator('main .option').count()).toBe(4);
      expect(await texts(page, 'nav.bottom a')).toEqual(['Plan']);

      await page.evaluate(() => localStorage.setItem('jalon.lang', 'fr'));
      await page.reload();
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      expect(await texts(page, 'main h1')).toEqual(['Démarrer']);
    });
  });

  it('shows the frame of a plan and a loading line to a returning visitor', async () => {
    const { page, server } = app!;
    await withoutModules(page, async () => {
      await page.evaluate(() => {
        localStorage.setItem('jalon.lang', 'en');
        localStorage.setItem('jalon.planId', 'a-plan');
      });
      await page.goto(`${server.url}/kpi`);
      expect(await texts(page, 'main [aria-busy=true]')).toEqual(['Loading…']);
      expect(await texts(page, 'nav.bottom a')).toEqual(['Today', 'Enter a KPI', 'Ideas', 'Plan']);
      await page.evaluate(() => localStorage.clear());
    });
  });

  it('is replaced by the app without a layout shift', async () => {
    const { page, server } = app!;
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        // Shifts right after a tap are expected (the next screen); CLS leaves them out too.
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/start$/);
    // The app's own Start (it links through the client-side router) has replaced the prerendered one.
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Start');
    await page.click('a[data-mode="example"]');
    await page.waitForSelector('main button.primary');
    expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
  });
});
