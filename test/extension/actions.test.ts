import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choosePlan, importInOptions, openOptions } from './options-page.ts';
import { exampleBundle } from './plan-bundle.ts';
import { type Extension, launchExtension, readTable } from './support.ts';

type Action = { id: string; title: string; deadline?: string; status: string };
type Row = Record<string, unknown> & { _f?: Record<string, string> };

/** The options page's "Plan actions": the current plan's actions, with their status, renamed in place. */
describe('the plan actions in the options page', () => {
  let ext: Extension;
  let options: Page;
  const bundle = exampleBundle('fr');
  const file = JSON.parse(bundle.text) as { tables: Record<string, Row[]> };
  // One action already done on the app's side, so that the list has two statuses to show.
  const done = file.tables.actions![1]!;
  done.status = 'done';
  done.doneOn = '2026-03-14';
  const planName = String(file.tables.plans![0]!.name);
  const actions = file.tables.actions as unknown as Action[];
  const expectedOrder = [...actions]
    .sort((a, b) => {
      const [da, db] = [a.deadline ?? '\uffff', b.deadline ?? '\uffff'];
      return da === db ? a.title.localeCompare(b.title) : da < db ? -1 : 1;
    })
    .map((a) => a.id);

  beforeAll(async () => {
    ext = await launchExtension({ language: 'fr' });
    options = await openOptions(ext);
  });
  afterAll(async () => {
    await ext?.browser.dispose();
  });

  const rows = () => options.locator('.plan-actions li.plan-action');
  const row = (id: string) => options.locator(`.plan-actions li[data-action-id="${id}"]`);
  const stored = async (id: string) =>
    (await readTable(ext.worker, 'actions')).find((r) => r.id === id) as Row;

  it('says there is nothing to list before a plan is imported', async () => {
    expect(await options.getByRole('heading', { name: 'Actions du plan' }).count()).toBe(1);
    expect(await rows().count()).toBe(0);
  });

  it("lists the current plan's actions in date order, each with its status", async () => {
    await importInOptions(options, JSON.stringify(file));
    await choosePlan(options, planName);
    await expect.poll(() => rows().count()).toBe(actions.length);
    expect(await rows().evaluateAll((lis) => lis.map((li) => li.getAttribute('data-action-id')))).toEqual(
      expectedOrder,
    );
    expect(
      await row(done.id as string)
        .locator('.status')
        .textContent(),
    ).toBe('Terminée');
    const other = actions.find((a) => a.id !== done.id && a.status === 'todo')!;
    expect(await row(other.id).locator('.status').textContent()).toBe('À faire');
  });

  it('renames an action in place, as one stamped edit of its title', async () => {
    const action = actions[0]!;
    const before = await stored(action.id);
    await options.getByRole('button', { name: `Renommer « ${action.title} »` }).click();
    const field = row(action.id).getByLabel("Titre de l'action");
    expect(await field.inputValue()).toBe(action.title);
    await field.fill('  Audit SEO technique du site, avec la refonte  ');
    await field.press('Enter');
    await expect
      .poll(() => row(action.id).locator('.action-title').textContent())
      .toBe('Audit SEO technique du site, avec la refonte');
    const after = await stored(action.id);
    expect(after.title).toBe('Audit SEO technique du site, avec la refonte');
    expect(after._f?.title).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z-[0-9a-f]{4}-[0-9a-f]{16}$/);
    // Only the title (and the updatedAt bookkeeping) changed.
    const { title: _t, updatedAt: _u, _f: _ff, _x: _xa, ...rest } = after;
    const { title: _t0, updatedAt: _u0, _f: _f0, _x: _x0, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
  });

  it('refuses a blank title and cancels with Escape, writing nothing', async () => {
    const action = actions[2]!;
    const before = await stored(action.id);
    await row(action.id).getByRole('button', { name: 'Renommer' }).click();
    const field = row(action.id).getByLabel("Titre de l'action");
    await field.fill('   ');
    expect(await row(action.id).getByRole('button', { name: 'Enregistrer' }).isDisabled()).toBe(true);
    await field.press('Escape');
    expect(await row(action.id).locator('.action-title').textContent()).toBe(action.title);
    expect(await stored(action.id)).toEqual(before);
  });

  it('follows an import without a reload: a title renamed on the other side shows up', async () => {
    const action = actions[3]!;
    const theirs = JSON.parse(JSON.stringify(file)) as { tables: Record<string, Row[]>; device: string };
    const row3 = theirs.tables.actions!.find((a) => a.id === action.id)!;
    row3.title = 'Renommée sur le téléphone';
    row3._f = { title: '2026-03-16T10:00:00.000Z-0000-e2e0000000000002' };
    theirs.device = 'e2e0000000000002';
    await importInOptions(options, JSON.stringify(theirs));
    await expect
      .poll(() => row(action.id).locator('.action-title').textContent())
      .toBe('Renommée sur le téléphone');
  });

  it('speaks English when the options do', async () => {
    await options.getByLabel('Langue').selectOption('en');
    await options.getByRole('heading', { name: 'Plan actions' }).waitFor();
    expect(
      await row(done.id as string)
        .locator('.status')
        .textContent(),
    ).toBe('Done');
    const action = actions[4]!;
    expect(await options.getByRole('button', { name: `Rename “${action.title}”` }).count()).toBe(1);
  });
});
