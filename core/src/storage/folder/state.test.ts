import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../bundle-io.ts';
import { openPlanDb } from '../db.ts';
import { migrations } from '../migrations.ts';
import { exportPlanBundle } from '../plan-bundle.ts';
import { freshDb, seedPlan } from '../storage.test-support.ts';
import { folderSetupView, saveFolderSetup } from './setup.ts';
import { clearFolderState, readSetup } from './state.ts';

const SECRET = 'pässwörd€-s3cret';
const noNetwork = { fetch: () => Promise.reject(new Error('no network in this test')) };

describe('folder sync state on this device', () => {
  it('lives in schema version 4, after the realised revenue of version 3', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([1, 2, 3, 4, 5]);
    expect(migrations.find((m) => m.version === 3)?.stores).toEqual({ revenues: 'id, planId' });
    expect(migrations.find((m) => m.version === 4)?.stores).toEqual({ folderSync: 'key' });
  });

  it('opens a database made by schema version 2 and keeps its plans', async () => {
    const name = `jalon-v2-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    for (const m of migrations.filter((m) => m.version <= 2)) old.version(m.version).stores(m.stores);
    await old.table('plans').put({ id: 'p1', name: 'Old plan' });
    old.close();
    const db = openPlanDb(name);
    expect(await db.table('plans').get('p1')).toMatchObject({ name: 'Old plan' });
    expect(await db.folderSync.count()).toBe(0);
    db.close();
  });

  it('never puts the password in an export, a plan bundle or the view the apps read', async () => {
    const db = freshDb();
    const { plan } = await seedPlan(db);
    await saveFolderSetup(
      db,
      { url: 'https://dav.example/team/', user: 'claire', password: SECRET, deviceName: 'Claire — bureau' },
      noNetwork,
    );
    expect((await readSetup(db))?.password).toBe(SECRET);
    const everything = await exportBundle(db);
    const one = await exportPlanBundle(db, plan.id, { deviceName: 'Claire — bureau' });
    const view = await folderSetupView(db);
    for (const text of [everything, one.text, JSON.stringify(view)]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('folderSync');
    }
    expect(view).toMatchObject({ user: 'claire', hasPassword: true, encrypted: false });
    await clearFolderState(db);
    expect(await folderSetupView(db)).toBeUndefined();
  });

  it('keeps the saved password when the set-up is saved again with the field left empty', async () => {
    const db = freshDb();
    const input = { url: 'https://dav.example/team', user: 'claire', password: SECRET, deviceName: 'A' };
    await saveFolderSetup(db, input, noNetwork);
    await saveFolderSetup(db, { ...input, password: '', deviceName: 'B' }, noNetwork);
    expect(await readSetup(db)).toMatchObject({
      password: SECRET,
      deviceName: 'B',
      url: 'https://dav.example/team/',
    });
    // Another user: the old password is not sent for them.
    await saveFolderSetup(db, { ...input, user: 'bob', password: '' }, noNetwork);
    expect((await readSetup(db))?.password).toBe('');
  });
});
