// fake-indexeddb before core: Dexie picks up the global indexedDB when it loads (see fixtures.ts).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScreen, type Seeded, seedExample } from './desk-support.ts';
import { type App, closeApp, openApp, writeTemp } from './harness.ts';

const DAY = 86_400_000;

/** The Sync screen's export (a download on a desktop browser), as text. */
async function exportFromPage(app: App): Promise<string> {
  await app.page.goto(`${app.server.url}/sync`);
  const [file] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: 'Export the plan' }).click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

/** The bundle with one action's title written by another device at `stamp` (skewed or forged). */
function restamped(text: string, actionId: string, stamp: string): string {
  const bundle = JSON.parse(text);
  const row = bundle.tables.actions.find((r: { id: string }) => r.id === actionId);
  row.title = 'Title from a skewed clock';
  row._f = { ...row._f, title: stamp };
  bundle.device = 'ffffffffffffffff';
  return JSON.stringify(bundle);
}

async function importFile(page: Page, baseUrl: string, text: string) {
  await page.goto(`${baseUrl}/sync`);
  await page.setInputFiles('#import-file', await writeTemp('skewed.json', text));
  await page.waitForSelector('[data-testid="import-report"], [data-testid="import-error"]');
}

/**
 * A write the device cannot store (a full disk) is refused whole, with a translated sentence, and
 * the screen shows what is really stored. An imported stamp from a wrong clock never leaves a
 * field that cannot be edited.
 */
describe('writes that fail, and clocks that lie', () => {
  let app: App | undefined;
  let seed: Seeded;
  beforeAll(async () => {
    app = await openApp({ locale: 'en-GB' });
    // Persistent storage escapes the quota the disk-full test sets: this browser does not grant it,
    // as a browser that saw little use of the site would not.
    const cdp = await app.browser.context.newCDPSession(app.page);
    await cdp.send('Browser.setPermission', {
      permission: { name: 'persistent-storage' },
      setting: 'denied',
      origin: app.server.url,
    });
    seed = await seedExample(app, 'en');
  });
  afterAll(() => closeApp(app));

  it('refuses every field of an impossible or far-future file, and keeps the field editable', async () => {
    const { page, server } = app!;
    const action = seed.records('actions').find((a) => !a.relativeTo)!;
    const exported = await exportFromPage(app!);
    for (const [stamp, message] of [
      ['2026-13-01T10:00:00.000Z-0000-ffffffffffffffff', 'impossible change date'],
      [`${new Date(Date.now() + 3 * 366 * DAY).toISOString()}-0000-ffffffffffffffff`, 'clock runs far ahead'],
    ] as const) {
      await importFile(page, server.url, restamped(exported, action.id, stamp));
      expect(await page.locator('[data-testid="import-error"]').textContent()).toContain(message);
    }
    // A clock some months ahead is kept and reported, and the field still takes a later edit.
    const ahead = `${new Date(Date.now() + 120 * DAY).toISOString()}-0000-ffffffffffffffff`;
    await importFile(page, server.url, restamped(exported, action.id, ahead));
    expect(await page.locator('[data-testid="import-report"]').textContent()).toMatch(/ahead|clock/i);
    await openScreen(app!, '/actions');
    const row = page.locator(`li[data-action="${action.id}"]`);
    await expect.poll(() => row.locator('.action-title').textContent()).toBe('Title from a skewed clock');
    await row.getByRole('button', { name: 'Edit' }).click();
    await row.locator('input[name="title"]').fill('Edited after the skewed file');
    await row.getByRole('button', { name: 'Save' }).click();
    await row.locator('form').waitFor({ state: 'detached' });
    await expect.poll(() => row.locator('.action-title').textContent()).toBe('Edited after the skewed file');
    await page.reload();
    await expect.poll(() => row.locator('.action-title').textContent()).toBe('Edited after the skewed file');
  });

  it('says in words that the disk is full, writes nothing half-way, and shows what is stored', async () => {
    const { page, server } = app!;
    await openScreen(app!, '/actions');
    // A real quota, through the DevTools protocol: one byte, a full disk. (Chromium checks a write
    // against the usage it last counted, which may lag, so a quota merely below the usage is not
    // enough to refuse a small write.)
    const cdp = await app!.browser.context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url, quotaSize: 1 });
    // The database reads its quota when it is opened: leave the origin until it closes, then come back.
    await page.goto('about:blank');
    await page.waitForTimeout(3_000);
    await openScreen(app!, '/actions');
    try {
      const action = seed.records('actions').filter((a) => !a.relativeTo)[1]!;
      const row = page.locator(`li[data-action="${action.id}"]`);
      await row.getByRole('button', { name: 'Edit' }).click();
      await row.locator('input[name="title"]').fill('A title that will not fit');
      // Text that does not compress (the database compresses what it stores).
      let random = 20261130;
      const noise = Array.from({ length: 19_000 }, () => {
        random = (random * 1_103_515_245 + 12_345) % 2_147_483_648;
        return String.fromCharCode(33 + (random % 90));
      }).join('');
      await row.locator('textarea').first().fill(noise);
      await row.getByRole('button', { name: 'Save' }).click();
      const alert = row.locator('[role="alert"]');
      await expect.poll(() => alert.textContent()).toContain('out of storage space');
      expect(await alert.textContent()).not.toMatch(/QuotaExceeded|Error/);
      // The form keeps what was typed; nothing of it was stored.
      expect(await row.locator('input[name="title"]').inputValue()).toBe('A title that will not fit');
      await row.getByRole('button', { name: 'Cancel' }).click();
      expect(await row.locator('.action-title').textContent()).toBe(action.title);

      // A tick that cannot be stored unticks itself, with the same sentence.
      await page.goto(`${server.url}/today`);
      const box = page.locator('[data-testid="action-item"] input[type="checkbox"]').first();
      await box.waitFor();
      await box.click();
      await expect
        .poll(() => page.locator('[data-testid="toast"]').textContent())
        .toContain('out of storage space');
      expect(await box.isChecked()).toBe(false);
    } finally {
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url });
    }
    await page.reload();
    await openScreen(app!, '/actions');
    expect(await page.locator('main').textContent()).not.toContain('A title that will not fit');
  });
});
