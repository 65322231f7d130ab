// fake-indexeddb before core: Dexie picks up the global indexedDB when it loads (see fixtures.ts).
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScreen, type Seeded, seedExample } from './desk-support.ts';
import { type App, closeApp, openApp } from './harness.ts';

/** A review is drawn up for a chosen period, saved with its KPI snapshot, and prints as a report. */
describe('the periodic review (English)', () => {
  let app: App | undefined;
  let seed: Seeded;

  beforeAll(async () => {
    app = await openApp({ locale: 'en-GB' });
    seed = await seedExample(app, 'en');
  });
  afterAll(() => closeApp(app));

  it('saves a quarterly review with what worked, what flopped and the decisions', async () => {
    const { page } = app!;
    const plan = seed.records('plans')[0]!;
    await openScreen(app!, '/reviews');
    await page.locator('.segmented button.seg-quarterly').click();
    // The plan's first quarter: it begins with the plan.
    const first = await page.locator('select[name="period"] option').first().getAttribute('value');
    expect(first?.startsWith(`${plan.period.start}/`)).toBe(true);
    await page.locator('select[name="period"]').selectOption(first!);
    expect(await page.locator('.report-title').textContent()).toMatch(
      /^Quarterly review — 1 \w{3,4} \d{4} to \d{2} \w{3,4} \d{4}$/,
    );
    await page.locator('textarea[name="worked"]').fill('Webinars: 3 held, 210 registrants');
    await page.locator('textarea[name="flopped"]').fill('Trade show leads, slow follow-up');
    await page.locator('textarea[name="decisions"]').fill('Follow up within 48 h;\nstop the print ads');
    await page.getByRole('button', { name: 'Save the review' }).click();
    await page.waitForSelector('article.saved-review');
    expect(page.url()).toMatch(/\/reviews\?review=/);
    expect(await page.locator('[data-testid="review-worked"]').textContent()).toBe(
      'Webinars: 3 held, 210 registrants',
    );
    expect(await page.locator('[data-testid="review-decisions"]').textContent()).toBe(
      'Follow up within 48 h;\nstop the print ads',
    );
    expect(await page.locator('article.saved-review tbody tr').count()).toBe(seed.records('kpis').length);
    await page.reload();
    await page.waitForSelector('article.saved-review');
    expect(await page.locator('article.saved-review h1').textContent()).toContain('Quarterly review');
  });

  it('lists the saved review and opens it again', async () => {
    const { page } = app!;
    await openScreen(app!, '/reviews');
    // The example's own review, saved at last month's meeting, and this one.
    const example = seed.records('reviews').map((r) => r.id);
    expect(await page.locator('li[data-review]').count()).toBe(example.length + 1);
    const saved = page.locator(
      `li[data-review]${example.map((id) => `:not([data-review="${id}"])`).join('')}`,
    );
    expect(await saved.count()).toBe(1);
    await saved.getByRole('link', { name: 'Open' }).click();
    await page.waitForSelector('article.saved-review');
    expect(await page.locator('[data-testid="review-flopped"]').textContent()).toBe(
      'Trade show leads, slow follow-up',
    );
  });

  it('prints as a clean report', async () => {
    const { page } = app!;
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('nav.bottom').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Print / PDF' }).isVisible()).toBe(false);
      expect(await page.locator('article.saved-review table').isVisible()).toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
