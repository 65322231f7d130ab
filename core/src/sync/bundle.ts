import * as z from 'zod/mini';
import { timestamp } from '../model/common.ts';
import { type TableName, type TableRecord, tableNames, tableSchemas } from '../model/tables.ts';
import { DEVICE_ID_PATTERN, isStamp } from './hlc.ts';
import type { SyncRow } from './row.ts';

export const BUNDLE_FORMAT = 'jalon-bundle';
/**
 * 2: `_x` became a summary with at most one stamp per device (see row.ts); version-1 files, whose
 * `_x` listed every overwritten stamp, are read and summarised on the way in.
 */
export const BUNDLE_VERSION = 2;
export const READABLE_VERSIONS = [1, 2] as const;

/** Caps of an import file, checked before and while parsing: a bundle is untrusted input. */
export const bundleLimits = {
  /** Characters of the file, checked before JSON.parse. */
  maxChars: 200 * 1024 * 1024,
  rowsPerTable: 250_000,
  conflicts: 50_000,
  /** Nesting depth of any JSON value; the schema itself needs 6. */
  maxDepth: 32,
  /** Stamps a field's `_x` may list (one per device from version 2; version 1 listed every edit). */
  overwrittenPerField: 10_000,
  /** How far ahead of the importing device's clock a stamp may be (docs/decisions.md, "The clock"). */
  maxAheadMs: 366 * 86_400_000,
  deviceName: 80,
} as const;

/** A stamp of a real instant within bounds (see hlc.ts). */
export const stampSchema = z.string().check(z.refine(isStamp, 'invalid-stamp'));

function fieldKey(table: TableName) {
  const fields = Object.keys(tableSchemas[table].shape).filter((k) => k !== 'id');
  return z.enum(['_d', ...fields] as [string, ...string[]]);
}

/** A stored row: the domain record with its sync metadata (see row.ts). */
function rowSchema<T extends TableName>(table: T) {
  const key = fieldKey(table);
  return z.extend(tableSchemas[table], {
    _c: stampSchema,
    _f: z.optional(z.partialRecord(key, stampSchema)),
    _x: z.optional(
      z.partialRecord(key, z.array(stampSchema).check(z.maxLength(bundleLimits.overwrittenPerField))),
    ),
    _d: z.optional(z.boolean()),
  });
}

export const rowSchemas = Object.fromEntries(tableNames.map((t) => [t, rowSchema(t)])) as {
  [T in TableName]: ReturnType<typeof rowSchema<T>>;
};

/**
 * The losing value of a real conflict, kept for the user to review. Entries only accumulate and
 * travel with the bundle; which ones are still worth showing is computed (see conflicts.ts).
 */
export const conflictSchema = z.object({
  id: z.string().check(z.maxLength(400)),
  table: z.enum(tableNames as [TableName, ...TableName[]]),
  recordId: z.string().check(z.maxLength(64)),
  field: z.string().check(z.maxLength(64)),
  /** The value that lost; null when the losing side had cleared the field. */
  value: z.unknown(),
  stamp: stampSchema,
});
export type ConflictEntry = z.infer<typeof conflictSchema>;

export const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(READABLE_VERSIONS),
  exportedAt: timestamp,
  device: z.string().check(z.regex(DEVICE_ID_PATTERN)),
  /** The name its user gave the device that wrote it ("Claire — téléphone"), when it has one. */
  deviceName: z.optional(z.string().check(z.maxLength(bundleLimits.deviceName))),
  tables: z.object(
    Object.fromEntries(
      tableNames.map((t) => [
        t,
        z._default(z.array(rowSchemas[t]).check(z.maxLength(bundleLimits.rowsPerTable)), []),
      ]),
    ) as { [T in TableName]: z.ZodMiniDefault<z.ZodMiniArray<(typeof rowSchemas)[T]>> },
  ),
  conflicts: z._default(z.array(conflictSchema).check(z.maxLength(bundleLimits.conflicts)), []),
});

export type Bundle = z.infer<typeof bundleSchema>;
/** Rows by table, loosely typed: the sync layer treats every record as fields with stamps. */
export type RowTables = Record<TableName, SyncRow[]>;
export type TypedRow<T extends TableName> = SyncRow<TableRecord<T>>;

export function emptyTables(): RowTables {
  return Object.fromEntries(tableNames.map((t) => [t, []])) as unknown as RowTables;
}
