import { failureKind } from '../../sync/folder/messages.ts';
import { plansInFolder } from '../../sync/folder/peers.ts';
import {
  mayRun,
  mayWrite,
  needsDiscovery,
  needsFullRead,
  roundFailed,
  roundStarted,
  roundSucceeded,
  type ScheduleState,
  writeRefused,
  writeSucceeded,
} from '../../sync/folder/schedule.ts';
import { isFolderName } from '../../sync/folder/urls.ts';
import { deviceId } from '../clock.ts';
import type { PlanDb } from '../db.ts';
import { guard } from '../errors.ts';
import { Renewed, Round, type SyncOptions } from './context.ts';
import { FolderError } from './errors.ts';
import { DavClient } from './http.ts';
import { syncPlan } from './plan-round.ts';
import {
  addNames,
  readDiscovery,
  readNames,
  readSchedule,
  readSetup,
  type SyncSummary,
  writeDiscovery,
  writeRunning,
  writeSchedule,
  writeSummary,
} from './state.ts';
import { teamKeyFor } from './team-key.ts';

export type { SyncOptions };

export type SyncOutcome =
  | { ran: false; reason: 'not-configured' | 'waiting' | 'stopped' | 'busy' }
  | { ran: true; summary: SyncSummary };

/**
 * One sync round with the folder: list it, then for every plan (those in the folder and those of
 * this device it shares) merge the peers' files that changed and write this device's own when it
 * has something new. Rounds are serialised across tabs and pages of the app; whatever fails, the
 * local database only ever changes by complete, atomic merges, and the next round retries.
 */
export async function syncFolder(db: PlanDb, options: SyncOptions): Promise<SyncOutcome> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (!locks) return roundWithRetry(db, options);
  return locks.request('jalon-sync', { ifAvailable: options.trigger !== 'manual' }, (lock) =>
    lock ? roundWithRetry(db, options) : { ran: false as const, reason: 'busy' as const },
  );
}

async function roundWithRetry(db: PlanDb, options: SyncOptions): Promise<SyncOutcome> {
  const now = options.now ?? Date.now;
  const setup = await readSetup(db);
  if (!setup) return { ran: false, reason: 'not-configured' };
  let schedule = await readSchedule(db);
  if (!mayRun(schedule, options.trigger, now())) {
    return { ran: false, reason: schedule.stopped ? 'stopped' : 'waiting' };
  }
  schedule = roundStarted(schedule, now());
  await writeSchedule(db, schedule);
  const client = new DavClient(setup, {
    fetch: options.fetch,
    ...(options.online ? { online: options.online } : {}),
    ...(options.probeCors ? { probeCors: true } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  let round: Round | undefined;
  let renewed = false;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        round = await runRound(db, client, options, schedule, now);
        break;
      } catch (error) {
        // A new device id (a twin, a retired id): once more, under the new id.
        if (!(error instanceof Renewed) || attempt > 0) throw error;
        renewed = true;
      }
    }
    // The round that took the new id ended there: the report of the one after says so.
    if (renewed) round.renewed = true;
    schedule = roundSucceeded(schedule, now(), round.fullRead);
    schedule = round.writePaused ? writeRefused(schedule, now()) : writeSucceeded(schedule);
    const summary = summarise(round, client, now(), true);
    await writeSchedule(db, schedule);
    await writeSummary(db, summary);
    return { ran: true, summary };
  } catch (error) {
    const code = error instanceof FolderError ? error.code : undefined;
    schedule = roundFailed(schedule, code ? failureKind(code) : 'transient', now());
    await writeSchedule(db, schedule).catch(() => {});
    if (!code) throw error;
    const summary: SyncSummary = {
      ...(round ? summarise(round, client, now(), false) : empty(client, now())),
      error: { code, detail: (error as FolderError).detail },
    };
    await writeSummary(db, summary).catch(() => {});
    return { ran: true, summary };
  } finally {
    await writeRunning(db, undefined).catch(() => {});
  }
}

async function runRound(
  db: PlanDb,
  client: DavClient,
  options: SyncOptions,
  schedule: ScheduleState,
  now: () => number,
): Promise<Round> {
  const setup = await readSetup(db);
  if (!setup) throw new FolderError('not-configured');
  const round = new Round(
    db,
    client,
    setup,
    options,
    now,
    needsFullRead(schedule, now()),
    mayWrite(schedule, options.trigger, now()),
  );
  await round.progress('listing');
  let discovery = await readDiscovery(db);
  if (!discovery || needsDiscovery(options.trigger, discovery.at, now())) {
    const root = await client.list(setup.url, 1);
    await teamKeyFor(db, client, setup, setup.url, root);
    discovery = { at: now(), plans: plansInFolder(root) };
    await writeDiscovery(db, discovery);
  }
  const local = (await guard(() => db.plans.toCollection().primaryKeys())) as string[];
  const shares = options.shares ?? (() => true);
  const plans = [...new Set([...discovery.plans, ...local.filter((id) => isFolderName(id) && shares(id))])];
  for (const planId of plans.sort()) await syncPlan(round, planId);
  const device = await deviceId(db);
  await addNames(db, { ...round.names, ...(setup.deviceName ? { [device]: setup.deviceName } : {}) });
  Object.assign(round.names, await readNames(db));
  return round;
}

function summarise(round: Round, client: DavClient, at: number, ok: boolean): SyncSummary {
  return {
    at,
    ok,
    added: round.added,
    updated: round.updated,
    deleted: round.deleted,
    conflicts: round.conflicts,
    clockSkew: round.clockSkew,
    damaged: round.damaged.map((d) => {
      const name = round.names[d.device];
      return name ? { ...d, name } : d;
    }),
    uploaded: round.uploaded,
    downloaded: round.downloaded,
    requests: client.traffic.requests,
    ...(round.renewed ? { renewed: true } : {}),
    ...(round.writePaused ? { writePaused: round.writePaused } : {}),
  };
}

function empty(client: DavClient, at: number): SyncSummary {
  return {
    at,
    ok: false,
    added: 0,
    updated: 0,
    deleted: 0,
    conflicts: 0,
    clockSkew: 0,
    damaged: [],
    uploaded: 0,
    downloaded: 0,
    requests: client.traffic.requests,
  };
}
