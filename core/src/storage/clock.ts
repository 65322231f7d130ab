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
