// fake-indexeddb before core: Dexie picks up the global indexedDB when it loads (see fixtures.ts).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { editRecord, exportBundle, getRecord, importBundle, listConflicts } from '@jalon/core/storage';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScreen, type Seeded, seedExample } from './desk-support.ts';
import { nodeDb } from './fixtures.ts';
import { type App, closeApp, openApp, writeTemp } from './harness.ts';

/**
 * A form that stays open while the record changes elsewhere — another tab, a sync — must revert
 * nothing, keep same-field edits as a conflict on every device, and never drop what was typed.
 */
describe('a form open while the record changes elsewhere', () => {
  let app: App | undefined;
  let seed: Seeded;
  let other: Page;

  beforeAll(async () => {
    app = await openApp({ locale: 'en-GB' });
    seed = await seedExample(app, 'en');
    other = await app.browser.context.newPage();
  });
  afterAll(() => closeApp(app));

  /** The Sync screen's export (a download on a desktop browser), as text. */
  async function exportFromPage(page: Page): Promise<string> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the plan' }).click(),
    ]);
    return readFileSync(await file.path(), 'utf8');
  }

  /** Plain actions (no associated action), a different one per test: ids, hence order, are random. */
  const plain = () => seed.records('actions').filter((a) => !a.relativeTo);
  const row = (page: Page, id: string) => page.locator(`li[data-action="${id}"]`);

  async function openForm(page: Page, id: string) {
    await openScreen({ ...app!, page }, '/actions');
    await row(page, id).getByRole('button', { name: 'Edit' }).click();
    return row(page, id).locator('form');
  }

  it('saves only the fields this form changed: an edit saved in another tab stays', async () => {
    const action = plain()[0]!;
    // This form opens and the title is changed…
    const form = await openForm(app!.page, action.id);
    await form.locator('input[name="title"]').fill('Title from the first tab');
    // …then the other tab changes the owner and saves.
    const otherForm = await openForm(other, action.id);
    await otherForm.locator('input[name="owner"]').fill('Karim');
    await otherForm.getByRole('button', { name: 'Save' }).click();
    await otherForm.waitFor({ state: 'detached' });
    await expect.poll(() => form.locator('[data-testid="form-notice"]').textContent()).toContain('Owner');
    expect(await form.locator('input[name="owner"]').inputValue()).not.toBe('Karim');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => row(app!.page, action.id).textContent()).toContain('Title from the first tab');
    expect(await row(app!.page, action.id).textContent()).toContain('Karim');
    await other.goto(`${app!.server.url}/sync`);
    await expect.poll(() => other.locator('main').textContent()).toContain('No conflict');
  });

  it('keeps the other value as a conflict when both tabs changed the same field', async () => {
    const action = plain()[1]!;
    const form = await openForm(app!.page, action.id);
    await form.locator('input[name="title"]').fill('Title typed here, saved last');
    const otherForm = await openForm(other, action.id);
    await otherForm.locator('input[name="title"]').fill('Title typed in the other tab');
    await otherForm.getByRole('button', { name: 'Save' }).click();
    await otherForm.waitFor({ state: 'detached' });
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => app!.page.locator('[data-testid="toast"]').textContent())
      .toContain('was also changed elsewhere');
    await expect
      .poll(() => row(app!.page, action.id).locator('.action-title').textContent())
      .toBe('Title typed here, saved last');
    await other.goto(`${app!.server.url}/sync`);
    await expect.poll(() => other.locator('main').textContent()).toContain('Title typed in the other tab');
  });

  it('keeps a value a sync brought while the form was open, and same-field edits conflict on both devices', async () => {
    const { page, server } = app!;
    const action = plain()[2]!;
    // The other device: the plan as exported now, where someone changes the owner and the title.
    await page.goto(`${server.url}/sync`);
    const laptop = nodeDb();
    await importBundle(laptop, await exportFromPage(page));
    const stored = (await getRecord(laptop, 'actions', action.id))!;
    await editRecord(laptop, 'actions', action.id, {
      base: { owner: stored.owner, title: stored.title },
      draft: { owner: 'Owner from the laptop', title: 'Title from the laptop' },
    });
    // This form opens and its title is typed, then the laptop's file lands in the other tab.
    const form = await openForm(page, action.id);
    await form.locator('input[name="title"]').fill('Title from the phone');
    await other.goto(`${server.url}/sync`);
    await other.setInputFiles('#import-file', await writeTemp('laptop.json', await exportBundle(laptop)));
    await other.waitForSelector('[data-testid="import-report"]');
    await expect.poll(() => form.locator('[data-testid="form-notice"]').textContent()).toContain('Owner');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => row(page, action.id).textContent()).toContain('Title from the phone');
    expect(await row(page, action.id).textContent()).toContain('Owner from the laptop');
    // Back on the laptop: the owner it typed survived, and the title is one conflict there too.
    await page.goto(`${server.url}/sync`);
    await importBundle(laptop, await exportFromPage(page));
    expect(await getRecord(laptop, 'actions', action.id)).toMatchObject({
      owner: 'Owner from the laptop',
      title: 'Title from the phone',
    });
    const conflicts = (await listConflicts(laptop)).filter((c) => c.recordId === action.id);
    expect(conflicts.map((c) => [c.field, c.value])).toEqual([['title', 'Title from the laptop']]);
    laptop.close();
  });

  it('keeps the typed text of a record deleted in another tab, and can restore it with the changes', async () => {
    const action = plain()[3]!;
    const form = await openForm(app!.page, action.id);
    await form.locator('input[name="title"]').fill('Still wanted');
    const otherForm = await openForm(other, action.id);
    other.once('dialog', (dialog) => void dialog.accept());
    await otherForm.getByRole('button', { name: 'Delete' }).click();
    await row(other, action.id).waitFor({ state: 'detached' });
    const orphan = app!.page.locator(`[data-orphan="${action.id}"]`);
    await expect.poll(() => orphan.textContent()).toContain('was deleted elsewhere');
    expect(await orphan.locator('input[name="title"]').inputValue()).toBe('Still wanted');
    await orphan.getByRole('button', { name: 'Restore and save' }).click();
    await orphan.waitFor({ state: 'detached' });
    await expect
      .poll(() => row(app!.page, action.id).locator('.action-title').textContent())
      .toBe('Still wanted');
  });

  it('keeps the typed text when another tab moves the record to another lever', async () => {
    const levers = seed.records('levers');
    const action = plain().find((a) => levers.some((l) => l.id !== a.leverId))!;
    const target = levers.find((l) => l.id !== action.leverId)!;
    const form = await openForm(app!.page, action.id);
    await form.locator('textarea').first().fill('Notes typed before the move');
    const otherForm = await openForm(other, action.id);
    await otherForm.locator('select[name="lever"]').selectOption(target.id);
    await otherForm.getByRole('button', { name: 'Save' }).click();
    await otherForm.waitFor({ state: 'detached' });
    const moved = row(app!.page, action.id).locator('form');
    await expect.poll(() => moved.locator('[data-testid="form-notice"]').textContent()).toContain('Lever');
    expect(await moved.locator('textarea').first().inputValue()).toBe('Notes typed before the move');
    expect(await moved.locator('select[name="lever"]').inputValue()).toBe(action.leverId);
    await moved.getByRole('button', { name: 'Cancel' }).click();
  });
});

describe('leaving a form with unsaved input', () => {
  let app: App | undefined;
  let seed: Seeded;
  beforeAll(async () => {
    app = await openApp({ locale: 'en-GB' });
    seed = await seedExample(app, 'en');
  });
  afterAll(() => closeApp(app));

  it('asks before an in-app link or Back throws the text away', async () => {
    const { page, server } = app!;
    await openScreen(app!, '/personas');
    await openScreen(app!, '/actions');
    const action = seed.records('actions')[0]!;
    const form = page.locator(`li[data-action="${action.id}"]`);
    await form.getByRole('button', { name: 'Edit' }).click();
    await form.locator('input[name="title"]').fill('Half-typed title');
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.locator('nav.bottom').getByRole('link', { name: 'Today' }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(page.url()).toBe(`${server.url}/actions`);
    // Back, as the browser's button does it (a same-document history move).
    await page.evaluate(() => history.back());
    await expect.poll(() => asked.length).toBe(2);
    await expect.poll(() => page.url()).toBe(`${server.url}/actions`);
    expect(await form.locator('input[name="title"]').inputValue()).toBe('Half-typed title');
    expect(asked[0]).toContain('not saved');
    page.removeAllListeners('dialog');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('nav.bottom').getByRole('link', { name: 'Today' }).click();
    await page.waitForURL(`${server.url}/today`);
  });
});
