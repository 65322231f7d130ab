import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../support/server.ts';
import { choosePlan, importInOptions, openOptions } from './options-page.ts';
import { exampleBundle } from './plan-bundle.ts';
import {
  type Extension,
  grantActiveTab,
  launchExtension,
  openExtensionWindow,
  readTable,
  selectContents,
  TEST_PAGES,
} from './support.ts';

/** Committed: the README shows the popup (docs/screenshots/extension-<screen>-<lang>.png). */
const SHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const POPUP_SIZE = { width: 380, height: 760 };
const OPTIONS_SIZE = { width: 760, height: 900 };

type Row = Record<string, unknown>;

describe('the popup, in French and English', () => {
  let ext: Extension;
  let server: StaticServer;
  let site: Page;
  const bundle = exampleBundle('fr');
  const tables = JSON.parse(bundle.text).tables as Record<string, Row[]>;
  const planName = String(tables.plans?.[0]?.name);
  const lever = tables.levers?.[0] as { id: string; name: string };
  const percentKpi = tables.kpis?.find((k) => k.unit === 'percent') as { id: string };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic(TEST_PAGES);
    ext = await launchExtension({ locale: 'fr-FR', language: 'fr' });
    const options = await openOptions(ext);
    await importInOptions(options, bundle.text);
    await choosePlan(options, planName);
    await options.close();
    site = await ext.context.newPage();
    await site.goto(`${server.url}/kpis.html`);
    await grantActiveTab(ext, site);
  });
  afterAll(async () => {
    await ext?.browser.dispose();
    await server?.close();
  });

  /** The popup over the site's tab (the shortcut opens the same page as the toolbar icon). */
  async function openPopup(): Promise<Page> {
    await site.bringToFront();
    const popup = await openExtensionWindow(ext, 'src/popup/index.html');
    await popup.setViewportSize(POPUP_SIZE);
    await popup.waitForSelector('body[data-ready="true"], p.error');
    if ((await popup.locator('form.capture').count()) === 0) {
      throw new Error(`the popup shows no capture form: ${await popup.textContent('body')}`);
    }
    return popup;
  }

  it('opens in French, prefilled from the current tab and its selection', async () => {
    await selectContents(site, '#intro');
    const popup = await openPopup();
    expect(await popup.getAttribute('html', 'lang')).toBe('fr');
    // The page's own "…", shown until the answer is in, is gone once the form is drawn.
    expect(await popup.locator('#app > p', { hasText: '…' }).count()).toBe(0);
    expect(await popup.getByRole('tab').allTextContents()).toEqual(['Capturer', 'Idées (0)']);
    expect(await popup.inputValue('textarea[name=text]')).toContain(
      'Le taux de conversion du site est passé',
    );
    const source = await popup.textContent('.source');
    expect(source).toContain('Analytique Démo');
    expect(source).toContain('Tableau de bord — mars');
    expect(await popup.locator('.figure-text').allTextContents()).toEqual(['3,2 %', '4,1 %', '1 234,56 €']);
    // Nothing sticks out of the popup's width: a long objective title once pushed its select out.
    const overflowing = await popup.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > document.body.getBoundingClientRect().right + 0.5)
        .map(
          (e) => e.tagName.toLowerCase() + (e.getAttribute('name') ? `[name=${e.getAttribute('name')}]` : ''),
        ),
    );
    expect(overflowing).toEqual([]);
    await popup.screenshot({ path: `${SHOTS}extension-popup-fr.png`, fullPage: true });
    await popup.close();
  });

  it('saves the clip in one tap, with lever, tags, note and a figure sent to a KPI', async () => {
    await selectContents(site, '#intro');
    const popup = await openPopup();
    await popup.getByLabel('Levier').selectOption(lever.id);
    await popup.getByLabel('Étiquettes').fill('conversion, site, conversion');
    await popup.getByLabel('Note', { exact: true }).fill('À montrer au comité');
    await popup.getByLabel('KPI pour ce chiffre').nth(1).selectOption(percentKpi.id);
    await popup.getByRole('button', { name: 'Enregistrer' }).click();
    await popup.getByRole('status').filter({ hasText: 'Enregistré.' }).waitFor();

    const idea = (await readTable(ext.worker, 'ideas')).find((row) => row.leverId === lever.id);
    expect(idea).toMatchObject({
      tags: ['conversion', 'site'],
      note: 'À montrer au comité',
      status: 'inbox',
    });
    const entries = await readTable(ext.worker, 'kpiEntries');
    expect(entries.filter((e) => e.source === 'clip')).toEqual([
      expect.objectContaining({ kpiId: percentKpi.id, value: 4.1, sourceUrl: `${server.url}/kpis.html` }),
    ]);
    expect(await popup.locator('.recent .idea').count()).toBe(1);
    await popup.close();
  });

  it('lists the inbox: search, accept into an action, discard; the badge follows', async () => {
    for (const selector of ['#kpis', '#plain']) {
      await selectContents(site, selector);
      const popup = await openPopup();
      await popup.getByRole('button', { name: 'Enregistrer' }).click();
      await popup.getByRole('status').waitFor();
      await popup.close();
    }
    expect(await ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('3');

    const popup = await openPopup();
    await popup.getByRole('tab', { name: /Idées/ }).click();
    await popup.locator('.ideas .idea').first().waitFor();
    expect(await popup.locator('.ideas .idea').count()).toBe(3);
    await popup.getByLabel('Rechercher dans les idées').fill('webinaires');
    expect(await popup.locator('.ideas .idea').count()).toBe(1);
    const webinar = popup.locator('.ideas .idea').first();
    await webinar.getByLabel('Levier').selectOption(lever.id);
    await webinar.getByRole('button', { name: 'En faire une action' }).click();
    await expect.poll(() => popup.locator('.ideas .idea').count()).toBe(0);

    await popup.getByLabel('Rechercher dans les idées').fill('');
    await expect.poll(() => popup.locator('.ideas .idea').count()).toBe(2);
    await popup.locator('.ideas .idea').first().getByRole('button', { name: 'Écarter' }).click();
    await expect.poll(() => popup.locator('.ideas .idea').count()).toBe(1);
    expect(await ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');

    const ideas = await readTable(ext.worker, 'ideas');
    const accepted = ideas.find((row) => row.status === 'accepted');
    const action = (await readTable(ext.worker, 'actions')).find((row) => row.id === accepted?.actionId);
    // The action's title is the idea's first line (here the table's header row).
    expect(action).toMatchObject({ leverId: lever.id, title: 'Canal Leads' });
    expect(ideas.filter((row) => row.status === 'discarded')).toHaveLength(1);
    await popup.screenshot({ path: `${SHOTS}extension-popup-ideas-fr.png`, fullPage: true });
    await popup.close();
  });

  it('switches to English from the options', async () => {
    const options = await ext.context.newPage();
    await options.setViewportSize(OPTIONS_SIZE);
    await options.goto(`chrome-extension://${ext.id}/src/options/index.html`);
    await options.waitForSelector('main[data-ready="true"]');
    await options.locator('.plan-actions li').first().waitFor();
    await options.screenshot({ path: `${SHOTS}extension-options-fr.png`, fullPage: true });
    expect(await options.getByLabel('Langue').inputValue()).toBe('fr');
    await options.getByLabel('Langue').selectOption('en');
    await options.getByRole('heading', { name: 'Language' }).waitFor();
    await options.screenshot({ path: `${SHOTS}extension-options-en.png`, fullPage: true });
    await options.close();

    await selectContents(site, '#intro');
    const popup = await openPopup();
    expect(await popup.getAttribute('html', 'lang')).toBe('en');
    expect(await popup.getByRole('tab').allTextContents()).toEqual(['Capture', 'Ideas (1)']);
    expect(await popup.getByRole('button', { name: 'Save' }).count()).toBe(1);
    await popup.screenshot({ path: `${SHOTS}extension-popup-en.png`, fullPage: true });
    await popup.close();
  });
});
