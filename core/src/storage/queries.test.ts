// fake-indexeddb must install its globals before Dexie loads.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportBundle, importBundle } from './bundle-io.ts';
import { dismissConflict, listConflicts, listPlans, loadPlanData, restoreConflict } from './queries.ts';
import { getRecord, updateRecord } from './repository.ts';
import { freshDb, seedPlan } from './storage.test-support.ts';

async function twoDevicesInConflict() {
  const phone = freshDb();
  const laptop = freshDb();
  const { action } = await seedPlan(phone);
  await importBundle(laptop, await exportBundle(phone));
  await updateRecord(phone, 'actions', action.id, { title: 'titre du téléphone' });
  await updateRecord(laptop, 'actions', action.id, { title: 'titre du portable' });
  await importBundle(phone, await exportBundle(laptop));
  return { phone, laptop, action };
}

describe('conflict review', () => {
  it('lists the kept value beside the current one', async () => {
    const { phone } = await twoDevicesInConflict();
    const [conflict] = await listConflicts(phone);
    expect(conflict).toMatchObject({ table: 'actions', field: 'title' });
    expect([conflict?.value, conflict?.current].sort()).toEqual(['titre du portable', 'titre du téléphone']);
  });

  it('dismissing keeps the current value, and the conflict does not come back with the next sync', async () => {
    const { phone, laptop } = await twoDevicesInConflict();
    const [conflict] = await listConflicts(phone);
    await dismissConflict(phone, conflict!);
    expect(await listConflicts(phone)).toEqual([]);
    await importBundle(laptop, await exportBundle(phone));
    await importBundle(phone, await exportBundle(laptop));
    expect(await listConflicts(phone)).toEqual([]);
    expect(await listConflicts(laptop)).toEqual([]);
  });

  it('restoring writes the other value back and both devices agree', async () => {
    const { phone, laptop, action } = await twoDevicesInConflict();
    const [conflict] = await listConflicts(phone);
    await restoreConflict(phone, conflict!);
    expect((await getRecord(phone, 'actions', action.id))?.title).toBe(conflict?.value);
    await importBundle(laptop, await exportBundle(phone));
    expect((await getRecord(laptop, 'actions', action.id))?.title).toBe(conflict?.value);
    expect(await listConflicts(laptop)).toEqual([]);
  });
});

describe('plan queries', () => {
  it('load every live record of a plan', async () => {
    const db = freshDb();
    const { plan, action } = await seedPlan(db);
    const data = await loadPlanData(db, plan.id);
    expect(data?.actions.map((a) => a.id)).toEqual([action.id]);
    expect(data?.kpiEntries).toEqual([]);
    expect((await listPlans(db)).map((p) => p.name)).toEqual(['Plan S1']);
  });
});
