import type { TableName } from '../model/tables.ts';
import type { ConflictEntry } from './bundle.ts';
import type { Stamp } from './hlc.ts';
import { isSuperseded, type SyncRow, sameValue } from './row.ts';

export interface VisibleConflict extends ConflictEntry {
  /** The value the record holds now, which won. */
  current: unknown;
  /** The stamp of the current value (its device is the one that wrote it). */
  currentStamp: Stamp;
}

/**
 * The conflicts worth showing: kept entries whose value differs from what the record holds now,
 * one per distinct value (the latest). Computed from the stored entries rather than stored
 * itself, so that it is the same whatever order bundles were merged in.
 */
export function visibleConflicts(
  lookup: (table: TableName, id: string) => SyncRow | undefined,
  entries: Iterable<ConflictEntry>,
): VisibleConflict[] {
  const latest = new Map<string, VisibleConflict>();
  for (const entry of entries) {
    const row = lookup(entry.table, entry.recordId);
    if (!row || isSuperseded(row._x?.[entry.field], entry.stamp)) continue;
    const current = row[entry.field] ?? null;
    if (sameValue(current, entry.value)) continue;
    const key = `${entry.table}:${entry.recordId}:${entry.field}:${JSON.stringify(entry.value)}`;
    const seen = latest.get(key);
    const currentStamp = row._f?.[entry.field] ?? row._c;
    if (!seen || seen.stamp < entry.stamp) latest.set(key, { ...entry, current, currentStamp });
  }
  return [...latest.values()].sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0));
}
