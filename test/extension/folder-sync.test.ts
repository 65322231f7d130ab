// fake-indexeddb before @jalon/core: Dexie picks up the global indexedDB when it loads.
import 'fake-indexeddb/auto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { resolveSchedule } from '@jalon/core';
import { editRecord, getRecord, listRecords } from '@jalon/core/storage';
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
    expect(existsSync(join(folder.root, planId, 'calendar.ics'))).toBe(false); // core in Node writes none
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

  it('writes the plan’s calendar beside the files, rewritten only when it changes', async () => {
    const file = join(folder.root, planId, 'calendar.ics');
    const ics = readFileSync(file, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const unfolded = ics.replace(/\r\n /g, '');
    const actions = await listRecords(desk.db, 'actions', planId);
    const placed = resolveSchedule(actions).dates;
    const keyDates = await listRecords(desk.db, 'keyDates', planId);
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(placed.size + keyDates.length);
    for (const id of placed.keys()) expect(unfolded).toContain(`UID:action-${id}@jalon\r\n`);
    expect(unfolded).toContain('Statut\u00a0: '); // the extension's language
    // Nothing changed: not written again.
    const written = statSync(file).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await options.click('text=Synchroniser maintenant');
    await expect.poll(message, { timeout: 30_000 }).toContain('Dernier passage');
    expect(statSync(file).mtimeMs).toBe(written);
    // An action renamed at the desk: the extension's calendar follows.
    const [first] = [...placed.keys()];
    const action = (await getRecord(desk.db, 'actions', first!))!;
    await editRecord(desk.db, 'actions', first!, {
      base: action,
      draft: { ...action, title: 'Salon renommé' },
    });
    await desk.sync();
    await options.click('text=Synchroniser maintenant');
    await expect.poll(message, { timeout: 30_000 }).toContain('Dernier passage');
    expect(readFileSync(file, 'utf8')).toContain('SUMMARY:Salon renommé\r\n');
  });

  it('shows each file’s progress and who wrote each value of a conflict', async () => {
    const phone = new Device('Claire — téléphone');
    await phone.setup(folder.url);
    await phone.sync();
    await options.click('text=Synchroniser maintenant');
    await expect.poll(message, { timeout: 30_000 }).toContain('Dernier passage');
    // The desk and the phone change the same field of one action, each its own way.
    const [action] = await listRecords(desk.db, 'actions', planId);
    for (const [device, title] of [
      [desk, 'Titre du bureau'],
      [phone, 'Titre du téléphone'],
    ] as const) {
      const base = (await getRecord(device.db, 'actions', action!.id))!;
      await editRecord(device.db, 'actions', action!.id, { base, draft: { ...base, title } });
      await device.sync();
    }
    await options.evaluate(() => {
      const seen: string[] = [];
      (globalThis as { progressSeen?: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const shown = document.querySelector('[data-testid="folder-progress"]')?.textContent;
        if (shown && seen.at(-1) !== shown) seen.push(shown);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await options.click('text=Synchroniser maintenant');
    await expect.poll(message, { timeout: 30_000 }).toContain('Dernier passage');
    const seen = await options.evaluate(() => (globalThis as { progressSeen?: string[] }).progressSeen ?? []);
    expect(seen.join(' | ')).toMatch(/Téléchargement\u00a0: [01] \/ 2 fichiers/);
    expect(await options.locator('[data-testid="folder-progress"]').count()).toBe(0); // gone once done

    const conflict = options.locator('.conflict', { hasText: 'Titre du' });
    await expect.poll(() => conflict.count(), { timeout: 10_000 }).toBe(1);
    const by = [
      await conflict.locator('[data-testid="conflict-current-by"]').textContent(),
      await conflict.locator('[data-testid="conflict-other-by"]').textContent(),
    ].sort();
    expect(by).toEqual(['(écrit par Claire — bureau)', '(écrit par Claire — téléphone)']);
    // The devices met in the folder, read-only here.
    const devices = await options.locator('[data-testid="folder-device"]').allTextContents();
    expect(devices[0]).toMatch(/^Claire — extension · cet appareil/);
    expect(
      devices
        .slice(1)
        .map((d) => d.split(' · ')[0])
        .sort(),
    ).toEqual(['Claire — bureau', 'Claire — téléphone']);
  });

  it('says the password is refused, and sends nothing more until it is fixed', async () => {
    await options.fill('input[name="folder-password"]', 'wrong-pässword');
    await options.click('text=Tester la connexion');
    await expect.poll(message, { timeout: 30_000 }).toContain('(401)');
  });

  it('writes no calendar in a folder encrypted end to end', async () => {
    const secret = await freshFolder(rclone);
    const paul = new Device('Bureau de Paul');
    const secretPlan = await makeExample(paul);
    await paul.setup(secret.url, { passphrase: 'phrase de l’équipe' });
    await paul.sync();
    await options.fill('input[name="folder-url"]', secret.url);
    await options.fill('input[name="folder-password"]', PASSWORD);
    await options.fill('input[name="folder-passphrase"]', 'phrase de l’équipe');
    await options.click('button[type="submit"]');
    await expect.poll(message, { timeout: 60_000 }).toBe('Configuration enregistrée.');
    expect((await readTable(ext.worker, 'plans')).map((p) => p.id)).toContain(secretPlan);
    // Send something of its own, so that the extension writes in that plan's folder.
    await clip();
    await options.click('text=Synchroniser maintenant');
    await expect.poll(message, { timeout: 60_000 }).toContain('Dernier passage');
    const files = readdirSync(join(secret.root, secretPlan));
    expect(files.filter((f) => f.endsWith('.json.gz'))).toHaveLength(2);
    expect(files).not.toContain('calendar.ics');
  });
});
