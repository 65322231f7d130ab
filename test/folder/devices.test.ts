// fake-indexeddb before core: Dexie picks up the global indexedDB when it loads.
import 'fake-indexeddb/auto';
import {
  deleteRecord,
  deviceId,
  editRecord,
  folderDevices,
  listRecords,
  retireDevice,
} from '@jalon/core/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Device, filesOnServer, freshFolder, makeExample, type Server, startServer } from './support.ts';

/**
 * The devices of a plan's folder, and retiring one (a lost phone): what core promises, against
 * the real servers. A retired device's last file stays and is read; the device itself, when it
 * comes back, takes a new id and loses nothing it wrote, nor brings back what was deleted.
 */
describe.each(['apache', 'rclone'] as const)('devices of a folder on %s', (kind) => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lists each device with its name and when it last wrote; a retired one comes back under a new id, losing nothing', async () => {
    const folder = await freshFolder(server);
    const phone = new Device('Claire — téléphone');
    const lost = new Device('Bureau de Paul');
    const planId = await makeExample(phone);
    await phone.setup(folder.url);
    await lost.setup(folder.url);
    await phone.sync();
    await lost.sync();
    const [kept, removed] = await listRecords(lost.db, 'actions', planId);
    await editRecord(lost.db, 'actions', kept!.id, {
      base: kept!,
      draft: { ...kept!, title: 'Renamed on the lost device' },
    });
    await lost.sync();
    await phone.sync();
    const paul = await deviceId(lost.db);

    const devices = await folderDevices(phone.db, planId);
    expect(devices.map((d) => [d.name, d.self, d.retired])).toEqual([
      ['Claire — téléphone', true, false],
      ['Bureau de Paul', false, false],
    ]);
    // Server time of each file, near this machine's clock (same host): shown as "wrote 2 min ago".
    for (const d of devices) expect(Math.abs((d.wroteAt ?? 0) - Date.now())).toBeLessThan(120_000);
    expect(await folderDevices(phone.db, 'another-plan')).toEqual([
      expect.objectContaining({ self: true, plans: 0 }),
    ]);

    // Paul's device is lost; while it is away, the phone deletes an action.
    await retireDevice(phone.db, paul, { fetch: globalThis.fetch });
    expect(Object.keys(filesOnServer(folder, planId))).toContain(`${paul}.retired`);
    await expect(
      retireDevice(phone.db, await deviceId(phone.db), { fetch: globalThis.fetch }),
    ).rejects.toThrow();
    await deleteRecord(phone.db, 'actions', removed!.id);
    await phone.sync();
    expect((await folderDevices(phone.db, planId))[1]).toMatchObject({
      name: 'Bureau de Paul',
      retired: true,
    });
    // Its last file is still read: its rename stays in the plan.
    expect((await listRecords(phone.db, 'actions', planId)).find((a) => a.id === kept!.id)?.title).toBe(
      'Renamed on the lost device',
    );

    // The device was found again, edited offline, and syncs.
    const before = await listRecords(lost.db, 'actions', planId);
    const offline = before.find((a) => a.id !== kept!.id && a.id !== removed!.id)!;
    await editRecord(lost.db, 'actions', offline.id, {
      base: offline,
      draft: { ...offline, title: 'Written while retired' },
    });
    const oldFile = filesOnServer(folder, planId)[`${paul}.json.gz`];
    const back = await lost.sync();
    expect(back).toMatchObject({ ok: true, renewed: true });
    const renewed = await deviceId(lost.db);
    expect(renewed).not.toBe(paul);
    const files = filesOnServer(folder, planId);
    expect(files[`${paul}.json.gz`]).toBe(oldFile); // the retired id is never written again
    expect(Object.keys(files)).toContain(`${renewed}.json.gz`);
    // The deletion made while it was away is not undone on it.
    expect((await listRecords(lost.db, 'actions', planId)).map((a) => a.id)).not.toContain(removed!.id);

    await phone.sync();
    const actions = await listRecords(phone.db, 'actions', planId);
    expect(actions.find((a) => a.id === offline.id)?.title).toBe('Written while retired');
    expect(actions.map((a) => a.id)).not.toContain(removed!.id);
    expect(await phone.contents(planId)).toEqual(await lost.contents(planId));
    const after = await folderDevices(phone.db, planId);
    expect(after.map((d) => [d.id, d.name, d.retired])).toEqual(
      expect.arrayContaining([
        [paul, 'Bureau de Paul', true],
        [renewed, 'Bureau de Paul', false],
      ]),
    );
  });
});
