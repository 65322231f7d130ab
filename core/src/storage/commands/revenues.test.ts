// fake-indexeddb must install its globals before Dexie loads.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../bundle-io.ts';
import { createRecord, listRecords, type NewRecord } from '../repository.ts';
import { contentOf, freshDb, seedPlan } from '../storage.test-support.ts';
import { recordRevenue } from './revenues.ts';

describe('recordRevenue', () => {
  it('records the amount typed in the user’s locale as cents of the plan’s currency', async () => {
    const db = freshDb();
    const { plan, lever, action } = await seedPlan(db);
    const won = await recordRevenue(db, {
      leverId: lever.id,
      actionId: action.id,
      date: '2026-02-28',
      text: '12 500,50 €',
      locale: 'fr-FR',
      note: 'Contrat Dupont',
    });
    expect(won).toMatchObject({
      planId: plan.id,
      leverId: lever.id,
      actionId: action.id,
      date: '2026-02-28',
      amount: 1_250_050,
      note: 'Contrat Dupont',
    });
    const lone = await recordRevenue(db, {
      leverId: lever.id,
      date: '2026-03-31',
      text: '3k',
      locale: 'en-GB',
    });
    expect(lone.amount).toBe(300_000);
    expect(lone).not.toHaveProperty('actionId');
    expect((await listRecords(db, 'revenues', plan.id)).map((r) => r.amount).sort()).toEqual([
      1_250_050, 300_000,
    ]);
  });

  it.each([
    ['not money', 'beaucoup', 'invalid-money'],
    ['a percentage', '12 %', 'invalid-money'],
    ['another currency', '$1,200', 'invalid-money'],
    ['zero', '0', 'invalid-money'],
  ])('refuses %s and writes nothing', async (_, text, code) => {
    const db = freshDb();
    const { lever } = await seedPlan(db);
    const before = contentOf(await exportBundle(db));
    await expect(
      recordRevenue(db, { leverId: lever.id, date: '2026-02-28', text, locale: 'fr-FR' }),
    ).rejects.toMatchObject({ code });
    expect(contentOf(await exportBundle(db))).toEqual(before);
  });

  it('refuses a missing lever, an action of another lever and a date that is not one', async () => {
    const db = freshDb();
    const { plan, lever, action } = await seedPlan(db);
    const other = await createRecord(db, 'levers', {
      planId: plan.id,
      name: 'Salons',
      channel: 'events',
    } as NewRecord<'levers'>);
    const base = { date: '2026-02-28', text: '1 000 €', locale: 'fr-FR' };
    await expect(recordRevenue(db, { ...base, leverId: 'nope' })).rejects.toMatchObject({
      code: 'unknown-reference',
      field: 'revenues.leverId',
    });
    await expect(
      recordRevenue(db, { ...base, leverId: other.id, actionId: action.id }),
    ).rejects.toMatchObject({
      code: 'unknown-reference',
      field: 'revenues.actionId',
    });
    await expect(recordRevenue(db, { ...base, leverId: lever.id, date: '28/02/2026' })).rejects.toMatchObject(
      {
        code: 'invalid-record',
      },
    );
    expect(await listRecords(db, 'revenues', plan.id)).toEqual([]);
  });
});
