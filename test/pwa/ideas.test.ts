import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoPlan, demoPlan } from './fixtures.ts';
import { type App, closeApp, importThroughStart, openApp } from './harness.ts';

/** The inbox of clipped ideas: inert content, accept into an action of a lever, discard. */
describe('the ideas inbox', () => {
  let app: App | undefined;
  let demo: DemoPlan;
  beforeAll(async () => {
    demo = await demoPlan('en');
    app = await openApp({ locale: 'en-GB' });
    await importThroughStart(app.page, app.server.url, demo.bundle);
  });
  afterAll(() => closeApp(app));

  it('shows clipped text as text and links only http(s) pages', async () => {
    const { page, server } = app!;
    await page.goto(`${server.url}/ideas`);
    await page.waitForSelector('[data-testid="idea"]');
    expect(await page.locator('[data-testid="idea"]').count()).toBe(2);
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('<b>not bold</b>');
    expect(await page.locator('main a[href^="javascript"]').count()).toBe(0);
    const link = page.locator('main a[href="https://example.com/b2b-study"]');
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await page.title()).not.toBe('pwned');
  });

  it('turns an idea into an action of the chosen lever', async () => {
    const { page } = app!;
    const idea = page.locator('[data-testid="idea"]', { hasText: 'B2B buyer study' });
    await idea.getByRole('button', { name: 'Make it an action' }).click();
    const lever = await idea.locator('select option').nth(1).textContent();
    await idea.locator('select').selectOption({ label: lever! });
    await idea.getByRole('button', { name: 'Create the action' }).click();
    await expect.poll(() => page.locator('[data-testid="toast"]').textContent()).toContain('Action created');
    await expect.poll(() => page.locator('[data-testid="idea"]').count()).toBe(1);
    await page.getByRole('link', { name: /Accepted/ }).click();
    await expect
      .poll(() => page.locator('[data-testid="idea"]').textContent())
      .toContain('Became the action: 62% of B2B buyers read three pieces of content');
  });

  it('discards an idea and can bring it back', async () => {
    const { page } = app!;
    await page.getByRole('link', { name: /Inbox/ }).click();
    await page.getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => page.locator('[data-testid="idea"]').count()).toBe(0);
    await page.getByRole('link', { name: /Discarded/ }).click();
    await expect.poll(() => page.locator('[data-testid="idea"]').count()).toBe(2);
    await page.getByRole('button', { name: 'Back to inbox' }).first().click();
    await expect.poll(() => page.locator('[data-testid="idea"]').count()).toBe(1);
  });
});
