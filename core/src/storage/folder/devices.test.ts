import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { deviceId } from '../clock.ts';
import { openPlanDb } from '../db.ts';
import { folderDevices } from './devices.ts';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('folderDevices', () => {
  it('lists this device first, then the plan’s others with their server dates', async () => {
    const db = openPlanDb('devices-list');
    const self = await deviceId(db);
    await db.folderSync.put({ key: 'names', value: { abc: 'Bureau de Paul', [self]: 'Claire' } });
    await db.folderSync.put({
      key: 'plan:p',
      value: {
        own: { key: 'e|10|Mon, 30 Nov 2026 10:00:00 GMT', seq: 1 },
        peers: { abc: { failures: 0, written: 'Mon, 30 Nov 2026 11:00:00 GMT' } },
      },
    });
    await db.folderSync.put({ key: 'plan:q', value: { peers: { other: { failures: 0 } } } });
    expect(await folderDevices(db, 'p')).toEqual([
      { id: self, name: 'Claire', self: true, retired: false, plans: 1, wroteAt: Date.UTC(2026, 10, 30, 10) },
      {
        id: 'abc',
        name: 'Bureau de Paul',
        self: false,
        retired: false,
        plans: 1,
        wroteAt: Date.UTC(2026, 10, 30, 11),
      },
    ]);
    expect((await folderDevices(db)).map((d) => d.id)).toEqual([self, 'abc', 'other']);
  });

  it('tells a live query when a device is retired', async () => {
    const db = openPlanDb('devices-live');
    await deviceId(db);
    await db.folderSync.put({ key: 'plan:p', value: { peers: { abc: { failures: 0 } } } });
    const seen: boolean[] = [];
    const subscription = liveQuery(() => folderDevices(db, 'p')).subscribe({
      next: (devices) => seen.push(devices.find((d) => d.id === 'abc')?.retired ?? false),
    });
    await wait(100);
    await db.folderSync.put({ key: 'plan:p', value: { peers: { abc: { failures: 0, retired: true } } } });
    await wait(100);
    subscription.unsubscribe();
    expect(seen).toEqual([false, true]);
  });
});
