// fake-indexeddb before core: Dexie picks up the global indexedDB when it loads.
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  deviceId,
  editRecord,
  exportBundle,
  getRecord,
  importBundle,
  listConflicts,
  listRecords,
} from '@jalon/core/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Device,
  filesOnServer,
  freshFolder,
  makeExample,
  readOnServer,
  type Server,
  startServer,
} from './support.ts';

/**
 * The folder sync engine against real WebDAV servers, Apache mod_dav_fs and rclone 1.60, from
 * Node: each device a database of its own and the same code the apps run.
 */
describe.each(['apache', 'rclone'] as const)('folder sync through %s', (kind) => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('takes a plan made on one device to another, and back', async () => {
    const folder = await freshFolder(server);
    const phone = new Device('Claire — téléphone');
    const desk = new Device('Claire — bureau');
    const planId = await makeExample(phone);
    await phone.setup(folder.url);
    await desk.setup(folder.url.replace(/\/$/, '')); // typed without the final slash

    const first = await phone.sync();
    expect(first).toMatchObject({ ok: true, uploaded: 1 });
    const phoneId = await deviceId(phone.db);
    const files = filesOnServer(folder, planId);
    expect(Object.keys(files)).toEqual([`${phoneId}.json.gz`]);
    // Compressed: well under a quarter of the plain JSON.
    const plain = gunzipSync(readOnServer(folder, `${planId}/${phoneId}.json.gz`)).length;
    expect(files[`${phoneId}.json.gz`]).toBeLessThan(plain / 4);

    const received = await desk.sync();
    expect(received).toMatchObject({ ok: true, uploaded: 0, downloaded: 1 });
    expect(received.added).toBeGreaterThan(20);
    expect(await desk.contents(planId)).toEqual(await phone.contents(planId));

    // An edit on the desk comes back to the phone.
    const [action] = await listRecords(desk.db, 'actions', planId);
    await editRecord(desk.db, 'actions', action!.id, {
      base: action!,
      draft: { ...action!, title: 'Renamed at the desk' },
    });
    expect(await desk.sync()).toMatchObject({ uploaded: 1 });
    expect(await phone.sync()).toMatchObject({ downloaded: 1, updated: 1 });
    expect((await getRecord(phone.db, 'actions', action!.id))?.title).toBe('Renamed at the desk');
    expect(await desk.contents(planId)).toEqual(await phone.contents(planId));
  });

  it('sends on what a file import brought to a device that had only received', async () => {
    const folder = await freshFolder(server);
    const a = new Device('A');
    const b = new Device('B');
    const offline = new Device('Carried by file');
    const planId = await makeExample(a);
    await a.setup(folder.url);
    await b.setup(folder.url);
    await a.sync();
    expect(await b.sync()).toMatchObject({ uploaded: 0 }); // nothing of its own yet
    // A device without the folder edits the plan; its file is imported on B.
    await importBundle(offline.db, await exportBundle(b.db));
    const [action] = await listRecords(offline.db, 'actions', planId);
    await editRecord(offline.db, 'actions', action!.id, {
      base: action!,
      draft: { ...action!, title: 'Renamed by file' },
    });
    await importBundle(b.db, await exportBundle(offline.db));
    expect(await b.sync()).toMatchObject({ uploaded: 1 });
    await a.sync();
    expect((await getRecord(a.db, 'actions', action!.id))?.title).toBe('Renamed by file');
  });

  it('downloads nothing and writes nothing when nothing changed', async () => {
    const folder = await freshFolder(server);
    const a = new Device('A');
    const b = new Device('B');
    await makeExample(a, 'en');
    await a.setup(folder.url);
    await b.setup(folder.url);
    await a.sync();
    await b.sync();
    await a.sync();
    const quiet = await a.sync({ trigger: 'timer', now: () => Date.now() + 6 * 60_000 });
    expect(quiet).toMatchObject({ ok: true, downloaded: 0, uploaded: 0 });
    // One listing of the plan's folder: the root is listed on opening, on request and every 15 minutes.
    expect(quiet.requests).toBe(1);
    const opening = await a.sync({ trigger: 'open' });
    expect(opening).toMatchObject({ downloaded: 0, uploaded: 0, requests: 2 });
  });

  it('keeps one conflict on both devices when the same field was edited on each', async () => {
    const folder = await freshFolder(server);
    const a = new Device('A');
    const b = new Device('B');
    const planId = await makeExample(a);
    await a.setup(folder.url);
    await b.setup(folder.url);
    await a.sync();
    await b.sync();
    const [action] = await listRecords(a.db, 'actions', planId);
    await editRecord(a.db, 'actions', action!.id, {
      base: action!,
      draft: { ...action!, title: 'Title from A' },
    });
    await editRecord(b.db, 'actions', action!.id, {
      base: action!,
      draft: { ...action!, title: 'Title from B' },
    });
    await a.sync();
    expect(await b.sync()).toMatchObject({ conflicts: 1 });
    await a.sync();
    for (const device of [a, b]) {
      const conflicts = await listConflicts(device.db);
      expect(conflicts.map((c) => c.field)).toEqual(['title']);
    }
    expect(await a.contents(planId)).toEqual(await b.contents(planId));
  });

  it('refuses a damaged or hostile file of one device, names it, and still syncs the others', async () => {
    const a = new Device('A');
    const b = new Device('Bad phone');
    const c = new Device('C');
    const folder = await freshFolder(server);
    const planId = await makeExample(a);
    for (const d of [a, b, c]) await d.setup(folder.url);
    await a.sync();
    await b.sync();
    await c.sync();
    const [action] = await listRecords(c.db, 'actions', planId);
    await editRecord(c.db, 'actions', action!.id, { base: action!, draft: { ...action!, title: 'From C' } });
    await editRecord(b.db, 'actions', action!.id, { base: action!, draft: { ...action!, owner: 'From B' } });
    await b.sync();
    await c.sync();
    await a.sync(); // A merges B's good file…
    const bId = await deviceId(b.db);
    const bFile = join(folder.root, planId, `${bId}.json.gz`);
    const junks = {
      html: Buffer.from('<html>not a bundle</html>'),
      hostile: Buffer.from('{"format":"jalon-bundle","version":2,"__proto__":{"polluted":true}}'),
    };
    for (const [label, junk] of Object.entries(junks)) {
      writeFileSync(bFile, junk);
      // Meanwhile C goes on working.
      const now = (await getRecord(c.db, 'actions', action!.id))!;
      await editRecord(c.db, 'actions', action!.id, {
        base: now,
        draft: { ...now, title: `From C, ${label}` },
      });
      await c.sync();
      const report = await a.sync();
      expect(report.ok).toBe(true);
      expect(report.damaged).toEqual([
        expect.objectContaining({ device: bId, name: 'Bad phone', plan: planId }),
      ]);
      // B's last good file stays merged; C's change arrives.
      expect(await getRecord(a.db, 'actions', action!.id)).toMatchObject({
        title: `From C, ${label}`,
        owner: 'From B',
      });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
    // Once B writes a good file again, everyone converges.
    const current = (await getRecord(b.db, 'actions', action!.id))!;
    await editRecord(b.db, 'actions', action!.id, { base: current, draft: { ...current, owner: 'B again' } });
    await b.sync();
    expect((await a.sync()).damaged).toEqual([]);
    await c.sync();
    await b.sync();
    expect(await a.contents(planId)).toEqual(await b.contents(planId));
    expect(await c.contents(planId)).toEqual(await b.contents(planId));
  });
});
