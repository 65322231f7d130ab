import { childUrl, planFolderUrl, RETIRED_SUFFIX } from '../../sync/folder/urls.ts';
import { deviceId } from '../clock.ts';
import type { PlanDb } from '../db.ts';
import { guard } from '../errors.ts';
import { FolderError } from './errors.ts';
import { DavClient } from './http.ts';
import type { Reach } from './setup.ts';
import { type PeerRecord, type PlanState, readNames, readSetup } from './state.ts';

export interface FolderDevice {
  id: string;
  name?: string;
  /** This device. */
  self: boolean;
  /** When its file was last written, by the server's clock (ms): for showing, never for comparing. */
  wroteAt?: number;
  /** Last time its file was read whole and merged (this device's clock). */
  lastGood?: number;
  /** Why its file was last refused, if it was. */
  problem?: string;
  retired: boolean;
  plans: number;
}

/** The server date in a change key (etag|length|date), as ms. */
function keyDate(key: string | undefined): number | undefined {
  return serverTime(key?.split('|')[2]);
}

function serverTime(date: string | undefined): number | undefined {
  const ms = date ? Date.parse(date) : Number.NaN;
  return Number.isNaN(ms) ? undefined : ms;
}

/** Keeps the later of a device's known time and `at` in `field`. */
function keepLater(device: FolderDevice, field: 'wroteAt' | 'lastGood', at: number | undefined): void {
  const known = device[field];
  if (at !== undefined && (known === undefined || at > known)) device[field] = at;
}

/**
 * The devices this one has met in the folder (in one plan's folder, or in all), with their names
 * and the state of their files; this device first, listed even before its first write.
 */
export async function folderDevices(db: PlanDb, planId?: string): Promise<FolderDevice[]> {
  // All reads start at once: a read begun after awaiting another may escape a live query's watch.
  const [names, self, rows] = await Promise.all([
    readNames(db),
    deviceId(db),
    guard(() =>
      planId
        ? db.folderSync.where('key').equals(`plan:${planId}`).toArray()
        : db.folderSync.where('key').startsWith('plan:').toArray(),
    ),
  ]);
  const byId = new Map<string, FolderDevice>();
  const own: FolderDevice = { id: self, self: true, retired: false, plans: 0 };
  for (const row of rows) {
    const state = row.value as PlanState | undefined;
    if (state?.own?.key) {
      own.plans++;
      keepLater(own, 'wroteAt', keyDate(state.own.key));
    }
    for (const [id, record] of Object.entries(state?.peers ?? {}) as [string, PeerRecord][]) {
      if (id === self) continue;
      const device: FolderDevice = byId.get(id) ?? { id, self: false, retired: false, plans: 0 };
      device.plans++;
      if (record.retired) device.retired = true;
      keepLater(device, 'wroteAt', serverTime(record.written) ?? keyDate(record.key));
      keepLater(device, 'lastGood', record.lastGood);
      if (record.problem) device.problem = record.problem;
      byId.set(id, device);
    }
  }
  return [own, ...byId.values()]
    .map((d) => {
      const name = names[d.id];
      return name ? { ...d, name } : d;
    })
    .sort((a, b) => Number(b.self) - Number(a.self) || (a.name ?? a.id).localeCompare(b.name ?? b.id));
}

/** Device id → name, for showing who wrote a value (conflicts). */
export async function deviceNames(db: PlanDb): Promise<Record<string, string>> {
  return readNames(db);
}

/**
 * Retires a device (a lost phone, a reinstalled browser): a marker beside its file in each plan
 * folder says its id writes no more. Its last file stays and is still read, so nothing it wrote
 * is lost; a device finding its own id retired takes a new one.
 */
export async function retireDevice(db: PlanDb, device: string, reach: Reach): Promise<void> {
  const setup = await readSetup(db);
  if (!setup) throw new FolderError('not-configured');
  if (device === (await deviceId(db))) throw new FolderError('unexpected-status', 'self');
  const client = new DavClient(setup, {
    fetch: reach.fetch,
    ...(reach.online ? { online: reach.online } : {}),
    ...(reach.probeCors ? { probeCors: true } : {}),
  });
  const rows = await guard(() => db.folderSync.where('key').startsWith('plan:').toArray());
  for (const row of rows) {
    const state = row.value as PlanState;
    if (!state.peers?.[device]) continue;
    const planId = row.key.slice('plan:'.length);
    await client.put(
      childUrl(planFolderUrl(setup.url, planId), `${device}${RETIRED_SUFFIX}`),
      new Uint8Array(0),
      'text/plain',
    );
    state.peers[device] = { ...state.peers[device], retired: true };
    await guard(() => db.folderSync.put({ key: row.key, value: state }));
  }
}
