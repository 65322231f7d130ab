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
    expect(await page.locator('#kpi-value-read').textContent()).toBe('Read as: €1,500');
  });

  it('diagnoses first — a score per step and the three weakest points — then builds the month’s plan', async () => {
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
    const questions = page.locator('[data-question]');
    await questions.first().waitFor(); // the route's code loads on first visit
    expect(await questions.count()).toBe(14);
    // Everything "yes" but four points: the funnel and the reviews "no", objectives and KPIs "partly".
    const answers: Record<string, number> = {
      'smart-objectives': 1,
      'funnel-rates': 0,
      'kpis-tracked': 1,
      'reviews-held': 0,
    };
    for (const id of await questions.evaluateAll((els) => els.map((e) => e.getAttribute('data-question')))) {
      if (id === 'priorities') continue; // left unanswered for now
      await page
        .locator(`[data-question="${id}"] input`)
        .nth(answers[id!] ?? 2)
        .check();
    }
    await page.getByRole('button', { name: 'See the diagnosis' }).click();
    expect(await page.locator('main [role="alert"]').textContent()).toBe('Answer every question.');
    expect(await page.locator('[data-question="priorities"]').getAttribute('aria-invalid')).toBe('true');
    await page.locator('[data-question="priorities"] input').nth(2).check();
    await page.getByRole('button', { name: 'See the diagnosis' }).click();

    const diagnosis = page.locator('[data-testid="diagnosis"]');
    expect(await diagnosis.locator('[data-testid="total-score"]').textContent()).toBe('Score: 22 out of 28');
    const steps = diagnosis.locator('[data-testid="step-score"]');
    expect(
      await steps.evaluateAll((els) => els.map((e) => [e.getAttribute('data-step'), e.textContent])),
    ).toEqual([
      ['objectives', '1. Objectives1 out of 4'],
      ['personas', '2. Personas4 out of 4'],
      ['levers', '3. Levers4 out of 4'],
      ['actions', '4. Key actions4 out of 4'],
      ['organising', '5. Organising4 out of 4'],
      ['budget', '6. Budget4 out of 4'],
      ['reviews', '7. Measure and review1 out of 4'],
    ]);
    // Each bar is as long as its step's score.
    const bars = await steps
      .locator('.score-bar')
      .evaluateAll((els) =>
        els.map((e) => (e.firstElementChild as HTMLElement).getBoundingClientRect().width / e.clientWidth),
      );
    expect(bars[0]).toBeCloseTo(0.25, 1);
    expect(bars[1]).toBeCloseTo(1, 1);
    const weakest = diagnosis.locator('[data-testid="weakest"] li');
    expect(await weakest.evaluateAll((els) => els.map((e) => e.getAttribute('data-point')))).toEqual([
      'funnel-rates',
      'reviews-held',
      'smart-objectives',
    ]);
    expect(await weakest.first().textContent()).toBe('Funnel rates unknown (1. Objectives)');
    const plan = diagnosis.locator('[data-testid="month-plan"] li');
    expect(await plan.count()).toBe(5);
    expect(await plan.first().textContent()).toContain('Measure the funnel conversion rates');
    expect(await plan.first().textContent()).toContain('Answers: “Funnel rates unknown”');
    expect(await plan.last().textContent()).toContain('Answers: “No regular review”');

    await page.fill('#a-goal', '20,000');
    await page.fill('#a-deal', '5,000');
    await page.getByRole('button', { name: 'Create the month’s plan' }).click();
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
