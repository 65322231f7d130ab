import type { TableName } from '../model/tables.ts';
import { type Bundle, type ConflictEntry, emptyTables, type RowTables } from './bundle.ts';
import type { Stamp } from './hlc.ts';
import { BOOKKEEPING_FIELDS, fieldStamp, isSuperseded, rowFields, type SyncRow, unionSeen } from './row.ts';

export function conflictId(table: TableName, recordId: string, field: string, stamp: Stamp): string {
  return `${table}:${recordId}:${field}:${stamp}`;
}

/**
 * Merges two versions of one record field by field: the larger stamp wins (the device id ending
 * the stamp breaks ties). The losing value of a field both sides wrote is returned as a conflict,
 * unless the merged history shows it was seen and overwritten. Symmetric in `a` and `b`.
 */
export function mergeRows(
  table: TableName,
  a: SyncRow,
  b: SyncRow,
): { row: SyncRow; conflicts: ConflictEntry[] } {
  const conflicts: ConflictEntry[] = [];
  // biome-ignore lint/complexity/useMathMinMax: stamps are strings; Math.min would give NaN
  const created = a._c < b._c ? a._c : b._c;
  const out: Record<string, unknown> = { id: a.id, _c: created };
  const stamps: Record<string, Stamp> = {};
  const overwritten: Record<string, Stamp[]> = {};
  const fields = new Set([...rowFields(a), ...rowFields(b)]);
  for (const field of [...fields].sort()) {
    const sa = fieldStamp(a, field);
    const sb = fieldStamp(b, field);
    const va = a[field];
    const vb = b[field];
    const aWins = sa > sb || (sa === sb && tieBreak(va, vb));
    const stamp = aWins ? sa : sb;
    const value = aWins ? va : vb;
    if (value !== undefined) out[field] = value;
    if (stamp !== created) stamps[field] = stamp;
    const seen = unionSeen(a._x?.[field], b._x?.[field]);
    if (seen.length > 0) overwritten[field] = seen;
    // Even an equal value is kept as an entry: which versions lose must not depend on the order
    // of merges. Entries equal to the current value are simply not shown (conflicts.ts).
    if (sa === sb || BOOKKEEPING_FIELDS.has(field)) continue;
    const loserStamp = aWins ? sb : sa;
    if (isSuperseded(seen, loserStamp)) continue;
    conflicts.push({
      id: conflictId(table, a.id, field, loserStamp),
      table,
      recordId: a.id,
      field,
      value: (aWins ? vb : va) ?? null,
      stamp: loserStamp,
    });
  }
  if (Object.keys(stamps).length > 0) out._f = stamps;
  if (Object.keys(overwritten).length > 0) out._x = overwritten;
  return { row: out as SyncRow, conflicts };
}

/** Equal stamps mean the same edit; differing values under one stamp only come from a forged file. */
function tieBreak(a: unknown, b: unknown): boolean {
  return (JSON.stringify(a) ?? '') >= (JSON.stringify(b) ?? '');
}

export interface MergedTables {
  tables: RowTables;
  conflicts: ConflictEntry[];
}

/**
 * Merges whole databases: rows by id, conflict entries by id (a set that only grows), then drops
 * the entries that a record's history marks as overwritten. Commutative, associative and
 * idempotent: every step is a union or a choice by stamp.
 */
export function mergeTables(
  a: { tables: RowTables; conflicts: readonly ConflictEntry[] },
  b: { tables: RowTables; conflicts: readonly ConflictEntry[] },
): MergedTables {
  const tables = emptyTables();
  const byTable = new Map<TableName, Map<string, SyncRow>>();
  const conflicts = new Map<string, ConflictEntry>();
  for (const entry of [...a.conflicts, ...b.conflicts]) conflicts.set(entry.id, entry);
  for (const table of Object.keys(tables) as TableName[]) {
    const rows = new Map<string, SyncRow>();
    for (const row of a.tables[table]) rows.set(row.id, row);
    for (const row of b.tables[table]) {
      const mine = rows.get(row.id);
      if (!mine) {
        rows.set(row.id, row);
        continue;
      }
      const merged = mergeRows(table, mine, row);
      rows.set(row.id, merged.row);
      for (const entry of merged.conflicts) conflicts.set(entry.id, entry);
    }
    byTable.set(table, rows);
    tables[table] = [...rows.values()].sort(byId);
  }
  const lookup = (table: TableName, id: string) => byTable.get(table)?.get(id);
  return { tables, conflicts: pruneConflicts(lookup, conflicts.values()) };
}

/** Keeps the entries that the record's history does not show as knowingly overwritten. */
export function pruneConflicts(
  lookup: (table: TableName, id: string) => SyncRow | undefined,
  entries: Iterable<ConflictEntry>,
): ConflictEntry[] {
  const kept: ConflictEntry[] = [];
  for (const entry of entries) {
    if (isSuperseded(lookup(entry.table, entry.recordId)?._x?.[entry.field], entry.stamp)) continue;
    kept.push(entry);
  }
  return kept.sort(byId);
}

export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The bundle holding everything both hold; its header is that of the later export. */
export function mergeBundles(a: Bundle, b: Bundle): Bundle {
  const later =
    a.exportedAt > b.exportedAt || (a.exportedAt === b.exportedAt && a.device >= b.device) ? a : b;
  const merged = mergeTables(rowsOf(a), rowsOf(b));
  return { ...later, tables: merged.tables as Bundle['tables'], conflicts: merged.conflicts };
}

/** A parsed bundle seen by the sync layer: every record as fields with stamps. */
export function rowsOf(bundle: Bundle): { tables: RowTables; conflicts: ConflictEntry[] } {
  return { tables: bundle.tables as unknown as RowTables, conflicts: bundle.conflicts };
}
