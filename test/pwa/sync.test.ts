// fake-indexeddb before @jalon/core: Dexie picks up the global indexedDB when it loads.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { editRecord, exportBundle, getRecord, importBundle, toggleActionStep } from '@jalon/core/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoPlan, demoPlan, nodeDb } from './fixtures.ts';
import { type App, closeApp, importThroughStart, openApp, writeTemp } from './harness.ts';

/**
 * Sync by file between the phone and another device (core over fake-indexeddb in Node): the
 * same fields edited on both sides come back as conflicts the page shows and lets the user settle.
 */
describe('syncing with another device', () => {
  let app: App | undefined;
  let demo: DemoPlan;
  let exported = '';

  beforeAll(async () => {
    demo = await demoPlan('en');
    app = await openApp({ locale: 'en-GB' });
    await importThroughStart(app.page, app.server.url, demo.bundle);
  });
  afterAll(() => closeApp(app));

  it('exports the whole database as jalon-YYYY-MM-DD.json', async () => {
    const { page, server } = app!;
    await page.goto(`${server.url}/sync`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('main button.primary')]);
    expect(download.suggestedFilename()).toMatch(/^jalon-\d{4}-\d{2}-\d{2}\.json$/);
    exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported).format).toBe('jalon-bundle');
  });

  it('refuses a broken file with a translated message and changes nothing', async () => {
    const { page } = app!;
    await page.setInputFiles('#import-file', await writeTemp('broken.json', '{"format": "jalon-bundle", '));
    const error = await page.locator('[data-testid="import-error"]').textContent();
    expect(error).toContain('Nothing was changed');
    expect(error).not.toMatch(/undefined/);
  });

  it('imports edits of the same fields as kept conflicts, shown in the report', async () => {
    const { page, server } = app!;
    const [first, second] = demo.due;
    // The other device starts from the phone's export.
    const other = nodeDb();
    await importBundle(other, exported);
    // The phone ticks the first action off and a step of the second…
    await page.goto(`${server.url}/today`);
    await page.locator(`[data-action-id="${first!.id}"] input[type="checkbox"]`).first().click(); // ticked, it leaves the list
    await page.waitForSelector(`[data-action-id="${first!.id}"]`, { state: 'detached' });
    const item = page.locator(`[data-action-id="${second!.id}"]`);
    await item.locator('summary').click();
    await item.locator('.steps input[type="checkbox"]').first().check();
    await expect.poll(() => item.locator('summary').textContent()).toContain('(1/');
    // …then the other device, later, puts the first back in progress and ticks the second's last step.
    await editRecord(other, 'actions', first!.id, { base: { status: 'todo' }, draft: { status: 'doing' } });
    const action = (await getRecord(other, 'actions', second!.id))!;
    await toggleActionStep(other, second!.id, action.steps.at(-1)!.id);
    const bundle = await exportBundle(other);
    other.close();

    await page.goto(`${server.url}/sync`);
    await page.setInputFiles('#import-file', await writeTemp('other.json', bundle));
    const report = page.locator('[data-testid="import-report"]');
    await report.waitFor();
    expect(await report.locator('[data-key="conflicts"] dd').textContent()).toBe('2');
    expect(Number(await report.locator('[data-key="updated"] dd').textContent())).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.locator('[data-testid="conflict"]').count()).toBe(2);
  });

  it('settles each conflict: use the other value, or keep the current one', async () => {
    const { page, server } = app!;
    const status = page.locator('[data-testid="conflict"]', { hasText: 'status' });
    expect(await status.locator('[data-testid="conflict-current"]').textContent()).toBe('doing');
    expect(await status.locator('[data-testid="conflict-other"]').textContent()).toBe('done');
    await status.getByRole('button', { name: 'Use this one' }).click();
    await expect.poll(() => page.locator('[data-testid="conflict"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Keep current' }).click();
    await expect.poll(() => page.locator('[data-testid="conflict"]').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('No conflict.');
    // "Use this one" wrote the phone's value back: the action is done again, off the checklist.
    await page.goto(`${server.url}/today`);
    await page.waitForSelector('[data-testid="checklist"]');
    expect(await page.locator(`[data-action-id="${demo.due[0]!.id}"]`).count()).toBe(0);
  });
});
