import type { FileProblem } from '../../sync/folder/messages.ts';
import {
  changeKey,
  DAMAGE_SHOWN_AFTER,
  needsFetch,
  type PeerFile,
  readPlanFolder,
} from '../../sync/folder/peers.ts';
import type { DavListing } from '../../sync/folder/propfind.ts';
import { utf8 } from '../../sync/folder/text.ts';
import { CALENDAR_NAME, childUrl, deviceFileUrl, planFolderUrl } from '../../sync/folder/urls.ts';
import { BundleImportError, importBundle } from '../bundle-io.ts';
import { deviceId, localChangeMark } from '../clock.ts';
import { exportPlanBundle } from '../plan-bundle.ts';
import { decodeFile, encodeFile, FileRefused, readHeader } from './codec.ts';
import { Renewed, type Round } from './context.ts';
import { FolderError } from './errors.ts';
import { TooLargeError } from './http.ts';
import { renew } from './renew.ts';
import { type PeerRecord, type PlanState, readPlanState, writePlanState } from './state.ts';
import { randomHex, sha256Hex } from './streams.ts';
import { teamKeyFor } from './team-key.ts';
import { putVerified } from './upload.ts';

/** Problems that a file caught mid-upload shows, and the next round does not: shown only once repeated. */
const PASSING: ReadonlySet<FileProblem> = new Set(['truncated', 'not-gzip']);

/**
 * One plan's part of a round: read the plan folder, merge every peer file that changed, then
 * write this device's file if it has something new, and the calendar.
 */
export async function syncPlan(round: Round, planId: string): Promise<void> {
  const { client, setup } = round;
  const shares = round.options.shares?.(planId) ?? true;
  const folderUrl = planFolderUrl(setup.url, planId);
  let listing = await listPlanFolder(round, folderUrl);
  if (!listing) {
    if (!shares || !round.mayWrite) return;
    await client.mkcol(folderUrl);
    listing = { children: [] };
  }
  const teamKey = await teamKeyFor(round.db, client, setup, folderUrl, listing);
  const device = await deviceId(round.db);
  const state = await readPlanState(round.db, planId);
  const folder = readPlanFolder(listing, device);

  // This id was retired (from another device), or a twin writes under it: take a new one.
  if (folder.retired.has(device)) throw await renewed(round);
  if (folder.own && state.own?.key !== changeKey(folder.own)) {
    const got = await client.get(deviceFileUrl(setup.url, planId, device));
    const header = got.notModified ? undefined : await readHeader(got.bytes, { plan: planId, device });
    const mine = header && (header.write === state.own?.write || header.write === state.own?.pending);
    if (header && !mine) throw await renewed(round);
    // Our own write whose listing we had not recorded (or junk in our place, which we overwrite).
    if (mine) state.own = { ...state.own, seq: header.seq, write: header.write, key: changeKey(folder.own) };
  }

  for (const peer of folder.peers) {
    const { retired: _r, written: _w, ...record } = state.peers[peer.device] ?? { failures: 0 };
    state.peers[peer.device] = {
      ...record,
      ...(folder.retired.has(peer.device) ? { retired: true } : {}),
      ...(peer.entry.lastModified ? { written: peer.entry.lastModified.slice(0, 64) } : {}),
    };
  }
  const fetches = folder.peers.filter((peer) =>
    needsFetch(peer, state.peers[peer.device]?.key, round.fullRead),
  );
  for (const [index, peer] of fetches.entries()) {
    await round.progress('downloading', index, fetches.length);
    state.peers[peer.device] = await readPeer(round, planId, peer, state.peers[peer.device], teamKey);
    await writePlanState(round.db, planId, state);
  }
  if (fetches.length > 0) await round.progress('downloading', fetches.length, fetches.length);

  if (shares) {
    await writeOwn(round, planId, state, folder.own ? changeKey(folder.own) : undefined, teamKey);
    await writeCalendar(round, planId, state, folder.calendar !== undefined, teamKey);
  }
  await writePlanState(round.db, planId, state);
}

async function renewed(round: Round): Promise<Renewed> {
  await renew(round.db, round.setup.deviceName);
  round.renewed = true;
  return new Renewed();
}

async function listPlanFolder(round: Round, url: string): Promise<DavListing | undefined> {
  try {
    return await round.client.list(url, 1);
  } catch (error) {
    // Gone since the root was listed: it is made again when this device writes.
    if (error instanceof FolderError && error.code === 'not-found') return undefined;
    throw error;
  }
}

/** Downloads and merges one peer's file; a refused file changes nothing and keeps its reason. */
async function readPeer(
  round: Round,
  planId: string,
  peer: PeerFile,
  known: PeerRecord | undefined,
  teamKey: CryptoKey | undefined,
): Promise<PeerRecord> {
  const record: PeerRecord = known ?? { failures: 0 };
  const key = changeKey(peer.entry);
  const url = childUrl(planFolderUrl(round.setup.url, planId), peer.entry.name);
  try {
    const etag = !round.fullRead && record.key && record.etag ? record.etag : undefined;
    let got: Awaited<ReturnType<typeof round.client.get>>;
    try {
      got = await round.client.get(url, etag ? { etag } : {});
    } catch (error) {
      // Larger than any device's file may be: refused as that device's, never read whole.
      if (error instanceof TooLargeError) throw new FileRefused('too-large');
      throw error;
    }
    if (got.notModified) return { ...record, key };
    round.downloaded++;
    const decoded = await decodeFile(got.bytes, { plan: planId, device: peer.device }, teamKey);
    await round.progress('merging', 0, 1);
    const report = await importBundle(round.db, decoded.json, {
      planId,
      now: round.now(),
      ...(round.options.locale ? { locale: round.options.locale } : {}),
      onProgress: ({ done, total }) => void round.progress('merging', done, total),
      onParsed: ({ device, deviceName }) => {
        if (deviceName && device === peer.device) round.names[device] = deviceName;
      },
    });
    round.added += report.added;
    round.updated += report.updated;
    round.deleted += report.deleted;
    round.conflicts += report.conflicts;
    round.clockSkew += report.clockSkew.count;
    const { problem: _problem, ...rest } = record;
    return {
      ...rest,
      key,
      ...((got.etag ?? peer.entry.etag) ? { etag: got.etag ?? peer.entry.etag } : {}),
      failures: 0,
      lastGood: round.now(),
      ...(decoded.header ? { seq: decoded.header.seq } : {}),
    };
  } catch (error) {
    const problem: FileProblem | undefined =
      error instanceof FileRefused
        ? error.problem
        : error instanceof BundleImportError
          ? error.code
          : undefined;
    if (!problem) {
      // Deleted between the listing and now: nothing to read yet.
      if (error instanceof FolderError && error.code === 'not-found') return record;
      throw error;
    }
    const failures = record.failures + 1;
    if (!PASSING.has(problem) || failures >= DAMAGE_SHOWN_AFTER) {
      round.damaged.push({ plan: planId, device: peer.device, problem });
    }
    // The key is not recorded: the file is read again next round, whatever its listing says.
    const { key: _key, etag: _etag, ...rest } = record;
    return { ...rest, failures, problem };
  }
}

/** Writes this device's file when it has something the folder lacks. */
async function writeOwn(
  round: Round,
  planId: string,
  state: PlanState,
  listedKey: string | undefined,
  teamKey: CryptoKey | undefined,
): Promise<void> {
  if (!round.mayWrite) return;
  const intact = listedKey !== undefined && listedKey === state.own?.key;
  const clock = await localChangeMark(round.db);
  // Nothing changed here by this device, and the plan already has files: what it holds came
  // from them. (A plan not in the folder yet is written whatever its origin.)
  if (clock === undefined && !state.own && Object.keys(state.peers).length > 0) return;
  // No local write since the last comparison, and our file is there as we left it: nothing to do.
  if (intact && clock === state.own?.clock) return;
  const bundle = await exportPlanBundle(round.db, planId, {
    now: round.now(),
    deviceName: round.setup.deviceName,
  });
  if (bundle.records === 0) return; // a plan this device could not read yet
  const hash = await sha256Hex(utf8(bundle.content));
  if (intact && hash === state.own?.hash) {
    state.own = { ...state.own, seq: state.own?.seq ?? 0, ...(clock ? { clock } : {}) };
    return;
  }
  await round.progress('uploading', 0, 1);
  const device = await deviceId(round.db);
  const write = randomHex(8);
  const seq = (state.own?.seq ?? 0) + 1;
  state.own = { ...state.own, seq: state.own?.seq ?? 0, pending: write };
  await writePlanState(round.db, planId, state);
  const bytes = await encodeFile(bundle.text, { plan: planId, device, write, seq }, teamKey);
  const folderUrl = planFolderUrl(round.setup.url, planId);
  try {
    const written = await putVerified(
      round.client,
      deviceFileUrl(round.setup.url, planId, device),
      folderUrl,
      bytes,
      'application/gzip',
    );
    state.own = { key: written.key, hash, seq, write, ...(clock ? { clock } : {}) };
    round.uploaded++;
    await round.progress('uploading', 1, 1);
  } catch (error) {
    if (
      error instanceof FolderError &&
      (error.code === 'insufficient-storage' || error.code === 'payload-too-large')
    ) {
      round.writePaused = error.code;
      return;
    }
    throw error;
  }
}

/**
 * The plan's calendar beside the files, for calendar apps to subscribe to: rewritten when this
 * device's calendar changed. Never with end-to-end encryption (it would be readable on the
 * server): one found then is removed.
 */
async function writeCalendar(
  round: Round,
  planId: string,
  state: PlanState,
  listed: boolean,
  teamKey: CryptoKey | undefined,
): Promise<void> {
  const url = childUrl(planFolderUrl(round.setup.url, planId), CALENDAR_NAME);
  if (teamKey) {
    if (listed) await round.client.delete(url);
    delete state.calendar;
    return;
  }
  if (!round.options.calendar || !round.mayWrite || round.writePaused) return;
  const ics = await round.options.calendar(planId);
  if (!ics) return;
  const bytes = utf8(ics);
  const hash = await sha256Hex(bytes);
  if (listed && hash === state.calendar) return;
  try {
    await round.client.put(url, bytes, 'text/calendar; charset=utf-8');
    state.calendar = hash;
  } catch (error) {
    if (
      error instanceof FolderError &&
      (error.code === 'insufficient-storage' || error.code === 'payload-too-large')
    ) {
      round.writePaused = error.code;
      return;
    }
    throw error;
  }
}
