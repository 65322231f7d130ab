import type { Stamp } from './hlc.ts';

/**
 * A record as it is stored and exported: the domain fields plus the sync metadata.
 * - `_c`: the stamp of the record's creation, which is also the stamp of every field without one;
 * - `_f`: the stamps of the fields written after creation (most records are never edited, so
 *   this keeps a 50 000-record bundle small);
 * - `_x`: per field, the stamps of values this record's history knowingly overwrote. A value whose
 *   stamp is listed there was seen and replaced, so it is not a conflict when it comes back from a
 *   device that lagged behind. Dismissing a conflict adds its stamp here too.
 * - `_d`: the tombstone. Deletion is a stamped field like any other, so a later restore (or a
 *   later edit on another device) is well defined; a deleted record keeps its fields.
 */
export interface SyncMeta {
  _c: Stamp;
  _f?: Record<string, Stamp>;
  _x?: Record<string, Stamp[]>;
  _d?: boolean;
}

export type SyncRow<T extends object = Record<string, unknown>> = T & SyncMeta & { id: string };

export const META_KEYS = new Set(['_c', '_f', '_x']);

/**
 * Fields that follow the record's edits rather than being edited themselves: they merge by
 * last writer without ever being reported as a conflict (a deleted record keeps its fields, so
 * nothing typed is lost to a deletion).
 */
export const BOOKKEEPING_FIELDS = new Set(['id', 'createdAt', 'updatedAt', '_d']);

export function fieldStamp(row: SyncMeta, field: string): Stamp {
  return row._f?.[field] ?? row._c;
}

/** The fields a row carries a value or a stamp for (the tombstone included). */
export function rowFields(row: SyncRow): string[] {
  const fields = new Set<string>();
  for (const key of Object.keys(row)) if (!META_KEYS.has(key) && key !== 'id') fields.add(key);
  for (const key of Object.keys(row._f ?? {})) fields.add(key);
  return [...fields];
}

/**
 * Applies a local edit: the changed fields get `stamp` (which the caller made later than every
 * stamp it overwrites) and their previous stamps join `_x`. An `undefined` value clears a field.
 */
export function applyEdit<T extends SyncRow>(row: T, changes: Record<string, unknown>, stamp: Stamp): T {
  const next: Record<string, unknown> = { ...row };
  const stamps: Record<string, Stamp> = { ...row._f };
  const overwritten: Record<string, Stamp[]> = { ...row._x };
  for (const [field, value] of Object.entries(changes)) {
    if (field === 'id' || META_KEYS.has(field)) continue;
    if (sameValue(row[field as keyof T], value)) continue;
    const previous = fieldStamp(row, field);
    if (!BOOKKEEPING_FIELDS.has(field)) overwritten[field] = insertSorted(overwritten[field] ?? [], previous);
    stamps[field] = stamp;
    if (value === undefined) delete next[field];
    else next[field] = value;
  }
  next._f = stamps;
  if (Object.keys(overwritten).length > 0) next._x = overwritten;
  return next as T;
}

export function insertSorted(list: readonly Stamp[], stamp: Stamp): Stamp[] {
  if (list.includes(stamp)) return [...list];
  return [...list, stamp].sort();
}

/** Structural equality of JSON values (field values are plain JSON). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
