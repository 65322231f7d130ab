import { type TableName, tableNames } from '../model/tables.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type ConflictEntry } from '../sync/bundle.ts';
import { visibleConflicts } from '../sync/conflicts.ts';
import { mergeRows, pruneConflicts, rowsOf } from '../sync/merge.ts';
import type { BundleErrorCode } from '../sync/messages.ts';
import { type BundleError, parseBundle } from '../sync/parse.ts';
import { isSuperseded, type SyncRow, sameValue } from '../sync/row.ts';
import { deviceId, MAX_DRIFT_MS } from './clock.ts';
import type { PlanDb } from './db.ts';
import { guard } from './errors.ts';

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  /** Records that this import deleted (their tombstone came from the file). */
  deleted: number;
  /** Conflicts this import kept for review ("kept both"). */
  conflicts: number;
  /** Stamps more than a day ahead of this device's clock: kept, but worth telling the user. */
  clockSkew: { count: number; latest?: string };
}

export interface ImportProgress {
  done: number;
  total: number;
}

export class BundleImportError extends Error {
  override readonly name = 'BundleImportError';
  readonly code: BundleErrorCode;
  readonly detail: string | undefined;
  constructor(error: BundleError) {
    super(error.message);
    this.code = error.code;
    this.detail = error.detail;
  }
}

const CHUNK = 2_000;

export function allTables(db: PlanDb) {
  return [...tableNames.map((t) => db.table(t)), db.conflicts, db.meta];
}

/** The whole database as one bundle file (JSON text), rows in id order. */
export async function exportBundle(db: PlanDb, options: { now?: number } = {}): Promise<string> {
  const device = await guard(() => deviceId(db));
  return guard(() =>
    db.transaction('r', allTables(db), async () => {
      const tables: Record<string, unknown[]> = {};
      for (const table of tableNames) tables[table] = await db.table(table).toArray();
      const conflicts = await db.conflicts.toArray();
      const exportedAt = new Date(options.now ?? Date.now()).toISOString();
      return JSON.stringify({
        format: BUNDLE_FORMAT,
        version: BUNDLE_VERSION,
        exportedAt,
        device,
        tables,
        conflicts,
      });
    }),
  );
}

/**
 * Merges a bundle file into the database, in one transaction: it fully applies or leaves the
 * database exactly as it was. A bad file throws BundleImportError (translated message) before
 * anything is opened for writing.
 */
export async function importBundle(
  db: PlanDb,
  text: string,
  options: {
    onProgress?: (progress: ImportProgress) => void;
    locale?: string;
    now?: number;
    /** Refuse (`wrong-plan`) a file holding records of any other plan: a sync folder's files do. */
    planId?: string;
    /** Told who wrote the file once it is read and checked, before anything is merged. */
    onParsed?: (writer: { device: string; deviceName?: string }) => void;
  } = {},
): Promise<ImportReport> {
  const now = options.now ?? Date.now();
  const parsed = parseBundle(text, {
    now,
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.planId !== undefined ? { planId: options.planId } : {}),
  });
  if (!parsed.ok) throw new BundleImportError(parsed.error);
  const { device, deviceName } = parsed.bundle;
  options.onParsed?.(deviceName ? { device, deviceName } : { device });
  const incoming = rowsOf(parsed.bundle);
  const total = tableNames.reduce((n, t) => n + incoming.tables[t].length, 0) + incoming.conflicts.length;
  const report: ImportReport = {
    added: 0,
    updated: 0,
    unchanged: 0,
    deleted: 0,
    conflicts: 0,
    clockSkew: { count: 0 },
  };
  const horizon = new Date(now + MAX_DRIFT_MS).toISOString();
  let done = 0;
  options.onProgress?.({ done, total });

  await guard(() =>
    db.transaction('rw', allTables(db), async () => {
      const candidates: ConflictEntry[] = [...incoming.conflicts];
      const touched = new Map<string, SyncRow>(); // merged rows whose history (_x) grew
      for (const table of tableNames) {
        const rows = incoming.tables[table];
        const store = db.table(table);
        const empty = (await store.count()) === 0;
        for (let start = 0; start < rows.length; start += CHUNK) {
          const chunk = rows.slice(start, start + CHUNK);
          const local = empty
            ? []
            : ((await store.bulkGet(chunk.map((r) => r.id))) as (SyncRow | undefined)[]);
          const puts: SyncRow[] = [];
          chunk.forEach((row, i) => {
            noteSkew(row, horizon, report);
            const mine = local[i];
            if (!mine) {
              puts.push(row);
              report.added++;
              return;
            }
            if (sameValue(mine, row)) {
              report.unchanged++;
              return;
            }
            const merged = mergeRows(table, mine, row);
            if (sameValue(mine, merged.row)) {
              report.unchanged++;
            } else {
              puts.push(merged.row);
              report.updated++;
              if (merged.row._d && !mine._d) report.deleted++;
              if (!sameValue(mine._x, merged.row._x)) touched.set(`${table}:${row.id}`, merged.row);
            }
            candidates.push(...merged.conflicts);
          });
          if (puts.length > 0) await store.bulkPut(puts);
          done += chunk.length;
          options.onProgress?.({ done, total });
        }
      }
      report.conflicts = await storeConflicts(db, candidates, touched);
      // A file import (not a sync folder's merge) brought something new: counted, so that folder
      // sync knows this device has something the folder may lack (storage/folder/plan-round.ts).
      if (options.planId === undefined && report.added + report.updated + report.conflicts > 0) {
        const count = Number((await db.meta.get('imports'))?.value ?? 0) || 0;
        await db.meta.put({ key: 'imports', value: String(count + 1) });
      }
      done += incoming.conflicts.length;
      options.onProgress?.({ done, total });
    }),
  );
  return report;
}

function noteSkew(row: SyncRow, horizon: string, report: ImportReport): void {
  for (const stamp of [row._c, ...Object.values(row._f ?? {})]) {
    if (stamp.slice(0, 24) <= horizon) continue;
    report.clockSkew.count++;
    if (!report.clockSkew.latest || stamp > report.clockSkew.latest) report.clockSkew.latest = stamp;
  }
}

/**
 * Adds the new conflict entries, drops those a record's history now marks as overwritten, and
 * returns how many conflicts the user has to review that they did not have before.
 */
async function storeConflicts(
  db: PlanDb,
  candidates: ConflictEntry[],
  touched: Map<string, SyncRow>,
): Promise<number> {
  const rowCache = new Map<string, SyncRow | undefined>(touched);
  const lookupAsync = async (table: TableName, id: string) => {
    const key = `${table}:${id}`;
    if (!rowCache.has(key)) rowCache.set(key, (await db.table(table).get(id)) as SyncRow | undefined);
    return rowCache.get(key);
  };
  const existing = new Set(
    ((await db.conflicts.bulkGet(candidates.map((c) => c.id))) as (ConflictEntry | undefined)[])
      .filter((c): c is ConflictEntry => c !== undefined)
      .map((c) => c.id),
  );
  const fresh = candidates.filter((c) => !existing.has(c.id));
  for (const entry of fresh) await lookupAsync(entry.table, entry.recordId);
  const lookup = (table: TableName, id: string) => rowCache.get(`${table}:${id}`);
  const kept = pruneConflicts(lookup, fresh);
  if (kept.length > 0) await db.conflicts.bulkPut(kept);
  // Entries already stored may now be overwritten history on the records this import changed.
  for (const [key, row] of touched) {
    const [table, id] = splitKey(key);
    const stored = await db.conflicts.where('[table+recordId]').equals([table, id]).toArray();
    const stale = stored.filter((c) => isSuperseded(row._x?.[c.field], c.stamp)).map((c) => c.id);
    if (stale.length > 0) await db.conflicts.bulkDelete(stale);
  }
  return visibleConflicts(lookup, kept).length;
}

function splitKey(key: string): [TableName, string] {
  const at = key.indexOf(':');
  return [key.slice(0, at) as TableName, key.slice(at + 1)];
}
