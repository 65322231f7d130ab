// fake-indexeddb before core: Dexie picks up the global indexedDB when it loads (see fixtures.ts).
import 'fake-indexeddb/auto';
import { addDays, reverseFunnel } from '@jalon/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainText, openScreen, type Seeded, seedExample } from './desk-support.ts';
import { type App, closeApp, openApp } from './harness.ts';

/** Edits made on the desk screens go through core's repositories and are still there after a reload. */
describe('editing the plan on the desk screens', () => {
  let app: App | undefined;
  let seed: Seeded;

  beforeAll(async () => {
    app = await openApp({ locale: 'en-GB' });
    seed = await seedExample(app, 'en');
  });
  afterAll(() => closeApp(app));

  // The action the first test renames; the next one must pick another (ids, hence order, are random).
  const renamed = () => seed.records('actions').find((a) => !a.relativeTo && a.plannedCost > 0)!;

  it('saves an edited action, which survives a reload', async () => {
    const { page } = app!;
    await openScreen(app!, '/actions');
    const action = renamed();
    const row = page.locator(`li[data-action="${action.id}"]`);
    await row.getByRole('button', { name: 'Edit' }).click();
    await row.locator('input[name="title"]').fill('Audit the website, technical SEO');
    await row.locator('input[name="owner"]').fill('Camille');
    await row.locator('input[name="plannedCost"]').fill('4 250,50');
    await row.locator('select[name="status"]').selectOption('doing');
    await row.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => row.locator('.action-title').textContent())
      .toBe('Audit the website, technical SEO');
    await page.reload();
    await page.waitForSelector('main .desk');
    const text = await row.textContent();
    expect(text).toContain('Audit the website, technical SEO');
    expect(text).toContain('Camille');
    expect(text).toContain('Doing');
    expect(text).toMatch(/Planned cost €4,250\.50/);
  });

  it('refuses a blank title with the form still open', async () => {
    const { page } = app!;
    await openScreen(app!, '/actions');
    const action = seed.records('actions').find((a) => a.id !== renamed().id)!;
    const row = page.locator(`li[data-action="${action.id}"]`);
    await row.getByRole('button', { name: 'Edit' }).click();
    await row.locator('input[name="title"]').fill('');
    await row.getByRole('button', { name: 'Save' }).click();
    // The browser's own check (required) keeps the form; nothing was written.
    expect(await row.locator('form').count()).toBe(1);
    await row.getByRole('button', { name: 'Cancel' }).click();
    expect(await row.locator('.action-title').textContent()).toBe(action.title);
  });

  it('moves associated actions with their anchor', async () => {
    const { page } = app!;
    const actions = seed.records('actions');
    const invitation = actions.find((a) => a.relativeTo && a.relativeTo.offsetDays < 0)!;
    const anchor = actions.find((a) => a.id === invitation.relativeTo!.actionId)!;
    const moved = addDays(anchor.startDate!, 7);
    await openScreen(app!, '/actions');
    const row = page.locator(`li[data-action="${anchor.id}"]`);
    await row.getByRole('button', { name: 'Edit' }).click();
    await row.locator('input[name="startDate"]').fill(moved);
    await row.locator('input[name="deadline"]').fill(moved);
    await row.getByRole('button', { name: 'Save' }).click();
    await row.locator('form').waitFor({ state: 'detached' });
    const invited = addDays(moved, invitation.relativeTo!.offsetDays);
    await openScreen(app!, `/timeline?at=${invited}&scale=month`);
    const bar = page.locator(`.gantt-row[data-action="${invitation.id}"]`);
    expect(await bar.getAttribute('data-start')).toBe(invited);
    expect(await bar.getAttribute('title')).toContain(invitation.title);
  });

  it('places a new action relative to another and shows the computed dates', async () => {
    const { page } = app!;
    const anchor = seed.records('actions').find((a) => !a.relativeTo && a.startDate)!;
    await openScreen(app!, '/actions');
    // Read from the page: an earlier test may have renamed it.
    const anchorTitle = await page.locator(`li[data-action="${anchor.id}"] .action-title`).textContent();
    await page.getByRole('button', { name: 'New action' }).click();
    const form = page.locator('article.card form').first();
    await form.locator('input[name="title"]').fill('Send the press kit');
    await form.locator('select[name="relative"]').selectOption(anchor.id);
    await form.locator('input[name="offset"]').fill('-3');
    expect(await form.locator('.computed').textContent()).toMatch(/^Computed dates: on /);
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    // The anchor's row names it too (as an associated action): pick the row whose title it is.
    const row = page
      .locator('li[data-action]')
      .filter({ has: page.getByText('Send the press kit', { exact: true }) });
    expect(await row.locator('.when').textContent()).toContain(`3 d before “${anchorTitle}”`);
  });

  it('saves an edited funnel rate as the plan’s own, and the counts follow', async () => {
    const { page } = app!;
    await openScreen(app!, '/objectives');
    const plan = seed.records('plans')[0]!;
    const top = plan.stages[0]!;
    // Tapping the stage's bar opens its rate.
    await page.locator(`.funnel-bars li[data-stage="${top.id}"] button.funnel-bar-button`).click();
    await page.locator(`input[name="rate-${top.id}"]`).fill('5');
    await page.getByRole('button', { name: 'Save the funnel' }).click();
    const stages = plan.stages.map((s, i) => (i === 0 ? { ...s, conversionRate: 0.05 } : s));
    const funnel = reverseFunnel({
      goal: { revenue: plan.revenueGoal, averageDealValue: plan.averageDealValue },
      stages,
    });
    const expected = new Intl.NumberFormat('en-GB').format(funnel.stages[0]!.count);
    const stage = page.locator(`.funnel-bars li[data-stage="${top.id}"]`);
    // Counts follow as one types, and the top stage may already be an own rate in the example; a
    // reload during the write would abort it. The button goes back to disabled once it is stored.
    await expect.poll(() => page.getByRole('button', { name: 'Save the funnel' }).isDisabled()).toBe(true);
    await page.reload();
    await page.waitForSelector('main .desk');
    expect(await stage.locator('.funnel-count strong').textContent()).toBe(expected);
    expect(await stage.textContent()).toContain('own rate');
  });

  it('checks a new objective against SMART as it is typed', async () => {
    const { page } = app!;
    await openScreen(app!, '/objectives');
    await page.getByRole('button', { name: 'New objective' }).click();
    const form = page.locator('article.card form').first();
    await form.locator('input[name="title"]').fill('Sell more');
    expect(await form.locator('[data-criterion="specific"]').textContent()).toContain('The title is a wish');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => mainText(page)).toContain('Sell more');
  });

  it('adds a persona, marks it due for review, then reviewed', async () => {
    const { page } = app!;
    await openScreen(app!, '/personas');
    await page.getByRole('button', { name: 'New persona' }).click();
    const form = page.locator('article.card form').first();
    await form.locator('input[name="name"]').fill('Head of purchasing');
    await form.locator('textarea[name="goals"]').fill('Cut supplier costs\n\nFewer invoices\n');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    const card = page.locator('article[data-persona]', { hasText: 'Head of purchasing' });
    expect(await card.getAttribute('data-due')).toBe('yes');
    await card.locator('summary').click();
    expect(await card.locator('dd li').allTextContents()).toEqual(['Cut supplier costs', 'Fewer invoices']);
    await card.getByRole('button', { name: 'Mark reviewed' }).click();
    await expect.poll(() => card.getAttribute('data-due')).toBe('no');
    await page.reload();
    await page.waitForSelector('main .desk');
    expect(
      await page.locator('article[data-persona]', { hasText: 'Head of purchasing' }).getAttribute('data-due'),
    ).toBe('no');
  });

  it('moves a lever to stop on the board, with the lever-or-execution question in view', async () => {
    const { page } = app!;
    await openScreen(app!, '/levers');
    const lever = seed
      .records('levers')
      .find((l) => l.decision === 'continue' && l.lastPeriod.cause !== 'lever')!;
    const card = page.locator(`li[data-lever="${lever.id}"]`);
    // Continue's next column is Stop.
    await card.locator('button.move-next').click();
    const moved = page.locator(`section[data-group="stop"] li[data-lever="${lever.id}"]`);
    await moved.waitFor();
    expect(await moved.getAttribute('data-decision')).toBe('stop');
    expect(await moved.locator('.chip.warn').count()).toBe(1);
    await moved.locator('.board-name').click();
    expect(await moved.locator('.note.warn').count()).toBe(1);
    await page.reload();
    await page.waitForSelector('main .desk');
    expect(await page.locator(`section[data-group="stop"] li[data-lever="${lever.id}"]`).count()).toBe(1);
  });
});
