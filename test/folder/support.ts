// fake-indexeddb before core: Dexie picks up the global indexedDB when it loads.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildExamplePlan, newId, parseBundle } from '@jalon/core';
import {
  createPlan,
  exportPlanBundle,
  openPlanDb,
  type PlanDb,
  type SetupInput,
  type SyncOptions,
  saveFolderSetup,
  syncFolder,
} from '@jalon/core/storage';
import { type ApacheServer, startApache } from '../support/apache.ts';
import { type RcloneServer, startRclone } from '../support/rclone.ts';

/** The test account: a password with a non-Latin-1 character, as the traps list asks. */
export const USER = 'claire';
export const PASSWORD = 'pässwörd€';

export type ServerKind = 'apache' | 'rclone';
export type Server = (ApacheServer | RcloneServer) & { kind: ServerKind };

export async function startServer(kind: ServerKind): Promise<Server> {
  const server =
    kind === 'apache'
      ? await startApache({ user: USER, password: PASSWORD })
      : await startRclone({ user: USER, password: PASSWORD });
  return Object.assign(server, { kind });
}

let folders = 0;

/** A folder of its own on the server for one test, so that tests never see each other's plans. */
export async function freshFolder(server: {
  url: string;
  root: string;
}): Promise<{ url: string; root: string }> {
  folders += 1;
  const name = `team-${folders}`;
  const response = await fetch(`${server.url}${name}/`, {
    method: 'MKCOL',
    headers: { Authorization: `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}` },
  });
  if (response.status !== 201) throw new Error(`MKCOL ${name}: ${response.status}`);
  return { url: `${server.url}${name}/`, root: join(server.root, name) };
}

let count = 0;

/** A device: its own database (fake-indexeddb in Node), its own set-up, Node's real fetch. */
export class Device {
  readonly db: PlanDb;
  constructor(readonly name: string) {
    count += 1;
    this.db = openPlanDb(`device-${count}-${name.replace(/\W/g, '')}`);
  }

  async setup(url: string, extra: Partial<SetupInput> = {}): Promise<void> {
    await saveFolderSetup(
      this.db,
      { url, user: USER, password: PASSWORD, deviceName: this.name, ...extra },
      { fetch: globalThis.fetch },
    );
  }

  async sync(extra: Partial<SyncOptions> = {}) {
    const outcome = await syncFolder(this.db, {
      fetch: globalThis.fetch,
      trigger: 'manual',
      locale: 'en',
      ...extra,
    });
    if (!outcome.ran) throw new Error(`no round: ${outcome.reason}`);
    return outcome.summary;
  }

  /** The plan as this device holds it: every row and kept conflict, in id order. */
  async contents(planId: string) {
    const parsed = parseBundle((await exportPlanBundle(this.db, planId)).text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    return { tables: parsed.bundle.tables, conflicts: parsed.bundle.conflicts };
  }
}

export async function makeExample(device: Device, lang: 'fr' | 'en' = 'fr'): Promise<string> {
  const records = buildExamplePlan(lang, { today: '2026-11-30', now: new Date().toISOString(), newId });
  return (await createPlan(device.db, records)).planId;
}

/** Files the server holds for a plan, by name, with their size on disk. */
export function filesOnServer(server: { root: string }, planId: string): Record<string, number> {
  const dir = join(server.root, planId);
  const out: Record<string, number> = {};
  for (const name of readdirSync(dir)) out[name] = statSync(join(dir, name)).size;
  return out;
}

export function readOnServer(server: { root: string }, path: string): Buffer {
  return readFileSync(join(server.root, path));
}
