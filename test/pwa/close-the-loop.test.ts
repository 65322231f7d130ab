import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoPlan, demoPlan } from './fixtures.ts';
import { type App, closeApp, importThroughStart, openApp, SCREENSHOTS } from './harness.ts';

/** Ticking an action that feeds a KPI asks for the figure at once, and the link opens its entry. */
const texts = {
  fr: {
    offer: (title: string) => `«\u00a0${title}\u00a0» terminé\u00a0: quels chiffres\u202f?`,
    enter: (kpi: string) => `Saisir «\u00a0${kpi}\u00a0»`,
    later: 'Plus tard',
    undo: 'Annuler',
  },
  en: {
    offer: (title: string) => `“${title}” done: what are the figures?`,
    enter: (kpi: string) => `Enter “${kpi}”`,
    later: 'Later',
    undo: 'Undo',
  },
};

for (const [lang, locale] of [
  ['fr', 'fr-FR'],
  ['en', 'en-GB'],
] as const) {
  describe(`closing the loop after a tick (${lang})`, () => {
    let app: App | undefined;
    let demo: DemoPlan;
    const t = texts[lang];
    beforeAll(async () => {
      demo = await demoPlan(lang);
      app = await openApp({ locale });
      await importThroughStart(app.page, app.server.url, demo.bundle);
    });
    afterAll(() => closeApp(app));

    it('asks nothing after an action that feeds no KPI, and takes the question back on undo', async () => {
      const { page } = app!;
      const [fed, plain] = demo.due;
      await page.locator(`[data-action-id="${plain!.id}"] input[type="checkbox"]`).first().click();
      await expect.poll(() => page.locator(`[data-action-id="${plain!.id}"]`).count()).toBe(0);
      expect(await page.locator('[data-testid="kpi-offer"]').count()).toBe(0);
      await page.locator(`[data-action-id="${fed!.id}"] input[type="checkbox"]`).first().click();
      const offer = page.locator('[data-testid="kpi-offer"]');
      await offer.waitFor();
      await page.getByRole('button', { name: t.undo }).click();
      await expect.poll(() => offer.count()).toBe(0);
      await page.locator(`[data-action-id="${fed!.id}"]`).waitFor();
    });

    it('offers the KPI an action feeds once it is ticked, and the link opens that KPI', async () => {
      const { page } = app!;
      const fed = demo.due[0]!;
      await page.locator(`[data-action-id="${fed.id}"] input[type="checkbox"]`).first().click();
      const offer = page.locator('[data-testid="kpi-offer"]');
      await offer.waitFor();
      expect(await offer.locator('h2').textContent()).toBe(t.offer(fed.title));
      await page.screenshot({ path: join(SCREENSHOTS, `pwa-today-offer-${lang}.png`) });
      await offer.getByRole('link', { name: t.enter(demo.kpiName) }).click();
      await page.waitForURL(/\/kpi\?kpi=/);
      await page.waitForSelector('#kpi-pick');
      expect(await page.locator('#kpi-pick option:checked').textContent()).toBe(demo.kpiName);
      await page.fill('#kpi-value', lang === 'fr' ? '4,5' : '4.5');
      await page.click('button[type="submit"]');
      await expect.poll(() => page.locator('[data-testid="kpi-saved"]').textContent()).not.toBe('');
      // Back on Today, the question is not asked again.
      await page.evaluate(() => history.back()); // the app's own router handles Back, as a user's tap does
      await page.waitForSelector('[data-testid="checklist"]');
      expect(await page.locator('[data-testid="kpi-offer"]').count()).toBe(0);
    });
  });
}
