// fake-indexeddb must install its globals before Dexie loads.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BundleImportError, exportBundle, importBundle } from './bundle-io.ts';
import { openPlanDb } from './db.ts';
import { StorageError, watchConnection } from './errors.ts';
import { createRecord } from './repository.ts';
import { contentOf, freshDb, seedPlan } from './storage.test-support.ts';

describe('an untrusted file', () => {
  it('changes nothing, whatever is wrong with it', async () => {
    const db = freshDb();
    const { action } = await seedPlan(db);
    const good = JSON.parse(await exportBundle(db));
    const before = contentOf(await exportBundle(db));
    const variants: Record<string, string> = {
      empty: '',
      'not-json': 'plan;budget',
      truncated: JSON.stringify(good).slice(0, 200),
      'too-deep': `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
      'forbidden-key': JSON.stringify(good).replace('"tables":{', '"tables":{"__proto__":{"x":1},'),
      'unknown-format': JSON.stringify({ ...good, format: 'other' }),
      'newer-version': JSON.stringify({ ...good, version: 99 }),
      invalid: JSON.stringify(good).replace('"importance":3', '"importance":"high"'),
      'over-cap': JSON.stringify(good).replace(`"title":"${action.title}"`, `"title":"${'x'.repeat(5000)}"`),
      'duplicate-id': JSON.stringify({
        ...good,
        tables: { ...good.tables, actions: [...good.tables.actions, ...good.tables.actions] },
      }),
      'dangling-reference': JSON.stringify(good).replace(`"leverId":"${action.leverId}"`, '"leverId":"gone"'),
    };
    for (const [code, text] of Object.entries(variants)) {
      const error = await importBundle(db, text, { locale: 'fr' }).catch((e) => e);
      expect(error, code).toBeInstanceOf(BundleImportError);
      expect(error.code, code).toBe(code);
      expect(error.message.length, code).toBeGreaterThan(10);
    }
    expect(contentOf(await exportBundle(db))).toEqual(before);
  });
});

describe('a lost or blocked connection', () => {
  it('names a closed connection as lost, with nothing written', async () => {
    const db = freshDb();
    const { plan } = await seedPlan(db);
    db.close({ disableAutoOpen: true });
    const error = await createRecord(db, 'levers', { planId: plan.id, name: 'SEA', channel: 'sea' }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(StorageError);
    expect(error.code).toBe('connection-lost');
    await db.open();
    expect(await db.levers.count()).toBe(1);
  });

  it('tells the app when an older tab blocks an upgrade', async () => {
    const name = `jalon-blocked-${Math.random()}`;
    // An "older tab": a plain connection that does not close when asked to.
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => resolve(request.result);
    });
    const db = openPlanDb(name);
    const told = new Promise<string>((resolve) => watchConnection(db, resolve));
    const opening = db.open();
    expect(await told).toBe('upgrade-blocked');
    old.close();
    await opening;
    expect(db.isOpen()).toBe(true);
  });
});
