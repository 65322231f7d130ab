// fake-indexeddb must install its globals before Dexie loads.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { visibleConflicts } from '../sync/conflicts.ts';
import type { SyncRow } from '../sync/row.ts';
import { BundleImportError, exportBundle, importBundle } from './bundle-io.ts';
import { deleteRecord, restoreRecord } from './commands/edit.ts';
import { openPlanDb } from './db.ts';
import { StorageError } from './errors.ts';
import { migrations } from './migrations.ts';
import { createRecord, getRecord, listRecords, updateRecord } from './repository.ts';
import { contentOf, failWritesOf, freshDb, seedPlan } from './storage.test-support.ts';

describe('repositories', () => {
  it('stamp every changed field and remember the value they overwrote', async () => {
    const db = freshDb();
    const { action } = await seedPlan(db);
    await updateRecord(db, 'actions', action.id, { title: 'Installer le chat', status: 'done' });
    const row = (await db.actions.get(action.id)) as SyncRow;
    expect(row.title).toBe('Installer le chat');
    expect(Object.keys(row._f ?? {}).sort()).toEqual(['status', 'title', 'updatedAt']);
    expect(row._x?.title).toEqual([row._c]);
    expect((row._f?.title ?? '') > row._c).toBe(true);
  });

  it('refuse an invalid change and leave the record as it was', async () => {
    const db = freshDb();
    const { action } = await seedPlan(db);
    await expect(updateRecord(db, 'actions', action.id, { importance: 9 })).rejects.toMatchObject({
      code: 'invalid-record',
      field: 'actions.importance',
    });
    expect((await getRecord(db, 'actions', action.id))?.importance).toBe(3);
  });

  it('write nothing when nothing changes', async () => {
    const db = freshDb();
    const { action } = await seedPlan(db);
    const before = await db.actions.get(action.id);
    await updateRecord(db, 'actions', action.id, { title: action.title });
    expect(await db.actions.get(action.id)).toEqual(before);
  });

  it('delete with a tombstone that keeps the fields, and restore', async () => {
    const db = freshDb();
    const { plan, action } = await seedPlan(db);
    await deleteRecord(db, 'actions', action.id);
    expect(await listRecords(db, 'actions', plan.id)).toEqual([]);
    expect((await db.actions.get(action.id))?.title).toBe(action.title);
    await restoreRecord(db, 'actions', action.id);
    expect((await listRecords(db, 'actions', plan.id)).map((a) => a.id)).toEqual([action.id]);
  });
});

describe('export and import', () => {
  it('copy a plan into an empty database', async () => {
    const phone = freshDb();
    const laptop = freshDb();
    await seedPlan(phone);
    const report = await importBundle(laptop, await exportBundle(phone));
    expect(report).toMatchObject({ added: 4, updated: 0, conflicts: 0 });
    expect(contentOf(await exportBundle(laptop)).tables).toEqual(contentOf(await exportBundle(phone)).tables);
  });

  it('keep both edits of a real conflict and converge both ways', async () => {
    const phone = freshDb();
    const laptop = freshDb();
    const { action, kpi } = await seedPlan(phone);
    await importBundle(laptop, await exportBundle(phone));
    await updateRecord(phone, 'actions', action.id, { title: 'Chat installé (téléphone)', status: 'done' });
    await createRecord(phone, 'kpiEntries', {
      planId: action.planId,
      kpiId: kpi.id,
      value: 4.4,
      date: '2026-02-02',
    });
    await updateRecord(laptop, 'actions', action.id, { title: 'Chat installé (portable)' });

    const fromLaptop = await exportBundle(laptop);
    const intoPhone = await importBundle(phone, fromLaptop);
    expect(intoPhone.conflicts).toBe(1);
    // The laptop learns of the conflict from the phone's file: it is new to review there too.
    const intoLaptop = await importBundle(laptop, await exportBundle(phone));
    expect(intoLaptop.conflicts).toBe(1);
    expect((await importBundle(laptop, await exportBundle(phone))).conflicts).toBe(0);

    const phoneContent = contentOf(await exportBundle(phone));
    const laptopContent = contentOf(await exportBundle(laptop));
    expect(laptopContent.tables).toEqual(phoneContent.tables);
    expect(laptopContent.conflicts).toEqual(phoneContent.conflicts);

    const merged = await getRecord(laptop, 'actions', action.id);
    expect(merged?.status).toBe('done');
    const titles = [merged?.title];
    const lookup = async () => {
      const rows = await laptop.actions.toArray();
      return (_t: string, id: string) => rows.find((r) => r.id === id);
    };
    const shown = visibleConflicts(await lookup(), await laptop.conflicts.toArray());
    titles.push(shown[0]?.value as string);
    expect(titles.sort()).toEqual(['Chat installé (portable)', 'Chat installé (téléphone)']);
  });

  it('change nothing when the same file is imported twice', async () => {
    const phone = freshDb();
    const laptop = freshDb();
    const { action } = await seedPlan(phone);
    await importBundle(laptop, await exportBundle(phone));
    await updateRecord(laptop, 'actions', action.id, { title: 'autre titre' });
    await updateRecord(phone, 'actions', action.id, { title: 'encore un autre' });
    const file = await exportBundle(phone);
    await importBundle(laptop, file);
    const once = await exportBundle(laptop);
    const again = await importBundle(laptop, file);
    expect(again).toMatchObject({ added: 0, updated: 0, deleted: 0, conflicts: 0 });
    expect(contentOf(await exportBundle(laptop))).toEqual(contentOf(once));
  });

  it('report progress up to the total', async () => {
    const phone = freshDb();
    const laptop = freshDb();
    await seedPlan(phone);
    const seen: number[] = [];
    await importBundle(laptop, await exportBundle(phone), { onProgress: (p) => seen.push(p.done / p.total) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
  });

  it('report deletions that came with the file', async () => {
    const phone = freshDb();
    const laptop = freshDb();
    const { action } = await seedPlan(phone);
    await importBundle(laptop, await exportBundle(phone));
    await deleteRecord(phone, 'actions', action.id);
    expect(await importBundle(laptop, await exportBundle(phone))).toMatchObject({ deleted: 1, updated: 1 });
    expect(await getRecord(laptop, 'actions', action.id)).toBeUndefined();
  });

  it('keep a stamp from a clock a day ahead, report it, and still let later local edits win', async () => {
    const phone = freshDb();
    const laptop = freshDb();
    const { action } = await seedPlan(phone);
    await importBundle(laptop, await exportBundle(phone));
    const future = Date.now() + 3 * 86_400_000;
    const text = (await exportBundle(phone)).replace(/"_c":"([^"]+)"/g, (_m, stamp: string) => {
      return `"_c":"${new Date(future).toISOString()}${stamp.slice(24)}"`;
    });
    const fresh = freshDb();
    const report = await importBundle(fresh, text);
    expect(report.clockSkew.count).toBe(4);
    await updateRecord(fresh, 'actions', action.id, { title: 'édité après' });
    expect((await getRecord(fresh, 'actions', action.id))?.title).toBe('édité après');
    const merged = await importBundle(phone, await exportBundle(fresh));
    expect(merged.updated).toBeGreaterThan(0);
    expect((await getRecord(phone, 'actions', action.id))?.title).toBe('édité après');
  });

  it('refuse a bad file with a translated message and write nothing', async () => {
    const db = freshDb();
    await seedPlan(db);
    const before = contentOf(await exportBundle(db));
    const error = await importBundle(db, '{"format":"jalon-bundle","version":1', { locale: 'fr' }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(BundleImportError);
    expect(error.code).toBe('truncated');
    expect(error.message).toMatch(/incomplet/);
    expect(contentOf(await exportBundle(db))).toEqual(before);
  });
});

describe('an import that fails part-way', () => {
  it('leaves the database exactly as before, whichever row fails', async () => {
    const source = freshDb();
    const { plan, lever, action, kpi } = await seedPlan(source);
    for (let i = 0; i < 30; i++) {
      await createRecord(source, 'kpiEntries', {
        planId: plan.id,
        kpiId: kpi.id,
        value: i,
        date: '2026-02-01',
      });
    }
    const entries = await source.kpiEntries.toArray();
    const file = await exportBundle(source);
    for (const failing of [
      plan.id,
      lever.id,
      action.id,
      entries[0]!.id,
      entries[15]!.id,
      entries.at(-1)!.id,
    ]) {
      const target = freshDb();
      failWritesOf(target, failing); // middleware must be in place before the database opens
      await seedPlan(target); // something of its own, to be kept intact
      const before = contentOf(await exportBundle(target));
      await expect(importBundle(target, file)).rejects.toThrow();
      expect(contentOf(await exportBundle(target)), `failing at ${failing}`).toEqual(before);
    }
  });

  it('names a full disk as such', async () => {
    const source = freshDb();
    const { plan } = await seedPlan(source);
    const target = freshDb();
    failWritesOf(target, plan.id, () => new DOMException('quota', 'QuotaExceededError'));
    const error = await importBundle(target, await exportBundle(source)).catch((e) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error.code).toBe('quota-exceeded');
    expect(await target.plans.count()).toBe(0);
  });
});

describe('schema versions', () => {
  it('upgrade a database created by version 1, keeping its data', async () => {
    const name = `jalon-upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(migrations[0]!.stores);
    const stamp = '2026-03-01T09:00:00.000Z-0000-00000000000000a1';
    await v1
      .table('ideas')
      .add({ id: 'i1', planId: 'p1', text: 'Idée', pageUrl: 'https://www.example.fr/blog', _c: stamp });
    await v1
      .table('kpiEntries')
      .add({ id: 'e1', planId: 'p1', kpiId: 'k1', value: 3, date: '2026-02-01', _c: stamp });
    v1.close();

    const db = openPlanDb(name);
    expect((await db.ideas.get('i1'))?.site).toBe('example.fr');
    const latest = await db.kpiEntries.where('[kpiId+date]').between(['k1', ''], ['k1', '\uffff']).last();
    expect(latest?.value).toBe(3);
    expect(db.verno).toBe(migrations.at(-1)!.version);
  });
});
