// fake-indexeddb before @jalon/core: Dexie picks up the global indexedDB when it loads.
import 'fake-indexeddb/auto';
import { tableNames } from '@jalon/core';
import { editRecord, getRecord, importBundle, listConflicts, type PlanDb } from '@jalon/core/storage';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Device, freshFolder, PASSWORD, USER } from '../folder/support.ts';
import { type ApacheServer, startApache } from '../support/apache.ts';
import { type DemoPlan, demoPlan } from './fixtures.ts';
import { rowsOf, setUp, syncNow } from './folder-support.ts';
import { type App, closeApp, openApp } from './harness.ts';

const byId = (rows: Record<string, unknown>[]) =>
  [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));

/** Every plan row and kept conflict as a page's own database holds them. */
async function pageRows(page: Page): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const table of [...tableNames, 'conflicts']) out[table] = byId(await rowsOf(page, table));
  return out;
}

async function nodeRows(db: PlanDb): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const table of [...tableNames, 'conflicts']) {
    out[table] = byId((await db.table(table).toArray()) as Record<string, unknown>[]);
  }
  return out;
}

async function openPlan(app: App): Promise<void> {
  await app.page.goto(`${app.server.url}/start`);
  await app.page.click('[data-testid="plan-list"] button');
  await app.page.waitForURL(/\/today/);
  await app.page.waitForSelector('[data-testid="checklist"]');
}

/**
 * Two people, two devices each, one plan: Claire's phone and desk are the PWA in two browsers of
 * their own (real Chromium), Paul's phone and laptop run core in Node. All four edit; Claire's
 * phone and Paul's phone change one action's status without seeing each other. Through a real
 * Apache folder, the four databases end up holding the same rows and the one conflict.
 */
describe('two people, four devices, in the PWA and in Node', () => {
  let apache: ApacheServer;
  let phone: App | undefined;
  let desk: App | undefined;
  let demo: DemoPlan;

  beforeAll(async () => {
    demo = await demoPlan('fr');
    apache = await startApache({ user: USER, password: PASSWORD, cors: true });
    phone = await openApp();
    desk = await openApp();
  });
  afterAll(async () => {
    await closeApp(phone);
    await closeApp(desk);
    await apache?.close();
  });

  it('converges: the same rows everywhere, one conflict on all four', async () => {
    const folder = await freshFolder(apache);
    const paulPhone = new Device('Paul — téléphone');
    const paulLaptop = new Device('Paul — portable');
    await importBundle(paulLaptop.db, demo.bundle);
    for (const device of [paulLaptop, paulPhone]) await device.setup(folder.url);
    await paulLaptop.sync();
    await paulPhone.sync();
    await setUp(phone!.page, phone!.server.url, folder.url, 'Claire — téléphone');
    await setUp(desk!.page, desk!.server.url, folder.url, 'Claire — bureau');
    await openPlan(phone!);
    await openPlan(desk!);

    // Claire's phone ticks the first due action off; Paul's phone puts it in progress meanwhile.
    const [first, second] = demo.due;
    await phone!.page.locator(`[data-action-id="${first!.id}"] input[type="checkbox"]`).first().click();
    await phone!.page.waitForSelector(`[data-action-id="${first!.id}"]`, { state: 'detached' });
    const seen = (await getRecord(paulPhone.db, 'actions', first!.id))!;
    await editRecord(paulPhone.db, 'actions', first!.id, { base: seen, draft: { ...seen, status: 'doing' } });
    // Claire's desk enters a KPI value; Paul's laptop renames the other due action.
    const { page } = desk!;
    await page.goto(`${desk!.server.url}/kpi?kpi=${encodeURIComponent(demo.kpiId)}`);
    await page.waitForSelector('#kpi-value');
    await page.fill('#kpi-value', '42 %');
    await page.click('button[type="submit"]');
    await expect.poll(() => page.locator('[data-testid="kpi-saved"]').textContent()).toContain('42');
    const other = (await getRecord(paulLaptop.db, 'actions', second!.id))!;
    await editRecord(paulLaptop.db, 'actions', second!.id, {
      base: other,
      draft: { ...other, title: 'Renommée sur le portable de Paul' },
    });

    for (let pass = 0; pass < 2; pass++) {
      await syncNow(phone!.page, phone!.server.url);
      await syncNow(desk!.page, desk!.server.url);
      expect(await paulPhone.sync()).toMatchObject({ ok: true, damaged: [] });
      expect(await paulLaptop.sync()).toMatchObject({ ok: true, damaged: [] });
    }

    const expected = await nodeRows(paulLaptop.db);
    expect(await nodeRows(paulPhone.db)).toEqual(expected);
    expect(await pageRows(phone!.page)).toEqual(expected);
    expect(await pageRows(desk!.page)).toEqual(expected);
    const actions = expected.actions as { id: string; title: string }[];
    expect(actions.find((a) => a.id === second!.id)?.title).toBe('Renommée sur le portable de Paul');
    expect((expected.kpiEntries as { kpiId: string; value: number }[]).some((e) => e.value === 42)).toBe(
      true,
    );
    for (const device of [paulPhone, paulLaptop]) {
      expect((await listConflicts(device.db)).map((c) => [c.recordId, c.field])).toEqual([
        [first!.id, 'status'],
      ]);
    }
    for (const app of [phone!, desk!]) {
      await app.page.goto(`${app.server.url}/sync`);
      await expect
        .poll(() => app.page.locator('[data-testid="conflict"]').count(), { timeout: 10_000 })
        .toBe(1);
    }
  });
});
