// fake-indexeddb before @jalon/core: Dexie picks up the global indexedDB when it loads.
import 'fake-indexeddb/auto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deviceId, editRecord, getRecord, listConflicts } from '@jalon/core/storage';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOptions } from '../extension/options-page.ts';
import {
  clickMenu,
  type Extension,
  grantActiveTab,
  grantedCopy,
  launchExtension,
  readTable,
  selectContents,
  TEST_PAGES,
} from '../extension/support.ts';
import { Device, freshFolder, PASSWORD, USER } from '../folder/support.ts';
import { type ApacheServer, startApache } from '../support/apache.ts';
import { type ProxiedRclone, startProxiedRclone } from '../support/cors-proxy.ts';
import { type RcloneServer, startRclone } from '../support/rclone.ts';
import { type StaticServer, serveStatic } from '../support/server.ts';
import { type DemoPlan, demoPlan } from './fixtures.ts';
import { fillSetup, message, rowsOf, setUp, syncNow, testConnection } from './folder-support.ts';
import { type App, closeApp, importThroughStart, openApp } from './harness.ts';

/**
 * Folder sync in the PWA, in real Chromium against real servers: Apache with the CORS headers a
 * page needs, rclone without them. Two phones/desks (each a browser profile of its own) and a
 * third device running core in Node share one folder; faults come from the server itself.
 */

async function kpiValues(page: Page, kpiId: string): Promise<number[]> {
  return (await rowsOf(page, 'kpiEntries')).filter((e) => e.kpiId === kpiId).map((e) => e.value as number);
}

describe('folder sync in the PWA', () => {
  let apache: ApacheServer;
  let rclone: RcloneServer;
  let phone: App | undefined;
  let desk: App | undefined;
  let demo: DemoPlan;
  let folder: { url: string; root: string };
  const node = new Device('Bureau de Paul');
  let ext: Extension | undefined;
  let options: Page;
  let pages: StaticServer;
  const extMessage = () => options.locator('[data-testid="folder-message"]').textContent();
  const extSync = async () => {
    await options.click('text=Synchroniser maintenant');
    await expect.poll(extMessage, { timeout: 40_000 }).toContain('Dernier passage');
  };
  const log: string[] = [];

  beforeAll(async () => {
    demo = await demoPlan('fr');
    apache = await startApache({ user: USER, password: PASSWORD, cors: true, refusals: true });
    rclone = await startRclone({ user: USER, password: PASSWORD });
    folder = await freshFolder(apache);
    phone = await openApp();
    desk = await openApp();
    for (const [name, app] of [
      ['phone', phone],
      ['desk', desk],
    ] as const) {
      app.page.on('console', (m) => log.push(`${name}: ${m.text()}`));
      app.page.on('request', (r) => log.push(`${name}: ${r.url()}`));
    }
  });
  afterAll(async () => {
    await closeApp(phone);
    await closeApp(desk);
    await ext?.browser.dispose();
    await pages?.close();
    await apache?.close();
    await rclone?.close();
  });

  it('names what is wrong when testing the connection, in the user’s language', async () => {
    const { page, server } = phone!;
    await fillSetup(page, server.url, { url: rclone.url, password: PASSWORD });
    expect(await testConnection(page)).toContain('refuse cette page'); // rclone sends no CORS headers
    await fillSetup(page, server.url, { url: folder.url, password: 'wrong-pässword' });
    expect(await testConnection(page)).toContain('(401)');
    await fillSetup(page, server.url, { url: `${apache.url}missing/`, password: PASSWORD });
    expect(await testConnection(page)).toContain('(404)');
    await page.click('text=Créer le dossier');
    await expect.poll(() => message(page).textContent(), { timeout: 30_000 }).toBe('Dossier créé.');
    expect(await testConnection(page)).toContain('Connexion réussie');
    await fillSetup(page, server.url, { url: 'http://jalon-nowhere.invalid/dav/', password: PASSWORD });
    expect(await testConnection(page)).toContain('injoignable');
    await fillSetup(page, server.url, { url: folder.url, password: PASSWORD });
    await phone!.browser.context.setOffline(true);
    expect(await testConnection(page)).toContain('Pas de réseau');
    await phone!.browser.context.setOffline(false);

    // Real refusals from Apache (test/support/apache.ts), each with its whole sentence, in both languages.
    const refusals = [
      {
        url: `${apache.url}denied/`,
        // The server's own words follow (a 403 often says why), from its error page's body.
        fr: "Accès interdit à ce dossier (403). Forbidden You don't have permission to access this resource.",
        en: "Access to this folder is forbidden (403). Forbidden You don't have permission to access this resource.",
      },
      {
        url: `${apache.url}static/`,
        fr: 'Cette adresse n’est pas un dossier WebDAV (405)\u202f: vérifiez l’adresse.',
        en: 'This address is not a WebDAV folder (405): check the address.',
      },
      {
        url: `${apache.url}full/`,
        fr: 'Plus de place sur le serveur (507)\u202f: la lecture continue, l’envoi attend. Libérez de l’espace.',
        en: 'The server is out of space (507): reading goes on, sending waits. Free some space.',
      },
    ];
    for (const lang of ['fr', 'en'] as const) {
      await page.selectOption('header .lang select', lang);
      for (const refusal of refusals) {
        await fillSetup(page, server.url, { url: refusal.url, password: PASSWORD });
        const text = await testConnection(page, lang);
        expect(text).toBe(refusal[lang]);
        expect(await message(page).getAttribute('role')).toBe('alert');
      }
    }
    await page.selectOption('header .lang select', 'fr');
  });

  it('takes a plan made on the phone to the desk, with its calendar beside the files', async () => {
    await importThroughStart(phone!.page, phone!.server.url, demo.bundle);
    await setUp(phone!.page, phone!.server.url, folder.url, 'Claire — téléphone');
    await expect
      .poll(() => phone!.page.locator('[data-testid="folder-last-sync"]').textContent(), { timeout: 30_000 })
      .toMatch(/il y a|maintenant/);
    await setUp(desk!.page, desk!.server.url, folder.url, 'Claire — bureau');
    const files = readdirSync(join(folder.root, demo.planId)).sort();
    // The phone's file (the desk, which only received so far, has nothing of its own to write).
    expect(files.filter((f) => f.endsWith('.json.gz'))).toHaveLength(1);
    expect(files).toContain('calendar.ics');
    // The desk opens the plan it received.
    await desk!.page.goto(`${desk!.server.url}/start`);
    await desk!.page.click(`[data-testid="plan-list"] button`);
    await desk!.page.waitForURL(/\/today/);
    await desk!.page.waitForSelector('[data-testid="checklist"]');
  });

  it('lets the extension join: it receives the plan, and its clip reaches the phone’s ideas', async () => {
    pages = await serveStatic(TEST_PAGES);
    ext = await launchExtension({ language: 'fr', dir: grantedCopy() });
    options = await openOptions(ext);
    await options.fill('input[name="folder-url"]', folder.url);
    await options.fill('input[name="folder-user"]', USER);
    await options.fill('input[name="folder-password"]', PASSWORD);
    await options.fill('input[name="folder-device"]', 'Claire — extension');
    await options.click('button[type="submit"]');
    await expect.poll(extMessage, { timeout: 40_000 }).toBe('Configuration enregistrée.');
    expect((await readTable(ext.worker, 'plans')).map((p) => p.id)).toContain(demo.planId);
    const before = new Set((await readTable(ext.worker, 'ideas')).map((i) => i.id));
    const site = await ext.context.newPage();
    await site.goto(`${pages.url}/kpis.html`);
    await selectContents(site, '#intro');
    await clickMenu(ext.worker, await grantActiveTab(ext, site), 'clip-selection');
    await site.close();
    const clipped = (await readTable(ext.worker, 'ideas')).filter((i) => !before.has(i.id));
    expect(clipped.map((i) => i.planId)).toEqual([demo.planId]); // the synced plan, not the inbox
    await extSync();
    await syncNow(phone!.page, phone!.server.url);
    const ideas = await rowsOf(phone!.page, 'ideas');
    expect(ideas.map((i) => i.id)).toContain(clipped[0]!.id);
  });

  it('brings a KPI entered offline on the phone to the desk once the phone is online', async () => {
    const { page, server, browser } = phone!;
    const kpiId = demo.kpiId;
    await browser.context.setOffline(true);
    await page.goto(`${server.url}/kpi?kpi=${encodeURIComponent(kpiId)}`);
    await page.waitForSelector('#kpi-value');
    await page.fill('#kpi-value', '12,5 %');
    await page.click('button[type="submit"]');
    await expect
      .poll(() => page.locator('[data-testid="kpi-saved"]').textContent(), { timeout: 10_000 })
      .toContain('12,5');
    await browser.context.setOffline(false); // the phone syncs when the network returns
    await expect
      .poll(
        async () => {
          await syncNow(desk!.page, desk!.server.url);
          return kpiValues(desk!.page, kpiId);
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toContain(12.5);
  });

  it('keeps one conflict on every device, with the device that wrote each value', async () => {
    const [first] = demo.due;
    await node.setup(folder.url);
    await node.sync();
    // The phone ticks the action off; Paul's device, meanwhile, puts it in progress.
    const { page, server } = phone!;
    await page.goto(`${server.url}/today`);
    await page.locator(`[data-action-id="${first!.id}"] input[type="checkbox"]`).first().click();
    await page.waitForSelector(`[data-action-id="${first!.id}"]`, { state: 'detached' });
    const before = (await getRecord(node.db, 'actions', first!.id))!;
    await editRecord(node.db, 'actions', first!.id, { base: before, draft: { ...before, status: 'doing' } });
    await node.sync();
    await syncNow(page, server.url);
    await node.sync();
    await syncNow(desk!.page, desk!.server.url);
    for (const app of [phone!, desk!]) {
      await app.page.goto(`${app.server.url}/sync`);
      await expect
        .poll(() => app.page.locator('[data-testid="conflict"]').count(), { timeout: 10_000 })
        .toBe(1);
      const by = await app.page.locator('[data-testid="conflict"] dd.muted').allTextContents();
      expect(by.join(' ')).toMatch(/Bureau de Paul|Claire — téléphone|cet appareil/);
    }
    expect((await listConflicts(node.db)).map((c) => c.field)).toEqual(['status']);
    await extSync();
    expect((await readTable(ext!.worker, 'conflicts')).map((c) => c.field)).toContain('status');
  });

  it('loses nothing when the server fails, stops, is full, holds junk, or the password changes', async () => {
    const { page, server } = phone!;
    const kpiId = demo.kpiId;
    const enter = async (value: string) => {
      await page.goto(`${server.url}/kpi?kpi=${encodeURIComponent(kpiId)}`);
      await page.waitForSelector('#kpi-value');
      await page.fill('#kpi-value', value);
      await page.click('button[type="submit"]');
      await expect
        .poll(() => page.locator('[data-testid="kpi-saved"]').textContent(), { timeout: 10_000 })
        .toContain(value.split(' ')[0]);
    };
    // A full disk, then a 500 on upload: the round says so; the value stays on the phone.
    apache.fault('put-507', true);
    await enter('13 %');
    expect(await syncNow(page, server.url)).toContain('(507)');
    apache.fault('put-507', false);
    apache.fault('put-500', true);
    await enter('14 %');
    expect(await syncNow(page, server.url)).toContain('Erreur du serveur');
    apache.fault('put-500', false);
    // The server goes down.
    await apache.stop();
    await enter('15 %');
    expect(await syncNow(page, server.url)).toContain('injoignable');
    await apache.start();
    // Paul's file turns to junk: refused and named, the others still sync.
    const paul = await deviceId(node.db);
    writeFileSync(join(folder.root, demo.planId, `${paul}.json.gz`), '<html>not a file</html>');
    const status = await syncNow(page, server.url);
    expect(status).toContain('Bureau de Paul');
    expect(await kpiValues(page, kpiId)).toEqual(expect.arrayContaining([13, 14, 15]));
    await expect
      .poll(
        async () => {
          await syncNow(desk!.page, desk!.server.url);
          return kpiValues(desk!.page, kpiId);
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toEqual(expect.arrayContaining([12.5, 13, 14, 15]));
    // The app password is revoked: 401, automatic rounds pause; a new one resumes them.
    apache.setPassword('new-app-pässword');
    expect(await syncNow(page, server.url)).toContain('(401)');
    expect(await page.locator('[data-testid="folder-status"]').textContent()).toContain('en pause');
    await fillSetup(page, server.url, { url: folder.url, password: 'new-app-pässword' });
    await page.click('button[type="submit"]');
    await expect
      .poll(() => message(page).textContent(), { timeout: 30_000 })
      .toContain('Configuration enregistrée');
    expect(await page.locator('[data-testid="folder-status"]').textContent()).not.toContain('(401)');
    // No secret in any address the pages asked for, nor in anything they logged.
    for (const line of log) {
      expect(line).not.toContain(PASSWORD);
      expect(line).not.toContain('new-app-pässword');
      expect(line).not.toContain(encodeURIComponent(PASSWORD));
    }
  });
});

/**
 * The same journey through rclone, a second WebDAV implementation: rclone 1.60 sends no CORS
 * headers, so the pages reach it through Apache adding them (as a Nextcloud behind a reverse proxy).
 */
describe('folder sync in the PWA through rclone behind a CORS proxy', () => {
  let proxied: ProxiedRclone;
  let phone: App | undefined;
  let desk: App | undefined;
  let demo: DemoPlan;

  beforeAll(async () => {
    demo = await demoPlan('fr');
    proxied = await startProxiedRclone({ user: USER, password: PASSWORD });
    phone = await openApp();
    desk = await openApp();
  });
  afterAll(async () => {
    await closeApp(phone);
    await closeApp(desk);
    await proxied?.close();
  });

  it('takes the plan from the phone to the desk, and a KPI entered offline once online', async () => {
    const folder = await freshFolder({ url: proxied.url, root: proxied.rclone.root });
    await importThroughStart(phone!.page, phone!.server.url, demo.bundle);
    await setUp(phone!.page, phone!.server.url, folder.url, 'Claire — téléphone');
    await setUp(desk!.page, desk!.server.url, folder.url, 'Claire — bureau');
    expect((await rowsOf(desk!.page, 'plans')).map((p) => p.id)).toContain(demo.planId);
    const kpiId = demo.kpiId;
    const { page, server, browser } = phone!;
    await browser.context.setOffline(true);
    await page.goto(`${server.url}/kpi?kpi=${encodeURIComponent(kpiId)}`);
    await page.waitForSelector('#kpi-value');
    await page.fill('#kpi-value', '12,5 %');
    await page.click('button[type="submit"]');
    await expect
      .poll(() => page.locator('[data-testid="kpi-saved"]').textContent(), { timeout: 10_000 })
      .toContain('12,5');
    await browser.context.setOffline(false);
    await expect
      .poll(
        async () => {
          await syncNow(desk!.page, desk!.server.url);
          return kpiValues(desk!.page, kpiId);
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toContain(12.5);
  });
});
