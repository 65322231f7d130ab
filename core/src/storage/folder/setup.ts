import { keyFileIn, plansInFolder } from '../../sync/folder/peers.ts';
import { resetSchedule, type ScheduleState } from '../../sync/folder/schedule.ts';
import { utf8 } from '../../sync/folder/text.ts';
import { childUrl, type FolderUrlProblem, KEY_FILE, normaliseFolderUrl } from '../../sync/folder/urls.ts';
import type { PlanDb } from '../db.ts';
import { FolderError } from './errors.ts';
import { DavClient, type FetchLike } from './http.ts';
import { newKeyFile, parseKeyFile, unlockTeamKey } from './keys.ts';
import { type FolderSetup, readSchedule, readSetup, writeSchedule, writeSetup } from './state.ts';
import { randomHex } from './streams.ts';

export interface FolderInput {
  url: string;
  user: string;
  /** Left empty when editing a saved set-up: the saved password stays. */
  password: string;
}

export interface Reach {
  fetch: FetchLike;
  online?: () => boolean;
  probeCors?: boolean;
}

export type TestResult =
  | { ok: true; url: string; plans: number; encrypted: boolean; insecure: boolean }
  | { ok: false; code: FolderError['code']; detail: string; urlProblem?: FolderUrlProblem; hint?: string };

/**
 * "Test the connection": the address, the credentials, reading the folder, and writing and
 * deleting a small file in it, each failure named (unknown host or offline, CORS, 401, 403, 404,
 * 405, 507…). Nothing is saved. A 404 lets the app offer to create the folder.
 */
export async function testFolder(input: FolderInput, reach: Reach, saved?: FolderSetup): Promise<TestResult> {
  const url = normaliseFolderUrl(input.url);
  if (!url.ok) {
    return {
      ok: false,
      code: 'bad-url',
      detail: url.problem,
      urlProblem: url.problem,
      ...(url.hint ? { hint: url.hint } : {}),
    };
  }
  const client = clientFor(input, url, reach, saved);
  try {
    const root = await client.list(url.url, 1);
    const probe = childUrl(url.url, `jalon-test-${randomHex(6)}.txt`);
    await client.put(probe, utf8('Jalon'), 'text/plain');
    await client.delete(probe);
    return {
      ok: true,
      url: url.url,
      plans: plansInFolder(root).length,
      encrypted: keyFileIn(root) !== undefined,
      insecure: url.insecure,
    };
  } catch (error) {
    if (error instanceof FolderError) return { ok: false, code: error.code, detail: error.detail };
    throw error;
  }
}

/** Creates the folder the test found missing (its parent must exist). */
export async function createFolder(input: FolderInput, reach: Reach, saved?: FolderSetup): Promise<void> {
  const url = normaliseFolderUrl(input.url);
  if (!url.ok) throw new FolderError('bad-url', url.problem);
  await clientFor(input, url, reach, saved).mkcol(url.url);
}

function clientFor(
  input: FolderInput,
  url: { url: string; user?: string; password?: string },
  reach: Reach,
  saved: FolderSetup | undefined,
): DavClient {
  const user = input.user.trim() || url.user || '';
  const password = input.password || url.password || (saved && saved.user === user ? saved.password : '');
  return new DavClient(
    { user, password },
    {
      fetch: reach.fetch,
      ...(reach.online ? { online: reach.online } : {}),
      ...(reach.probeCors ? { probeCors: true } : {}),
      timeoutMs: 30_000,
    },
  );
}

export interface SetupInput extends FolderInput {
  deviceName: string;
  /**
   * The team passphrase: turns end-to-end encryption on, or opens an encrypted folder. Undefined
   * keeps what this device had; '' turns it off for this device (a folder with a key file then
   * refuses it: nothing is written).
   */
  passphrase?: string;
}

/**
 * Saves the set-up on this device after checking the passphrase against the folder's key file
 * (or writing one, if this device turns encryption on). The passphrase itself is not kept: only
 * the team key derived from it, not extractable. A wrong passphrase saves nothing.
 */
export async function saveFolderSetup(
  db: PlanDb,
  input: SetupInput,
  reach: Reach,
  now = Date.now(),
): Promise<void> {
  const url = normaliseFolderUrl(input.url);
  if (!url.ok) throw new FolderError('bad-url', url.problem);
  const saved = await readSetup(db);
  const user = input.user.trim() || url.user || '';
  const password = input.password || url.password || (saved && saved.user === user ? saved.password : '');
  const next: FolderSetup = {
    url: url.url,
    user,
    password,
    deviceName: input.deviceName.trim().slice(0, 80),
    encrypt: saved?.encrypt ?? false,
    savedAt: new Date(now).toISOString(),
  };
  if (saved?.teamKey && saved.keySalt && saved.url === url.url) {
    next.teamKey = saved.teamKey;
    next.keySalt = saved.keySalt;
  }
  if (input.passphrase === '') {
    next.encrypt = false;
    delete next.teamKey;
    delete next.keySalt;
  } else if (input.passphrase !== undefined) {
    const client = clientFor({ ...input, user, password }, url, reach, saved);
    const root = await client.list(url.url, 1);
    const keyUrl = childUrl(url.url, KEY_FILE);
    if (keyFileIn(root)) {
      const got = await client.get(keyUrl, { maxBytes: 64 * 1024 });
      if (got.notModified) throw new FolderError('key-damaged');
      const file = parseKeyFile(new TextDecoder().decode(got.bytes));
      next.teamKey = await unlockTeamKey(input.passphrase, file);
      next.keySalt = file.salt;
    } else {
      const made = await newKeyFile(input.passphrase);
      await client.put(keyUrl, utf8(JSON.stringify(made.file, null, 2)), 'application/json');
      next.teamKey = made.teamKey;
      next.keySalt = made.file.salt;
    }
    next.encrypt = true;
  }
  await writeSetup(db, next);
  await writeSchedule(db, resetSchedule(await readSchedule(db)));
}

/** What the apps may show of the set-up: never the password nor any key. */
export interface FolderSetupView {
  url: string;
  user: string;
  deviceName: string;
  hasPassword: boolean;
  encrypted: boolean;
  /** Encryption is wanted but this device has no key for the folder's current key file. */
  needsPassphrase: boolean;
}

export async function folderSetupView(db: PlanDb): Promise<FolderSetupView | undefined> {
  const setup = await readSetup(db);
  if (!setup) return undefined;
  return {
    url: setup.url,
    user: setup.user,
    deviceName: setup.deviceName,
    hasPassword: setup.password !== '',
    encrypted: setup.encrypt,
    needsPassphrase: setup.encrypt && !setup.teamKey,
  };
}

export async function folderSchedule(db: PlanDb): Promise<ScheduleState> {
  return readSchedule(db);
}
