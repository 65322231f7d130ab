import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choosePlan, openOptions } from '../extension/options-page.ts';
import {
  clickMenu,
  type Extension,
  FIXTURE_PAGES,
  grantActiveTab,
  launchExtension,
  openExtensionWindow,
  readTable,
} from '../extension/support.ts';
import { assertBuilt, DIST, PHONE, waitForServiceWorker } from '../pwa/harness.ts';
import { type Browser, launch } from '../support/chromium.ts';
import { type StaticServer, serveStatic } from '../support/server.ts';
import {
  appExport,
  appImport,
  extensionExport,
  extensionImport,
  type Lang,
  type PlanFile,
  planOf,
  type Row,
  selectParagraph,
  words,
} from './journey-support.ts';

/**
 * One plan across browser and phone, as a user lives it: the plan made on the phone from the
 * example, taken to the desktop browser's extension by file; an idea and a figure clipped from
 * real pages there and an action renamed; meanwhile, offline on the phone, two actions ticked
 * off, a KPI entered after an event and the same action renamed. Files carried both ways, then
 * both apps hold the same plan, with the one real conflict kept for review on each side.
 */
describe.each(['fr', 'en'] as const)('one plan across browser and phone (%s)', (lang: Lang) => {
  const w = words[lang];
  const files = mkdtempSync(join(tmpdir(), `jalon-journey-${lang}-`));
  let app: StaticServer;
  let pages: StaticServer;
  let phoneBrowser: Browser;
  let phone: Page;
  let ext: Extension;
  let options: Page;
  // What the journey made, to check at the end.
  let plan: PlanFile;
  /** The ideas the example plan comes with, waiting in its inbox. */
  let exampleIdeas: Set<unknown>;
  let lever: Row;
  let percentKpi: Row;
  let eventKpi: Row;
  let idea: Row;
  let ticked: string[] = [];
  let renamed: Row;
  const last: { app?: string; extension?: string } = {};

  beforeAll(async () => {
    assertBuilt();
    app = await serveStatic(DIST, { spa: true });
    pages = await serveStatic(FIXTURE_PAGES);
    phoneBrowser = await launch({ locale: w.locale, viewport: PHONE });
    phone = phoneBrowser.context.pages()[0] ?? (await phoneBrowser.context.newPage());
    ext = await launchExtension({ locale: w.locale, language: lang });
    options = await openOptions(ext);
  });
  afterAll(async () => {
    await phoneBrowser?.dispose();
    await ext?.browser.dispose();
    await app?.close();
    await pages?.close();
    rmSync(files, { recursive: true, force: true });
  });

  const read = (path: string) => readFileSync(path, 'utf8');
  const rows = (table: string) => plan.tables[table] ?? [];

  it('makes the plan on the phone from the example and exports it', async () => {
    await phone.goto(app.url);
    await phone.waitForURL(/\/start$/);
    await waitForServiceWorker(phone); // installed online once, so that it runs offline later
    await phone.click('a[data-mode="example"]');
    await phone.click('button.primary');
    await phone.waitForURL(/\/today/);
    await phone.waitForSelector('[data-testid="checklist"]');
    // The two actions to tick off later: the first two on the checklist, whichever its section.
    ticked = await phone
      .locator('[data-testid="action-item"]')
      .evaluateAll((items) => items.slice(0, 2).map((li) => li.getAttribute('data-action-id') ?? ''));
    expect(ticked).toHaveLength(2);

    const exported = (await appExport(phone, app.url, files, 'phone-1.json')).path;
    plan = planOf(read(exported));
    expect(rows('plans')).toEqual([expect.objectContaining({ name: expect.stringMatching(w.example) })]);
    lever = rows('levers')[0]!;
    // The percent KPI on the scale of the figure clipped below (50 %): the open rate, from 18 %. On
    // one from 4 %, the window would first ask whether 50 % is right (kpi.test.ts covers that).
    percentKpi = rows('kpis')
      .filter((k) => k.unit === 'percent')
      .sort((a, b) => Number(b.baseline) - Number(a.baseline))[0]!;
    eventKpi = rows('kpis').find((k) => k.unit === 'number')!;
    renamed = rows('actions').find((a) => !a.relativeTo && !ticked.includes(a.id))!;
    // The example is half done; the two to tick are still open.
    expect(rows('actions').filter((a) => ticked.includes(String(a.id)) && a.status === 'done')).toEqual([]);
    exampleIdeas = new Set(rows('ideas').map((i) => i.id));

    const { report } = await extensionImport(options, exported);
    expect(report).toMatchObject({ updated: 0, conflicts: 0 });
    expect(report.added).toBe(Object.values(plan.tables).flat().length);
    await choosePlan(options, String(rows('plans')[0]!.name));
  });

  it('clips a paragraph of a real page in the popup, as an idea linked to a lever', async () => {
    const site = await ext.context.newPage();
    const url = `${pages.url}/gitlab-blog/source.html`;
    await site.goto(url, { waitUntil: 'domcontentloaded' });
    const selected = await selectParagraph(site, '74%');
    // The toolbar icon (or the shortcut) grants the tab and opens the popup over it.
    await grantActiveTab(ext, site);
    await site.bringToFront();
    const popup = await openExtensionWindow(ext, 'src/popup/index.html');
    await popup.waitForSelector('form.capture');
    expect(await popup.inputValue('textarea[name=text]')).toContain('74%');
    await popup.getByLabel(w.lever).selectOption(String(lever.id));
    await popup.getByRole('button', { name: w.save, exact: true }).click();
    await popup.getByRole('status').filter({ hasText: w.saved }).waitFor();
    await popup.close();

    const ideas = ((await readTable(ext.worker, 'ideas')) as Row[]).filter((i) => !exampleIdeas.has(i.id));
    expect(ideas).toHaveLength(1);
    idea = ideas[0]!;
    expect(idea).toMatchObject({ leverId: lever.id, pageUrl: url, status: 'inbox', kind: 'selection' });
    // The popup opened on the page's tags; the save took Readability's reading (the byline).
    expect(idea.metadata).toMatchObject({ author: 'Dave Steer', siteName: 'GitLab' });
    expect(String(idea.text).replace(/\s+/g, ' ')).toBe(selected.trim().replace(/\s+/g, ' '));
    await site.close();
  });

  it('records a figure of a selection as a value of the KPI the user picks', async () => {
    const site = await ext.context.newPage();
    const url = `${pages.url}/medium-1/source.html`;
    await site.goto(url, { waitUntil: 'domcontentloaded' });
    const selectionText = await selectParagraph(site, '50% of student newsrooms');
    const tabId = await grantActiveTab(ext, site);
    const opened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('pending=') });
    await clickMenu(ext.worker, tabId, 'record-figure', { selectionText });
    const window = await opened;
    await window.waitForSelector('body[data-ready="true"]');
    const figure = window.locator('li.figure', { hasText: '50%' });
    await figure.getByLabel(w.kpiForFigure).selectOption(String(percentKpi.id));
    const closed = window.waitForEvent('close');
    await window.getByRole('button', { name: w.recordValue }).click();
    await closed;

    const clipped = ((await readTable(ext.worker, 'kpiEntries')) as Row[]).filter((e) => e.source === 'clip');
    expect(clipped).toEqual([
      expect.objectContaining({ kpiId: percentKpi.id, value: 50, source: 'clip', sourceUrl: url }),
    ]);
    await site.close();
  });

  it("renames an action in the extension's Plan actions", async () => {
    await options.reload();
    await options.waitForSelector('main[data-ready="true"]');
    await options.getByRole('button', { name: w.rename(String(renamed.title)) }).click();
    const field = options.locator(`li[data-action-id="${renamed.id}"]`).getByLabel(w.titleField);
    await field.fill(w.extTitle);
    await field.press('Enter');
    await expect
      .poll(() => options.locator(`li[data-action-id="${renamed.id}"] .action-title`).textContent())
      .toBe(w.extTitle);
  });

  it('meanwhile, offline on the phone: ticks two actions, enters a KPI value, renames the same action', async () => {
    await phoneBrowser.context.setOffline(true);
    await phone.goto(`${app.url}/today`);
    await phone.waitForSelector('.offline-note'); // the app says so: it runs from its cache
    for (const id of ticked) {
      const item = phone.locator(`[data-action-id="${id}"]`);
      await item.locator('input[type="checkbox"]').first().click(); // ticked, it leaves the list
      await item.waitFor({ state: 'detached' });
    }

    // After the event: the KPI screen, its value typed as written.
    await phone.goto(`${app.url}/kpi?kpi=${eventKpi.id}`);
    await phone.fill('#kpi-value', w.manualValue);
    await phone.click('.kpi-form button[type="submit"]');
    await expect.poll(() => phone.locator('[data-testid="kpi-saved"]').textContent()).toContain('42');

    await phone.goto(`${app.url}/actions`);
    const row = phone.locator(`li[data-action="${renamed.id}"]`);
    await row.getByRole('button', { name: w.edit }).click();
    await row.locator('input[name="title"]').fill(w.appTitle);
    await row.getByRole('button', { name: w.save }).click();
    await expect.poll(() => row.locator('.action-title').textContent()).toBe(w.appTitle);
  });

  it('carries the files both ways: extension → phone, then phone → extension', async () => {
    const fromExtension = (await extensionExport(options, lang, files, 'desk-1.json')).path;
    // The phone merges the idea, the clipped value, the extension's inbox plan (made at install,
    // empty) and the other title: a real conflict. (Whether the action counts as updated depends
    // on which title won, checked below from the stamps.)
    expect((await appImport(phone, app.url, fromExtension)).report).toMatchObject({
      added: 3,
      deleted: 0,
      conflicts: 1,
    });
    const fromPhone = (await appExport(phone, app.url, files, 'phone-2.json')).path;
    // The extension merges the manual value, two ticked actions and the title; the conflict the
    // phone found comes with the file.
    expect((await extensionImport(options, fromPhone)).report).toMatchObject({
      added: 1,
      updated: 3,
      deleted: 0,
      conflicts: 1,
    });
  });

  it('leaves both databases holding the same plan', async () => {
    last.app = read((await appExport(phone, app.url, files, 'phone-3.json')).path);
    last.extension = read((await extensionExport(options, lang, files, 'desk-2.json')).path);
    const onPhone = planOf(last.app);
    expect(planOf(last.extension)).toEqual(onPhone);
    plan = onPhone;

    expect(rows('ideas').filter((i) => !exampleIdeas.has(i.id))).toEqual([
      expect.objectContaining({ id: idea.id, leverId: lever.id }),
    ]);
    const entries = rows('kpiEntries');
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kpiId: eventKpi.id, value: 42, source: 'manual' }),
        expect.objectContaining({ kpiId: percentKpi.id, value: 50, source: 'clip' }),
      ]),
    );
    for (const id of ticked)
      expect(rows('actions').find((a) => a.id === id)).toMatchObject({ status: 'done' });
  });

  it('shows the clipped idea with its source, and both KPI values, on the phone', async () => {
    await phone.goto(`${app.url}/ideas`);
    // Beside the example's own ideas, the clipped one.
    const card = phone.locator('[data-testid="idea"]', { has: phone.locator(`a[href="${idea.pageUrl}"]`) });
    await expect.poll(() => card.count()).toBe(1);
    const source = card.locator(`a[href="${idea.pageUrl}"]`);
    expect(await source.isVisible()).toBe(true);
    expect(await card.locator('.idea-text').textContent()).toContain('74%');

    for (const [kpi, value] of [
      [eventKpi, /^42$/],
      [percentKpi, /^50\s?%$/u],
    ] as const) {
      await phone.goto(`${app.url}/kpi?kpi=${kpi.id}`);
      const latest = phone.locator('[data-testid="kpi-status"] dd').first();
      await expect.poll(() => latest.textContent()).toMatch(value);
    }
  });

  it('shows the ticked actions done on both sides', async () => {
    await phone.goto(`${app.url}/actions`);
    for (const id of ticked) {
      const row = phone.locator(`li[data-action="${id}"]`);
      await expect.poll(() => row.locator('.chip').first().textContent()).toBe(w.appDone);
    }
    await options.reload();
    await options.waitForSelector('.plan-actions li');
    for (const id of ticked)
      expect(await options.locator(`li[data-action-id="${id}"] .status`).textContent()).toBe(w.extensionDone);
  });

  it('keeps one title, and the other in the conflicts list of both apps', async () => {
    const action = rows('actions').find((a) => a.id === renamed.id)!;
    const conflicts = planOf(last.app!).conflicts;
    expect(conflicts).toHaveLength(1);
    const conflict = conflicts[0]!;
    expect(conflict).toMatchObject({ table: 'actions', recordId: renamed.id, field: 'title' });
    // Last writer wins: the kept title's stamp is the larger one; the other title is the conflict's.
    expect([action.title, conflict.value].sort()).toEqual([w.appTitle, w.extTitle].sort());
    expect(String(action._f?.title) > String(conflict.stamp)).toBe(true);

    await phone.goto(`${app.url}/sync`);
    const card = phone.locator('[data-testid="conflict"]');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('code').textContent()).toBe('title');
    expect(await card.locator('[data-testid="conflict-current"]').textContent()).toBe(action.title);
    expect(await card.locator('[data-testid="conflict-other"]').textContent()).toBe(conflict.value);

    await options.reload();
    const kept = options.locator('.conflict');
    await kept.waitFor();
    expect(await kept.count()).toBe(1);
    expect(await kept.textContent()).toContain('actions · title');
    expect(await kept.locator('code').allTextContents()).toEqual([action.title, conflict.value]);
    expect(await options.locator(`li[data-action-id="${renamed.id}"] .action-title`).textContent()).toBe(
      action.title,
    );
  });

  it('changes nothing when either file is imported again', async () => {
    const unchanged = { added: 0, updated: 0, deleted: 0, conflicts: 0 };
    for (const name of ['desk-1.json', 'desk-2.json'])
      expect((await appImport(phone, app.url, join(files, name))).report).toMatchObject(unchanged);
    for (const name of ['phone-2.json', 'phone-3.json'])
      expect((await extensionImport(options, join(files, name))).report).toMatchObject(unchanged);
    const again = {
      app: read((await appExport(phone, app.url, files, 'phone-4.json')).path),
      extension: read((await extensionExport(options, lang, files, 'desk-3.json')).path),
    };
    expect(planOf(again.app)).toEqual(planOf(last.app!));
    expect(planOf(again.extension)).toEqual(planOf(last.extension!));
  });
});
