import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launch } from '../support/chromium.ts';
import { type DemoPlan, demoPlan } from './fixtures.ts';
import {
  type App,
  closeApp,
  DIST,
  importThroughStart,
  openApp,
  PHONE,
  waitForServiceWorker,
} from './harness.ts';

/**
 * The phone case: the app is visited once online, then used offline — reloads, deep links, ticking
 * an action and entering a KPI — and what was done offline survives a reload and a browser restart.
 */
describe.each(['caddy', 'nginx'] as const)(
  'the PWA offline, served with the documented %s configuration',
  (host) => {
    const profile = mkdtempSync(join(tmpdir(), 'jalon-offline-'));
    let app: App | undefined;
    let restarted: Browser | undefined;
    let demo: DemoPlan;

    beforeAll(async () => {
      demo = await demoPlan('fr');
      app = await openApp({ locale: 'fr-FR', userDataDir: profile, host });
    });
    afterAll(async () => {
      await restarted?.close().catch(() => {});
      await closeApp(app, true);
      rmSync(profile, { recursive: true, force: true });
    });

    const dueItem = (page: Page) => page.locator(`[data-action-id="${demo.due[0]!.id}"]`);
    const latestValue = (page: Page) => page.locator('[data-testid="kpi-status"] dd').first();

    it('precaches every chunk on the first visit', async () => {
      const { page, server } = app!;
      await page.goto(server.url);
      await page.waitForURL(/\/start$/);
      await waitForServiceWorker(page);
      const cached = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const key of await caches.keys()) {
          for (const request of await (await caches.open(key)).keys())
            urls.push(new URL(request.url).pathname);
        }
        return urls;
      });
      const chunks = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
      for (const chunk of chunks)
        expect(
          cached.some((url) => url.startsWith(`/assets/${chunk}`)),
          chunk,
        ).toBe(true);
      await importThroughStart(page, server.url, demo.bundle);
      await expect.poll(() => dueItem(page).count()).toBe(1);
    });

    it('reloads and opens a deep link offline', async () => {
      const { page, server, browser } = app!;
      await browser.context.setOffline(true);
      await page.reload();
      await page.waitForSelector('[data-testid="checklist"]');
      await page.waitForSelector('.offline-note');
      await page.goto(`${server.url}/objectives`);
      await page.waitForSelector('main h1');
      expect(await page.locator('main h1').textContent()).toBe('Objectifs');
      await page.goto(`${server.url}/sync`);
      expect(await page.locator('main h1').textContent()).toBe('Synchroniser');
    });

    it('ticks an action off and enters a KPI offline', async () => {
      const { page, server } = app!;
      await page.goto(`${server.url}/today`);
      await dueItem(page).locator('input[type="checkbox"]').first().click(); // ticked, it leaves the list
      await page.waitForSelector('[data-testid="toast"]');
      expect(await page.locator('[data-testid="toast"] button').textContent()).toBe('Annuler');
      await expect.poll(() => dueItem(page).count()).toBe(0);

      // The example's KPIs are measured already: ask for the percentage one.
      await page.goto(`${server.url}/kpi?kpi=${demo.kpiId}`);
      await page.waitForSelector('#kpi-value');
      expect(await page.locator('#kpi-pick option:checked').textContent()).toBe(demo.kpiName);
      await page.fill('#kpi-value', 'beaucoup');
      await page.click('button[type="submit"]');
      expect(await page.locator('[data-testid="kpi-error"]').textContent()).toContain('beaucoup');
      await page.fill('#kpi-value', '12,5 %');
      await page.click('button[type="submit"]');
      await expect.poll(() => page.locator('[data-testid="kpi-saved"]').textContent()).toContain('12,5');
      await expect.poll(() => latestValue(page).textContent()).toBe('12,5\u00a0%');
      expect(await page.locator('[data-testid="kpi-status"] [data-status]').count()).toBe(1);
    });

    it('keeps both across a reload', async () => {
      const { page, server } = app!;
      await page.reload();
      await page.waitForSelector('[data-testid="kpi-status"]');
      expect(await latestValue(page).textContent()).toBe('12,5\u00a0%');
      await page.goto(`${server.url}/today`);
      await page.waitForSelector('[data-testid="checklist"]');
      expect(await dueItem(page).count()).toBe(0);
    });

    it('keeps both across a browser restart, still offline', async () => {
      const { server } = app!;
      await app!.browser.close();
      restarted = await launch({ locale: 'fr-FR', viewport: PHONE, userDataDir: profile });
      await restarted.context.setOffline(true);
      const page = restarted.context.pages()[0] ?? (await restarted.context.newPage());
      await page.goto(`${server.url}/today`);
      await page.waitForSelector('[data-testid="checklist"]');
      expect(await dueItem(page).count()).toBe(0);
      expect(await page.locator('[data-testid="action-item"]').count()).toBeGreaterThan(0);
      await page.goto(`${server.url}/kpi`);
      await page.waitForSelector('[data-testid="kpi-status"]');
      expect(await latestValue(page).textContent()).toBe('12,5\u00a0%');
    });
  },
);
