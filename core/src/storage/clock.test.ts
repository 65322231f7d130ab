// fake-indexeddb must install its globals before Dexie loads.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SyncRow } from '../sync/row.ts';
import { exportBundle, importBundle } from './bundle-io.ts';
import { editRecord } from './commands/edit.ts';
import { getRecord, updateRecord } from './repository.ts';
import { contentOf, freshDb, seedPlan } from './storage.test-support.ts';

const DAY = 86_400_000;

/** The bundle of `db` with one field of one action re-stamped, as a skewed or forged device would write it. */
async function restamped(text: string, actionId: string, stamp: string): Promise<string> {
  const bundle = JSON.parse(text);
  const row = bundle.tables.actions.find((r: SyncRow) => r.id === actionId);
  row.title = 'De l’avenir';
  row._f = { ...row._f, title: stamp };
  bundle.device = 'ffffffffffffffff';
  return JSON.stringify(bundle);
}

describe('the clock', () => {
  it('keeps a field editable after importing a stamp months ahead, and reports the skew', async () => {
    const db = freshDb();
    const { action } = await seedPlan(db);
    const ahead = new Date(Date.now() + 200 * DAY).toISOString();
    const report = await importBundle(
      db,
      await restamped(await exportBundle(db), action.id, `${ahead}-0000-ffffffffffffffff`),
    );
    expect(report.clockSkew.count).toBe(1);
    await editRecord(db, 'actions', action.id, {
      base: { title: 'De l’avenir' },
      draft: { title: 'Maintenant' },
    });
    expect((await getRecord(db, 'actions', action.id))?.title).toBe('Maintenant');
    // The local clock was not dragged forward: an edit of another field is stamped now.
    await editRecord(db, 'actions', action.id, { base: { owner: '' }, draft: { owner: 'Claire' } });
    const row = (await db.actions.get(action.id)) as SyncRow;
    expect(row._f?.owner?.slice(0, 4)).toBe(new Date().toISOString().slice(0, 4));
  });

  it('refuses, changing nothing, a file stamped years ahead or at an impossible date', async () => {
    const db = freshDb();
    const { action } = await seedPlan(db);
    const before = contentOf(await exportBundle(db));
    for (const [stamp, code] of [
      ['9999-12-31T23:59:59.999Z-ffff-ffffffffffffffff', 'invalid-stamp'],
      ['2026-13-01T00:00:00.000Z-0000-ffffffffffffffff', 'invalid-stamp'],
      [`${new Date(Date.now() + 3 * 366 * DAY).toISOString()}-0000-ffffffffffffffff`, 'clock-ahead'],
    ] as const) {
      const text = await restamped(await exportBundle(db), action.id, stamp);
      await expect(importBundle(db, text, { locale: 'fr' }), stamp).rejects.toMatchObject({ code });
    }
    expect(contentOf(await exportBundle(db))).toEqual(before);
    await editRecord(db, 'actions', action.id, {
      base: { title: action.title },
      draft: { title: 'Toujours modifiable' },
    });
    expect((await getRecord(db, 'actions', action.id))?.title).toBe('Toujours modifiable');
  });

  it('still exports and imports after 20 000 edits of one field, with metadata bounded by devices', async () => {
    const phone = freshDb();
    const laptop = freshDb();
    const { action } = await seedPlan(phone);
    await importBundle(laptop, await exportBundle(phone));
    let title = action.title;
    for (let i = 0; i < 20_000; i++) {
      // Every 5 000 edits the other device takes over, after a sync both ways.
      const db = Math.floor(i / 5_000) % 2 ? phone : laptop;
      if (i % 5_000 === 0) {
        await importBundle(laptop, await exportBundle(phone));
        await importBundle(phone, await exportBundle(laptop));
      }
      title = `Titre ${i}`;
      await updateRecord(db, 'actions', action.id, { title });
    }
    await importBundle(laptop, await exportBundle(phone));
    await importBundle(phone, await exportBundle(laptop));
    for (const db of [phone, laptop]) {
      const row = (await db.actions.get(action.id)) as SyncRow;
      expect(row.title).toBe(title);
      expect(row._x?.title?.length).toBeLessThanOrEqual(2);
    }
  }, 120_000);
});
