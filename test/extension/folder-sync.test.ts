// fake-indexeddb before @jalon/core: Dexie picks up the global indexedDB when it loads.
import 'fake-indexeddb/auto';
import { readdirSync } from 'node:fs';
import { listRecords } from '@jalon/core/storage';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Device, freshFolder, makeExample, PASSWORD, USER } from '../folder/support.ts';
import { type RcloneServer, startRclone } from '../support/rclone.ts';
import { type StaticServer, serveStatic } from '../support/server.ts';
import { openOptions } from './options-page.ts';
import {
  clickMenu,
  type Extension,
  grantActiveTab,
  grantedCopy,
  launchExtension,
  readTable,
  selectContents,
  TEST_PAGES,
} from './support.ts';

/**
 * The extension syncing through a folder on rclone (no CORS headers: the extension reaches the
 * server through the host permission it asks for at set-up), with a device running core in Node.
 */
describe('folder sync in the extension', () => {
  let ext: Extension;
  let pages: StaticServer;
  let rclone: RcloneServer;
  let options: Page;
  let folder: { url: string; root: string };
  const desk = new Device('Claire — bureau');
  let planId = '';

  const clip = async () => {
    const site = await ext.context.newPage();
    await site.goto(`${pages.url}/kpis.html`);
    await selectContents(site, '#intro');
    await clickMenu(ext.worker, await grantActiveTab(ext, site), 'clip-selection');
    await site.close();
  };
  const message = () => options.locator('[data-testid="folder-message"]').textContent();

  beforeAll(async () => {
    rclone = await startRclone({ user: USER, password: PASSWORD });
    folder = await freshFolder(rclone);
    pages = await serveStatic(TEST_PAGES);
    ext = await launchExtension({ language: 'fr', dir: grantedCopy() });
    options = await openOptions(ext);
    planId = await makeExample(desk);
    await desk.setup(folder.url);
    await desk.sync();
  });
  afterAll(async () => {
    await ext?.browser.dispose();
    await pages?.close();
    await rclone?.close();
  });

  it('asks for the server at set-up, in the click, and waits for the answer before sending anything', async () => {
    const plain = await launchExtension({ language: 'fr' });
    try {
      expect((await plain.worker.evaluate(() => chrome.permissions.getAll())).origins ?? []).toEqual([]);
      const page = await openOptions(plain);
      await page.evaluate(() => {
        const calls: unknown[] = [];
        (globalThis as { requested?: unknown[] }).requested = calls;
        const request = chrome.permissions.request.bind(chrome.permissions);
        chrome.permissions.request = ((asked: chrome.permissions.Permissions) => {
          calls.push(asked);
          return request(asked);
        }) as typeof chrome.permissions.request;
      });
      await page.fill('input[name="folder-url"]', folder.url);
      await page.click('text=Tester la connexion');
      await expect
        .poll(() => page.evaluate(() => (globalThis as { requested?: unknown[] }).requested))
        .toEqual([{ origins: ['http://127.0.0.1/*'] }]);
      // The test waits on the user's answer (headless, the prompt cannot be answered): no result yet.
      expect(await page.locator('[data-testid="folder-message"]').textContent()).toBe('Synchronisation…');
    } finally {
      await plain.browser.dispose();
    }
  });

  it('sets up the folder, receives the plan, and moves the inbox’s ideas into it', async () => {
    await clip(); // into the inbox the extension made at install
    const [inboxIdea] = await readTable(ext.worker, 'ideas');
    const inbox = inboxIdea!.planId;
    await options.fill('input[name="folder-url"]', 'http://127.0.0.1:1/nothing/');
    await options.click('text=Tester la connexion');
    await expect.poll(message, { timeout: 30_000 }).toContain('injoignable');

    await options.fill('input[name="folder-url"]', folder.url);
    await options.fill('input[name="folder-user"]', USER);
    await options.fill('input[name="folder-password"]', PASSWORD);
    await options.fill('input[name="folder-device"]', 'Claire — extension');
    await options.click('button[type="submit"]');
    await expect.poll(message, { timeout: 30_000 }).toBe('Configuration enregistrée.');
    expect(await ext.worker.evaluate(() => chrome.alarms.get('jalon-folder-sync'))).toMatchObject({
      periodInMinutes: 5,
    });
    const plans = (await readTable(ext.worker, 'plans')).map((p) => p.id);
    expect(plans).toContain(planId);
    const ideas = await readTable(ext.worker, 'ideas');
    expect(ideas.find((i) => i.id === inboxIdea!.id)?.planId).toBe(planId);
    expect(ideas.filter((i) => i.planId === inbox && !i._d)).toEqual([]);
  });

  it('sends its clips to the plan, and they reach the other device', async () => {
    await clip();
    const ideas = await readTable(ext.worker, 'ideas');
    expect(ideas.every((i) => i.planId === planId)).toBe(true);
    await options.click('text=Synchroniser maintenant');
    await expect.poll(message, { timeout: 30_000 }).toContain('Dernier passage');
    await desk.sync();
    const received = await listRecords(desk.db, 'ideas', planId);
    expect(received.map((i) => i.id).sort()).toEqual(ideas.map((i) => i.id).sort());
    // The inbox plan stays on this device: the folder holds only the shared plan.
    expect(readdirSync(folder.root)).toEqual([planId]);
  });

  it('says the password is refused, and sends nothing more until it is fixed', async () => {
    await options.fill('input[name="folder-password"]', 'wrong-pässword');
    await options.click('text=Tester la connexion');
    await expect.poll(message, { timeout: 30_000 }).toContain('(401)');
  });
});
