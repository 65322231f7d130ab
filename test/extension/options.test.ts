import { readFileSync } from 'node:fs';
import { parseBundle } from '@jalon/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../support/server.ts';
import { importInOptions, openOptions } from './options-page.ts';
import { exampleBundle } from './plan-bundle.ts';
import {
  clickMenu,
  type Extension,
  grantActiveTab,
  launchExtension,
  readTable,
  selectContents,
  TEST_PAGES,
} from './support.ts';

type Row = Record<string, unknown> & { _f?: Record<string, string>; _x?: Record<string, string[]> };

describe('sync in the options page: export, import with report, conflict review', () => {
  let ext: Extension;
  let server: StaticServer;
  let options: Page;
  const bundle = exampleBundle('fr');
  const rows = Object.values(JSON.parse(bundle.text).tables as Record<string, unknown[]>).flat().length;

  beforeAll(async () => {
    server = await serveStatic(TEST_PAGES);
    ext = await launchExtension({ language: 'fr' });
    options = await openOptions(ext);
  });
  afterAll(async () => {
    await ext?.browser.dispose();
    await server?.close();
  });

  const report = async () =>
    Object.fromEntries(
      await options
        .locator('.report dd')
        .evaluateAll((dds) => dds.map((dd) => [dd.getAttribute('data-field'), Number(dd.textContent)])),
    );

  async function exportFile(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Exporter un fichier' }).click(),
    ]);
    return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
  }

  it('refuses a file that is not a bundle, with a translated message, and changes nothing', async () => {
    // The inbox the extension made at install is all the database holds.
    const before = await readTable(ext.worker, 'plans');
    expect(before).toHaveLength(1);
    await importInOptions(options, '{"hello": ');
    expect(await options.textContent('.sync .error')).toBe(
      'Le fichier est incomplet (coupé avant la fin)\u00a0: exportez-le à nouveau.',
    );
    expect(await readTable(ext.worker, 'plans')).toEqual(before);
  });

  it('imports a plan from the app and reports what it added; importing it again changes nothing', async () => {
    await importInOptions(options, bundle.text);
    expect(await report()).toMatchObject({ reportAdded: rows, reportUpdated: 0, reportConflicts: 0 });
    // The imported plan and the inbox; clips go to the imported one, the inbox being a placeholder.
    expect(await options.getByRole('radio').count()).toBe(2);
    expect(
      await options.getByRole('radio', { checked: true }).evaluate((r) => r.parentElement?.textContent),
    ).toBe(String((JSON.parse(bundle.text).tables.plans as { name: string }[])[0]?.name));
    await importInOptions(options, bundle.text);
    expect(await report()).toMatchObject({ reportAdded: 0, reportUnchanged: rows });
  });

  it('exports the whole database to jalon-YYYY-MM-DD.json, clips included', async () => {
    const site = await ext.context.newPage();
    await site.goto(`${server.url}/kpis.html`);
    await selectContents(site, '#intro');
    await clickMenu(ext.worker, await grantActiveTab(ext, site), 'clip-selection');
    await site.close();

    const file = await exportFile();
    expect(file.name).toMatch(/^jalon-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseBundle(file.text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.bundle.tables.ideas).toHaveLength(1);
    expect(parsed.bundle.tables.plans).toHaveLength(2);
    // The clip went to the imported plan, not to the inbox made at install.
    expect(parsed.bundle.tables.ideas?.[0]?.planId).toBe(bundle.planId);
  });

  it('shows a real conflict and lets the user take the other value back', async () => {
    const [idea] = (await readTable(ext.worker, 'ideas')) as Row[];
    if (!idea) throw new Error('no idea');
    // Another device, which saw the clip, accepted it later than this one discarded it.
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.id}/src/popup/index.html`);
    const discarded = await page.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'idea/discard', id }),
      idea.id as string,
    );
    expect(discarded).toMatchObject({ ok: true });
    await page.close();
    const later = new Date(Date.now() + 60_000).toISOString();
    const theirs = { ...idea, status: 'accepted', _f: { status: `${later}-0000-e2e0000000000002` } };
    const file = JSON.parse((await exportFile()).text);
    file.tables.ideas = [theirs];
    file.device = 'e2e0000000000002';

    await importInOptions(options, JSON.stringify(file));
    expect(await report()).toMatchObject({ reportUpdated: 1, reportConflicts: 1 });
    const conflict = options.locator('.conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('ideas · status');
    expect(await conflict.locator('code').allTextContents()).toEqual(['accepted', 'discarded']);

    await conflict.getByRole('button', { name: "Reprendre l'autre" }).click();
    await options.getByText('Aucun conflit à revoir.').waitFor();
    expect((await readTable(ext.worker, 'ideas'))[0]).toMatchObject({ status: 'discarded' });
  });
});
