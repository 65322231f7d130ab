import { Dexie } from 'dexie';
import * as z from 'zod/mini';
import type { FileProblem, FolderErrorCode } from '../../sync/folder/messages.ts';
import { initialSchedule, type ScheduleState } from '../../sync/folder/schedule.ts';
import type { PlanDb } from '../db.ts';
import { guard } from '../errors.ts';

/**
 * Folder sync's device-local state, in the `folderSync` table (schema version 4): never in a
 * bundle, never sent anywhere but to the folder's own server. Read back with `safeParse`: an
 * older version or a hand edit may have left anything there.
 */

const text = (max: number) => z.string().check(z.maxLength(max));
const isCryptoKey = (v: unknown): v is CryptoKey =>
  typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'secret';

export const setupSchema = z.object({
  url: text(2_000),
  user: text(400),
  password: text(1_000),
  deviceName: text(80),
  /** End-to-end encryption wanted on this device (a passphrase was entered). */
  encrypt: z.boolean(),
  /** The team key derived from the passphrase (never the passphrase itself), not extractable. */
  teamKey: z.optional(z.custom<CryptoKey>(isCryptoKey)),
  /** The salt of the key file the team key was checked against; another salt means a new key. */
  keySalt: z.optional(text(64)),
  savedAt: text(40),
});
export type FolderSetup = z.infer<typeof setupSchema>;

const ownFileSchema = z.object({
  /** Change key (etag|length|date) of our file as the server listed it after our last write. */
  key: z.optional(text(400)),
  /** Content of our last upload (exportPlanBundle's `content`, hashed). */
  hash: z.optional(text(64)),
  /** The local change mark (stamp and file imports) when we last compared: unchanged means nothing new to send. */
  clock: z.optional(text(64)),
  seq: z.int(),
  write: z.optional(text(32)),
  /** A write id sent but not yet confirmed (a crash between PUT and this record is not a twin). */
  pending: z.optional(text(32)),
});

const peerSchema = z.object({
  key: z.optional(text(400)),
  etag: z.optional(text(400)),
  failures: z.int(),
  problem: z.optional(text(40)),
  lastGood: z.optional(z.number()),
  seq: z.optional(z.int()),
  /** Marked retired in the folder: it writes no more; its last file is still read. */
  retired: z.optional(z.boolean()),
  /** When the server says its file was last written (`getlastmodified`, server time): shown, never compared. */
  written: z.optional(text(64)),
});
export type PeerRecord = z.infer<typeof peerSchema>;

const planStateSchema = z.object({
  own: z.optional(ownFileSchema),
  peers: z.record(z.string(), peerSchema),
  /** Hash of the calendar last written by this device. */
  calendar: z.optional(text(64)),
});
export type PlanState = z.infer<typeof planStateSchema>;

const scheduleSchema = z.object({
  failures: z.int(),
  retryAt: z.optional(z.number()),
  stopped: z.optional(z.boolean()),
  writeRetryAt: z.optional(z.number()),
  writeFailures: z.optional(z.int()),
  lastAttempt: z.optional(z.number()),
  lastSuccess: z.optional(z.number()),
  lastFullRead: z.optional(z.number()),
});

export type SyncPhase = 'listing' | 'downloading' | 'merging' | 'uploading';

export interface DamagedFile {
  plan: string;
  device: string;
  name?: string;
  problem: FileProblem;
}

/** What the apps show of the last round. */
export interface SyncSummary {
  at: number;
  ok: boolean;
  error?: { code: FolderErrorCode; detail: string };
  /** Sums of the import reports of this round's merges. */
  added: number;
  updated: number;
  deleted: number;
  conflicts: number;
  clockSkew: number;
  damaged: DamagedFile[];
  uploaded: number;
  downloaded: number;
  requests: number;
  /** This device took a new id (a twin was found, or its id was retired). */
  renewed?: boolean;
  /** Uploads are paused after the server ran out of room (507, 413). */
  writePaused?: FolderErrorCode;
}

export interface SyncRunning {
  since: number;
  phase: SyncPhase;
  done: number;
  total: number;
}

const KEYS = {
  setup: 'setup',
  schedule: 'schedule',
  summary: 'summary',
  running: 'running',
  names: 'names',
  discovery: 'discovery',
};
const planKey = (planId: string) => `plan:${planId}`;

async function get(db: PlanDb, key: string): Promise<unknown> {
  return (await guard(() => db.folderSync.get(key)))?.value;
}

async function put(db: PlanDb, key: string, value: unknown): Promise<void> {
  await guard(() => db.folderSync.put({ key, value }));
}

export async function readSetup(db: PlanDb): Promise<FolderSetup | undefined> {
  const parsed = setupSchema.safeParse(await get(db, KEYS.setup));
  return parsed.success ? parsed.data : undefined;
}

export const writeSetup = (db: PlanDb, setup: FolderSetup) => put(db, KEYS.setup, setup);

export async function readSchedule(db: PlanDb): Promise<ScheduleState> {
  const parsed = scheduleSchema.safeParse(await get(db, KEYS.schedule));
  return parsed.success ? (parsed.data as ScheduleState) : initialSchedule;
}

export const writeSchedule = (db: PlanDb, state: ScheduleState) => put(db, KEYS.schedule, state);

export async function readPlanState(db: PlanDb, planId: string): Promise<PlanState> {
  const parsed = planStateSchema.safeParse(await get(db, planKey(planId)));
  return parsed.success ? parsed.data : { peers: {} };
}

export const writePlanState = (db: PlanDb, planId: string, state: PlanState) =>
  put(db, planKey(planId), state);

export async function readSummary(db: PlanDb): Promise<SyncSummary | undefined> {
  return (await get(db, KEYS.summary)) as SyncSummary | undefined;
}

export const writeSummary = (db: PlanDb, summary: SyncSummary) => put(db, KEYS.summary, summary);

export async function readRunning(db: PlanDb): Promise<SyncRunning | undefined> {
  return (await get(db, KEYS.running)) as SyncRunning | undefined;
}

/** Progress is written from inside a merge's transaction: outside of it, in a transaction of its own. */
export async function writeRunning(db: PlanDb, running: SyncRunning | undefined): Promise<void> {
  await Dexie.ignoreTransaction(() =>
    running ? put(db, KEYS.running, running) : guard(() => db.folderSync.delete(KEYS.running)),
  );
}

/** Device id → the name its user gave it, learnt from the files read (and this device's own). */
export async function readNames(db: PlanDb): Promise<Record<string, string>> {
  const parsed = z.record(z.string(), z.string()).safeParse(await get(db, KEYS.names));
  return parsed.success ? parsed.data : {};
}

export async function addNames(db: PlanDb, names: Record<string, string>): Promise<void> {
  const known = await readNames(db);
  if (Object.entries(names).every(([id, name]) => known[id] === name)) return;
  await put(db, KEYS.names, { ...known, ...names });
}

/** Forgets the set-up and everything learnt from the folder (the plans stay). */
export async function clearFolderState(db: PlanDb): Promise<void> {
  await guard(() => db.folderSync.clear());
}

/** The plans last found in the folder's root, and when: the root is listed only now and then. */
export interface Discovery {
  at: number;
  plans: string[];
}

export async function readDiscovery(db: PlanDb): Promise<Discovery | undefined> {
  const parsed = z
    .object({ at: z.number(), plans: z.array(z.string()) })
    .safeParse(await get(db, KEYS.discovery));
  return parsed.success ? parsed.data : undefined;
}

export const writeDiscovery = (db: PlanDb, discovery: Discovery) => put(db, KEYS.discovery, discovery);
