import { type Stamp, stampDevice } from './hlc.ts';

/**
 * A record as it is stored and exported: the domain fields plus the sync metadata.
 * - `_c`: the stamp of the record's creation, which is also the stamp of every field without one;
 * - `_f`: the stamps of the fields written after creation (most records are never edited, so
 *   this keeps a 50 000-record bundle small);
 * - `_x`: per field, a summary of the values this record's history knowingly replaced: for each
 *   device, the latest stamp of that device's values that were seen and overwritten (at most one
 *   stamp per device, sorted). A value is *superseded* when a stamp of the same device at least
 *   as late is listed: a device's writes to one field follow each other, so seeing its later
 *   value means its earlier ones were replaced too. A superseded value coming back from a device
 *   that lagged behind is not a conflict. Dismissing a conflict supersedes its stamp too.
 *   The summary grows with the number of devices, never with the number of edits.
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

/** Whether the summary `seen` shows the value stamped `stamp` as knowingly replaced. */
export function isSuperseded(seen: readonly Stamp[] | undefined, stamp: Stamp): boolean {
  if (!seen) return false;
  const device = stampDevice(stamp);
  return seen.some((s) => s >= stamp && stampDevice(s) === device);
}

/** `seen` with `stamp` added: it replaces an earlier stamp of the same device. Sorted. */
export function supersede(seen: readonly Stamp[] = [], stamp: Stamp): Stamp[] {
  const device = stampDevice(stamp);
  const mine = seen.find((s) => stampDevice(s) === device);
  if (mine !== undefined && mine >= stamp) return [...seen];
  return [...seen.filter((s) => stampDevice(s) !== device), stamp].sort();
}

/** The union of two summaries: per device, the later stamp. Commutative, associative, idempotent. */
export function unionSeen(a: readonly Stamp[] = [], b: readonly Stamp[] = []): Stamp[] {
  if (b.length === 0) return [...a];
  let out = [...a];
  for (const stamp of b) out = supersede(out, stamp);
  return out;
}

/**
 * Applies a local edit: the changed fields get `stamp` (which the caller made later than every
 * stamp it overwrites) and their previous stamps join `_x`, unless the field is in `concurrent`:
 * the caller keeps those previous values as conflicts, because the user did not see them. An
 * `undefined` value clears a field.
 */
export function applyEdit<T extends SyncRow>(
  row: T,
  changes: Record<string, unknown>,
  stamp: Stamp,
  concurrent: ReadonlySet<string> = new Set(),
): T {
  const next: Record<string, unknown> = { ...row };
  const stamps: Record<string, Stamp> = { ...row._f };
  const overwritten: Record<string, Stamp[]> = { ...row._x };
  for (const [field, value] of Object.entries(changes)) {
    if (field === 'id' || META_KEYS.has(field)) continue;
    if (sameValue(row[field as keyof T], value)) continue;
    const previous = fieldStamp(row, field);
    if (!BOOKKEEPING_FIELDS.has(field) && !concurrent.has(field)) {
      overwritten[field] = supersede(overwritten[field], previous);
    }
    stamps[field] = stamp;
    if (value === undefined) delete next[field];
    else next[field] = value;
  }
  next._f = stamps;
  if (Object.keys(overwritten).length > 0) next._x = overwritten;
  return next as T;
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
