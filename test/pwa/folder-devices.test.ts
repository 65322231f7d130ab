// fake-indexeddb before @jalon/core: Dexie picks up the global indexedDB when it loads.
import 'fake-indexeddb/auto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { deviceId, editRecord, listRecords } from '@jalon/core/storage';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Device, freshFolder, PASSWORD, USER } from '../folder/support.ts';
import { type ApacheServer, startApache } from '../support/apache.ts';
import { type DemoPlan, demoPlan } from './fixtures.ts';
import { rowsOf, setUp, syncNow } from './folder-support.ts';
import { type App, closeApp, importThroughStart, openApp } from './harness.ts';

/**
 * The devices of a plan's folder on the Sync screen, in real Chromium against Apache: each one's
 * name and last write, this device marked, and retiring another one (Paul's lost laptop, a
 * device running core in Node), which comes back later under a new id without losing its edits.
 */

const rows = (page: Page) => page.locator('[data-testid="folder-device"]');
const rowOf = (page: Page, id: string) =>
  page.locator(`[data-testid="folder-device"][data-device-id="${id}"]`);

describe('the devices of a plan’s folder in the PWA', () => {
  let apache: ApacheServer;
  let phone: App | undefined;
  let demo: DemoPlan;
  let folder: { url: string; root: string };
  const paul = new Device('Bureau de Paul');

  beforeAll(async () => {
    demo = await demoPlan('fr');
    apache = await startApache({ user: USER, password: PASSWORD, cors: true });
    folder = await freshFolder(apache);
    phone = await openApp();
  });
  afterAll(async () => {
    await closeApp(phone);
    await apache?.close();
  });

  it('lists every device with a file in the plan’s folder, its name, its last write, and this one', async () => {
    const { page, server } = phone!;
    await importThroughStart(page, server.url, demo.bundle);
    await setUp(page, server.url, folder.url, 'Claire — téléphone');
    await paul.setup(folder.url);
    await paul.sync();
    const [action] = await listRecords(paul.db, 'actions', demo.planId);
    await editRecord(paul.db, 'actions', action!.id, {
      base: action!,
      draft: { ...action!, title: 'Renommée au bureau de Paul' },
    });
    await paul.sync();
    await syncNow(page, server.url);
    await expect.poll(() => rows(page).count(), { timeout: 10_000 }).toBe(2);
    const [mine, his] = await rows(page).allTextContents();
    expect(mine).toMatch(/^Claire — téléphone · cet appareil/);
    expect(mine).toMatch(/Dernière écriture\u00a0: (maintenant|il y a)/);
    expect(his).toMatch(/^Bureau de Paul/);
    expect(his).toMatch(/Dernière écriture\u00a0: (maintenant|il y a)/);
    expect(his).not.toContain(' · cet appareil');
    // Only other devices can be retired.
    expect(await rows(page).first().getByRole('button', { name: 'Retirer cet appareil' }).count()).toBe(0);
  });

  it('retires another device after a confirmation that says what it does', async () => {
    const { page } = phone!;
    const id = await deviceId(paul.db);
    const marker = join(folder.root, demo.planId, `${id}.retired`);
    const row = rowOf(page, id);
    await row.getByRole('button', { name: 'Retirer cet appareil' }).click();
    const ask = page.locator('[data-testid="retire-confirm"]');
    expect(await ask.textContent()).toContain('Retirer «\u00a0Bureau de Paul\u00a0»\u202f?');
    expect(await ask.textContent()).toContain(
      'Son dernier fichier reste dans le dossier et continue d’être lu',
    );
    await ask.getByRole('button', { name: 'Annuler' }).click();
    expect(await ask.count()).toBe(0);
    expect(existsSync(marker)).toBe(false);

    await row.getByRole('button', { name: 'Retirer cet appareil' }).click();
    await page.locator('[data-testid="retire-confirm"]').getByRole('button', { name: 'Retirer' }).click();
    await expect
      .poll(() => page.locator('[data-testid="retire-message"]').textContent(), { timeout: 40_000 })
      .toBe('«\u00a0Bureau de Paul\u00a0» est retiré.');
    expect(existsSync(marker)).toBe(true);
    await expect.poll(() => row.textContent()).toContain('retiré');
    expect(await row.getByRole('button').count()).toBe(0);
    // What it wrote stays in the plan.
    const titles = (await rowsOf(page, 'actions')).map((a) => a.title);
    expect(titles).toContain('Renommée au bureau de Paul');
  });

  it('takes the retired device back under a new id, with what it wrote while away', async () => {
    const { page, server } = phone!;
    const old = await deviceId(paul.db);
    const [, action] = await listRecords(paul.db, 'actions', demo.planId);
    await editRecord(paul.db, 'actions', action!.id, {
      base: action!,
      draft: { ...action!, title: 'Écrite pendant le retrait' },
    });
    expect(await paul.sync()).toMatchObject({ ok: true, renewed: true });
    const renewed = await deviceId(paul.db);
    expect(renewed).not.toBe(old);
    await syncNow(page, server.url);
    const titles = (await rowsOf(page, 'actions')).map((a) => a.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Renommée au bureau de Paul', 'Écrite pendant le retrait']),
    );
    await expect.poll(() => rows(page).count(), { timeout: 10_000 }).toBe(3);
    expect(await rowOf(page, old).textContent()).toContain('retiré');
    const back = (await rowOf(page, renewed).textContent()) ?? '';
    expect(back).toMatch(/^Bureau de Paul/);
    expect(back).not.toContain('retiré');
  });
});
