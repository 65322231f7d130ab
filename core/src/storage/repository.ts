import type * as z from 'zod/mini';
import { PlanError } from '../errors.ts';
import { newId } from '../ids.ts';
import { type TableName, type TableRecord, tableSchemas } from '../model/tables.ts';
import type { ConflictEntry } from '../sync/bundle.ts';
import { stampTime } from '../sync/hlc.ts';
import { conflictId } from '../sync/merge.ts';
import { applyEdit, fieldStamp, type SyncRow, sameValue } from '../sync/row.ts';
import { takeStamp } from './clock.ts';
import type { PlanDb } from './db.ts';
import { guard } from './errors.ts';

/**
 * The record-level writes the commands are made of. Apps never call these: they call the named
 * commands (commands/*.ts), which check references against the plan and say what changed.
 */

/** What callers give to create a record: the domain fields, with defaults filled by the schema. */
export type NewRecord<T extends TableName> = Omit<
  z.input<(typeof tableSchemas)[T]>,
  'id' | 'createdAt' | 'updatedAt'
> & {
  id?: string;
};
export type Changes<T extends TableName> = Partial<Omit<TableRecord<T>, 'id' | 'createdAt' | 'updatedAt'>>;

/** Stored rows carry sync metadata; views get the plain record. */
export function toRecord<T extends TableName>(row: SyncRow): TableRecord<T> {
  const { _c, _f, _x, ...record } = row;
  return record as unknown as TableRecord<T>;
}

/**
 * Creates a record: validated by its schema (defaults applied), stamped, written in one
 * transaction with the clock (or in the caller's). Throws PlanError('invalid-record') naming the
 * first bad field.
 */
export async function createRecord<T extends TableName>(
  db: PlanDb,
  table: T,
  data: NewRecord<T>,
): Promise<TableRecord<T>> {
  return guard(() =>
    db.transaction('rw', db.table(table), db.meta, async () => {
      const stamp = await takeStamp(db);
      const at = stampTime(stamp);
      const record = validate(table, { ...data, id: data.id ?? newId(), createdAt: at, updatedAt: at });
      const row = { ...record, _c: stamp } as SyncRow;
      await db.table(table).add(row);
      return record;
    }),
  );
}

export interface WriteOptions {
  /**
   * Fields whose stored value the user did not see (it changed after the form loaded): the
   * stored value is kept as a conflict entry instead of joining the field's overwritten history,
   * exactly as a sync would keep the loser of two concurrent edits.
   */
  concurrent?: ReadonlySet<string>;
}

/**
 * Writes the changed fields of one record. Each changed field gets a stamp later than the one it
 * overwrites, even if that one came from a device whose clock runs ahead.
 */
export async function updateRecord<T extends TableName>(
  db: PlanDb,
  table: T,
  id: string,
  changes: Changes<T> & { _d?: boolean },
  options: WriteOptions = {},
): Promise<TableRecord<T>> {
  return guard(() =>
    db.transaction('rw', [db.table(table), db.meta, db.conflicts], async () => {
      const row = (await db.table(table).get(id)) as SyncRow | undefined;
      if (!row) throw new PlanError('record-missing', `${table}.${id}`);
      const entries = Object.entries(changes) as [string, unknown][];
      const changed = entries.filter(([field, value]) => !sameValue(row[field], value));
      if (changed.length === 0) return toRecord<T>(row);
      const stamp = await takeStamp(
        db,
        changed.map(([field]) => fieldStamp(row, field)),
      );
      const concurrent = options.concurrent ?? new Set<string>();
      const kept: ConflictEntry[] = changed
        .filter(([field]) => concurrent.has(field))
        .map(([field]) => {
          const loser = fieldStamp(row, field);
          return {
            id: conflictId(table, id, field, loser),
            table,
            recordId: id,
            field,
            value: row[field] ?? null,
            stamp: loser,
          };
        });
      const edited = applyEdit(
        row,
        { ...Object.fromEntries(changed), updatedAt: stampTime(stamp) },
        stamp,
        concurrent,
      );
      const { _c, _f, _x, _d, ...fields } = edited;
      const record = validate(table, fields);
      await db.table(table).put({ ...record, _c, _f, ...(_x ? { _x } : {}), ...(_d ? { _d } : {}) });
      if (kept.length > 0) await db.conflicts.bulkPut(kept);
      return record;
    }),
  );
}

export async function getRecord<T extends TableName>(
  db: PlanDb,
  table: T,
  id: string,
): Promise<TableRecord<T> | undefined> {
  const row = (await guard(() => db.table(table).get(id))) as SyncRow | undefined;
  return row && !row._d ? toRecord<T>(row) : undefined;
}

/** The live (not deleted) records of a plan. */
export async function listRecords<T extends TableName>(
  db: PlanDb,
  table: T,
  planId: string,
): Promise<TableRecord<T>[]> {
  const rows = (await guard(() =>
    table === 'plans' ? db.table(table).toArray() : db.table(table).where('planId').equals(planId).toArray(),
  )) as SyncRow[];
  return rows.filter((r) => !r._d).map((r) => toRecord<T>(r));
}

export function validate<T extends TableName>(table: T, value: unknown): TableRecord<T> {
  const parsed = tableSchemas[table].safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PlanError(
      'invalid-record',
      `${table}.${issue?.path.map(String).join('.') ?? ''}`,
      issue?.message,
    );
  }
  return parsed.data as TableRecord<T>;
}

/** Records by table, as a new plan brings them (ids set or not; timestamps are stamped anew). */
export type RecordsByTable = { [T in TableName]?: readonly (TableRecord<T> | NewRecord<T>)[] };
