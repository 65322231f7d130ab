import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, closeApp, openApp } from './harness.ts';

/** Making a plan on the phone: from scratch with an edited funnel, and from the assessment. */
describe('starting a plan', () => {
  let app: App | undefined;
  beforeAll(async () => {
    app = await openApp({ locale: 'en-GB' });
  });
  afterAll(() => closeApp(app));

  it('creates a plan from scratch, the funnel previewed as it is edited', async () => {
    const { page, server } = app!;
    await page.goto(`${server.url}/start?mode=scratch`);
    await page.fill('#plan-name', 'Growth plan');
    await page.fill('#plan-goal', '120,000');
    await page.fill('#plan-deal', '6k');
    await page.waitForSelector('#preview-title');
    const customers = page.locator('.funnel li').last();
    expect(await customers.textContent()).toBe('New customers20');
    await page.fill('#rate-visitor', 'lots');
    await page.click('button[type="submit"]');
    expect(await page.locator('main [role="alert"]').textContent()).toBe('Fix the fields marked.');
    await page.fill('#rate-visitor', '4%');
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/today$/);
    await page.waitForSelector('[data-testid="checklist"]');
    await page.goto(`${server.url}/kpi`);
    await page.waitForSelector('#kpi-value');
    expect(await page.locator('#kpi-pick option').allTextContents()).toEqual(['Leads', 'New revenue']);
    await page.selectOption('#kpi-pick', { label: 'New revenue' });
    await page.fill('#kpi-value', '$500');
    await page.click('button[type="submit"]');
    expect(await page.locator('[data-testid="kpi-error"]').textContent()).toBe(
      'This plan counts in EUR: type the amount in that currency.',
    );
    await page.fill('#kpi-value', '1.5k');
    expect(await page.locator('#kpi-value-read').textContent()).toBe('Read as: €1,500.00');
  });

  it('builds a starter plan from the assessment, its first action due today', async () => {
    const { page, server } = app!;
    // Record what would go on the app icon (badges need an installed app).
    await page.addInitScript(() => {
      const badges: number[] = [];
      Object.assign(window, { badges });
      Object.assign(navigator, {
        setAppBadge: async (n: number) => void badges.push(n),
        clearAppBadge: async () => void badges.push(0),
      });
    });
    const badge = () => page.evaluate(() => (window as unknown as { badges: number[] }).badges.at(-1));
    await page.goto(`${server.url}/start?mode=assessment`);
    const answers = { objectives: 1, funnel: 0, personas: 2, levers: 1, reviews: 0 };
    for (const [question, score] of Object.entries(answers)) {
      await page.locator(`[data-question="${question}"] input`).nth(score).check();
    }
    await page.fill('#a-goal', '20,000');
    await page.fill('#a-deal', '5,000');
    const result = page.locator('[data-testid="assessment-result"]');
    expect(await result.locator('h2').textContent()).toBe('Score: 4 out of 10');
    expect(await result.locator('li').first().textContent()).toBe('Measure the funnel conversion rates');
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/today$/);
    const today = page.locator('.bucket-today');
    await today.waitFor();
    const first = today.locator('[data-testid="action-item"]').first();
    expect(await first.locator('.action-title').textContent()).toBe('Measure the funnel conversion rates');

    await expect.poll(badge).toBe(1);

    // Tick it off, then undo from the toast.
    await first.locator('input[type="checkbox"]').first().click(); // ticked, it leaves the list
    await expect.poll(badge).toBe(0);
    await page.locator('[data-testid="toast"] button', { hasText: 'Undo' }).click();
    await expect.poll(badge).toBe(1);
    await expect
      .poll(() => page.locator('.bucket-today .action-title').first().textContent())
      .toBe('Measure the funnel conversion rates');

    await page.goto(`${server.url}/start`);
    await expect.poll(() => page.locator('[data-testid="plan-list"] li').count()).toBe(2);
  });
});
