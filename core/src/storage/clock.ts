import { isStamp, newDeviceId, nextStamp, type Stamp } from '../sync/hlc.ts';
import type { PlanDb } from './db.ts';

/** A stamp further ahead of this device's clock than this is kept but reported as clock skew. */
export const MAX_DRIFT_MS = 86_400_000;

/**
 * The device id (one per installation) and the last stamp this device issued, both kept in the
 * `meta` table. Stamps are taken inside the caller's write transaction, so two tabs of the same
 * app never issue the same stamp.
 */
export async function deviceId(db: PlanDb): Promise<string> {
  const row = await db.meta.get('device');
  if (row) return row.value;
  const id = newDeviceId((bytes) => crypto.getRandomValues(bytes));
  await db.meta.put({ key: 'device', value: id });
  return id;
}

/** Must run inside a rw transaction over `meta`. `after`: the stamps being overwritten. */
export async function takeStamp(db: PlanDb, after: readonly Stamp[] = [], now = Date.now()): Promise<Stamp> {
  const device = await deviceId(db);
  const stored = (await db.meta.get('clock'))?.value;
  const last = isStamp(stored) ? stored : undefined;
  const latest = after.reduce<Stamp | undefined>(
    (max, s) => (max === undefined || s > max ? s : max),
    undefined,
  );
  const stamp = nextStamp(device, now, last, latest);
  // The device clock only records stamps near real time, so that one far-future stamp from a
  // skewed device does not drag every later local stamp into the future.
  const skewed = stamp.slice(0, 24) > new Date(now + MAX_DRIFT_MS).toISOString();
  await db.meta.put({ key: 'clock', value: skewed ? nextStamp(device, now, last) : stamp });
  return stamp;
}

/**
 * Gives this installation a new device id: it found a twin (a copied profile or a restored backup
 * writing under the same id) or its id retired in the sync folder. Stamps already issued keep the
 * old id; the clock goes on from its last stamp.
 */
export async function renewDeviceId(db: PlanDb): Promise<{ previous: string; id: string }> {
  return db.transaction('rw', db.meta, async () => {
    const previous = await deviceId(db);
    const id = newDeviceId((bytes) => crypto.getRandomValues(bytes));
    await db.meta.put({ key: 'device', value: id });
    return { previous, id };
  });
}

/** The last stamp this device issued: it moves with every local write and with nothing else. */
export async function lastLocalStamp(db: PlanDb): Promise<string | undefined> {
  return (await db.meta.get('clock'))?.value;
}

/**
 * What this device has changed by itself: its last stamp and the number of file imports that
 * brought something. Undefined when it has done neither (all it holds came from a sync folder).
 */
export async function localChangeMark(db: PlanDb): Promise<string | undefined> {
  const [clock, imports] = await Promise.all([db.meta.get('clock'), db.meta.get('imports')]);
  if (!clock && !imports) return undefined;
  return `${clock?.value ?? ''}#${imports?.value ?? 0}`;
}
