// fake-indexeddb before core: Dexie picks up the global indexedDB when it loads.
import 'fake-indexeddb/auto';
import { editRecord, getRecord, listConflicts, listRecords, type PlanDb } from '@jalon/core/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Device, freshFolder, makeExample, type Server, startServer } from './support.ts';

const DAY = 86_400_000;

/**
 * Runs `work` with the device's time source a day ahead. Core reads the time from `Date.now`
 * (stamps in `takeStamp`, the round's `now`): replacing it while only this device's code runs is
 * that device's clock being wrong, everything else (servers, the other device) untouched.
 */
async function aDayAhead<T>(work: () => Promise<T>): Promise<T> {
  const real = Date.now;
  Date.now = () => real() + DAY;
  try {
    return await work();
  } finally {
    Date.now = real;
  }
}

/** Nearly a day from now: a stamp later than this was taken by a clock running ahead. */
const dayAhead = () => new Date(Date.now() + DAY - 10 * 60_000).toISOString();

async function edit(db: PlanDb, id: string, changes: Record<string, string>): Promise<void> {
  const base = (await getRecord(db, 'actions', id))!;
  await editRecord(db, 'actions', id, { base, draft: { ...base, ...changes } });
}

async function fieldStamp(db: PlanDb, id: string, field: string): Promise<string> {
  const row = (await db.table('actions').get(id)) as { _f?: Record<string, string>; _c: string };
  return row._f?.[field] ?? row._c;
}

/**
 * One device's clock runs a day ahead (docs/decisions.md, "The clock and its metadata"): its
 * stamps win last-writer-wins against edits made meanwhile elsewhere, but those are kept as
 * conflicts on every device (nothing typed is lost), and any edit made after seeing the skewed
 * value beats it. What happens once the clock is right again is written in docs/sync-webdav.md.
 */
describe.each(['apache', 'rclone'] as const)('a device clock a day ahead, through %s', (kind) => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('loses nothing, and converges once the clock is right again', async () => {
    const folder = await freshFolder(server);
    const ahead = new Device('Ahead');
    const right = new Device('Right');
    const planId = await makeExample(ahead);
    await ahead.setup(folder.url);
    await right.setup(folder.url);
    await ahead.sync();
    await right.sync();
    const [one, two, three] = await listRecords(right.db, 'actions', planId);

    // The fault: a day ahead, the device edits and syncs.
    await aDayAhead(async () => {
      await edit(ahead.db, one!.id, { title: 'Ahead: title' });
      await edit(ahead.db, two!.id, { owner: 'Ahead: owner' });
      expect(await ahead.sync()).toMatchObject({ ok: true, uploaded: 1 });
    });
    expect((await fieldStamp(ahead.db, one!.id, 'title')) > dayAhead()).toBe(true);

    // Later in real time, not having seen it, the other device edits the same field and another.
    await edit(right.db, one!.id, { title: 'Right: later title' });
    await edit(right.db, three!.id, { title: 'Right: only here' });
    const received = await right.sync();
    expect(received).toMatchObject({ ok: true, conflicts: 1 });
    // A day ahead is at most the report's threshold ("more than a day"): not flagged as skew.
    expect(received.clockSkew).toBe(0);
    // Last writer by stamp: the skewed edit; the later real one is kept for review, not dropped.
    expect(await getRecord(right.db, 'actions', one!.id)).toMatchObject({ title: 'Ahead: title' });
    expect((await listConflicts(right.db)).map((c) => [c.field, c.value])).toEqual([
      ['title', 'Right: later title'],
    ]);

    // The fault is gone: the clock is right again. Both converge, the conflict on both.
    await ahead.sync();
    expect(await getRecord(ahead.db, 'actions', three!.id)).toMatchObject({ title: 'Right: only here' });
    expect(await ahead.contents(planId)).toEqual(await right.contents(planId));
    expect((await listConflicts(ahead.db)).map((c) => [c.field, c.value])).toEqual([
      ['title', 'Right: later title'],
    ]);

    // An edit made after seeing the skewed value beats it at once (its stamp goes past it).
    await edit(right.db, one!.id, { title: 'Right: after seeing it' });
    expect(
      (await fieldStamp(right.db, one!.id, 'title')) > (await fieldStamp(ahead.db, one!.id, 'title')),
    ).toBe(true);
    await right.sync();
    await ahead.sync();
    expect(await getRecord(ahead.db, 'actions', one!.id)).toMatchObject({ title: 'Right: after seeing it' });

    // Observed (docs/sync-webdav.md): the device's clock keeps going from its last stamp, so its
    // edits stay stamped ahead until real time catches up, and win against concurrent edits for
    // that long; the concurrent value is kept as a conflict on every device. (A field neither had
    // touched during the fault: the other device's stamp is its own real time.)
    await edit(ahead.db, three!.id, { owner: 'Ahead: clock right again' });
    expect((await fieldStamp(ahead.db, three!.id, 'owner')) > dayAhead()).toBe(true);
    await edit(right.db, three!.id, { owner: 'Right: concurrent owner' });
    await ahead.sync();
    await right.sync();
    await ahead.sync();
    for (const device of [ahead, right]) {
      expect(await getRecord(device.db, 'actions', three!.id)).toMatchObject({
        owner: 'Ahead: clock right again',
      });
      expect((await listConflicts(device.db)).map((c) => c.value)).toContain('Right: concurrent owner');
    }
    expect(await ahead.contents(planId)).toEqual(await right.contents(planId));
    expect(await listConflicts(ahead.db)).toEqual(await listConflicts(right.db));
  });
});
