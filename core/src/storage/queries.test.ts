// fake-indexeddb must install its globals before Dexie loads.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { TableRecord } from '../model/tables.ts';
import { exportBundle, importBundle } from './bundle-io.ts';
import { resolveConflict } from './commands/conflicts.ts';
import { deleteRecord } from './commands/edit.ts';
import { createPlan } from './commands/plans.ts';
import { inboxCount, listConflicts, listPlans, loadPlanData, newestIdeas } from './queries.ts';
import { createRecord, getRecord, type NewRecord, updateRecord } from './repository.ts';
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
    await resolveConflict(phone, conflict!, 'keep-current');
    expect(await listConflicts(phone)).toEqual([]);
    await importBundle(laptop, await exportBundle(phone));
    await importBundle(phone, await exportBundle(laptop));
    expect(await listConflicts(phone)).toEqual([]);
    expect(await listConflicts(laptop)).toEqual([]);
  });

  it('restoring writes the other value back and both devices agree', async () => {
    const { phone, laptop, action } = await twoDevicesInConflict();
    const [conflict] = await listConflicts(phone);
    await resolveConflict(phone, conflict!, 'use-kept');
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

describe('createPlan', () => {
  it('writes a whole example plan in one go, or nothing when one record is invalid', async () => {
    const { buildExamplePlan } = await import('../examples/build.ts');
    let n = 0;
    const example = buildExamplePlan('fr', {
      today: '2026-11-28',
      now: '2026-11-28T09:00:00.000Z',
      newId: () => `x${n++}`,
    });
    const db = freshDb();
    const seen: number[] = [];
    await createPlan(db, example, (p) => seen.push(p.done));
    expect(await db.actions.count()).toBe(example.actions.length);
    expect(seen.at(-1)).toBe(Object.values(example).reduce((sum, rows) => sum + rows.length, 0));

    const broken = freshDb();
    const bad = {
      ...example,
      actions: [...example.actions, { ...example.actions[0]!, id: 'bad', importance: 9 }],
    };
    await expect(createPlan(broken, bad)).rejects.toMatchObject({ code: 'invalid-record' });
    expect(await broken.plans.count()).toBe(0);
  });
});

describe('checklist and KPI reads', () => {
  it('find open actions, KPI entries in date order and each KPI’s latest entry date', async () => {
    const { openActions, kpiEntriesOf, kpisWithLatest } = await import('./queries.ts');
    const db = freshDb();
    const { plan, action, kpi } = await seedPlan(db);
    expect((await openActions(db, plan.id)).map((a) => a.id)).toEqual([action.id]);
    await updateRecord(db, 'actions', action.id, { status: 'done' });
    expect(await openActions(db, plan.id)).toEqual([]);
    for (const date of ['2026-02-10', '2026-01-05']) {
      await createRecord(db, 'kpiEntries', { planId: plan.id, kpiId: kpi.id, value: 4.2, date });
    }
    expect((await kpiEntriesOf(db, kpi.id)).map((e) => e.date)).toEqual(['2026-01-05', '2026-02-10']);
    expect(await kpisWithLatest(db, plan.id)).toEqual([
      { kpi: expect.objectContaining({ id: kpi.id }), latestDate: '2026-02-10' },
    ]);
  });
});

describe("the popup's idea queries", () => {
  it('read the newest live ideas of one plan, and count its inbox, through their indexes', async () => {
    const db = freshDb();
    const { plan } = await seedPlan(db);
    const { plan: other } = await seedPlan(db);
    const ideas: TableRecord<'ideas'>[] = [];
    for (let i = 0; i < 8; i++) {
      ideas.push(
        await createRecord(db, 'ideas', { planId: plan.id, text: `Idée ${i}` } as NewRecord<'ideas'>),
      );
      await createRecord(db, 'ideas', { planId: other.id, text: `Ailleurs ${i}` } as NewRecord<'ideas'>);
    }
    // The newest is deleted (a tombstone stays behind); two others leave the inbox.
    await deleteRecord(db, 'ideas', ideas[7]!.id);
    await updateRecord(db, 'ideas', ideas[1]!.id, { status: 'discarded' });
    await updateRecord(db, 'ideas', ideas[6]!.id, { status: 'accepted' });

    const live = ideas.slice(0, 7);
    const expected = live
      .map((i) => i.createdAt)
      .sort()
      .reverse()
      .slice(0, 5);
    const newest = await newestIdeas(db, plan.id, 5);
    expect(newest.map((i) => i.createdAt)).toEqual(expected);
    expect(newest.every((i) => i.planId === plan.id && i.id !== ideas[7]!.id)).toBe(true);
    expect(await inboxCount(db, plan.id)).toBe(5);
    expect(await inboxCount(db, other.id)).toBe(8);
    expect(await newestIdeas(db, 'no-such-plan', 5)).toEqual([]);
  });
});
