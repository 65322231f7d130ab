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

  it('turns an idea into an action with its title, lever, owner and due date, linked both ways', async () => {
    const { page, server } = app!;
    const idea = page.locator('[data-testid="idea"]', { hasText: 'B2B buyer study' });
    await idea.getByRole('button', { name: 'Make it an action' }).click();
    const title = idea.locator('input[name="title"]');
    expect(await title.inputValue()).toBe(
      '62% of B2B buyers read three pieces of content before talking to sales.',
    );
    await title.fill('Write three buyer-guide articles');
    const lever = await idea.locator('select[name="lever"] option').nth(1).textContent();
    await idea.locator('select[name="lever"]').selectOption({ label: lever! });
    await idea.locator('input[name="owner"]').fill('Camille');
    await idea.locator('input[name="deadline"]').fill('2027-03-15');
    await idea.getByRole('button', { name: 'Create the action' }).click();
    const toast = page.locator('[data-testid="toast"]');
    await expect.poll(() => toast.textContent()).toContain(`created under the lever ${lever}`);
    await expect.poll(() => page.locator('[data-testid="idea"]').count()).toBe(1);
    await page.getByRole('link', { name: /Accepted/ }).click();
    const accepted = page.locator('[data-testid="idea"]');
    await expect
      .poll(() => accepted.textContent())
      .toContain('Became the action: Write three buyer-guide articles');
    // From the idea to its action, and back.
    await accepted.getByRole('link', { name: /Became the action/ }).click();
    const row = page.locator('li.action', { hasText: 'Write three buyer-guide articles' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Camille');
    await row.getByRole('link', { name: 'From an idea' }).click();
    await page.waitForURL(`${server.url}/ideas?status=accepted**`);
    await expect.poll(() => page.locator('[data-testid="idea"]').count()).toBe(1);
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
