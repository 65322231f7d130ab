import type * as z from 'zod/mini';
import { PlanError } from '../errors.ts';
import { type TableName, type TableRecord, tableSchemas } from '../model/tables.ts';
import { applyEdit, fieldStamp, type SyncRow, sameValue } from '../sync/row.ts';
import { takeStamp } from './clock.ts';
import type { PlanDb } from './db.ts';
import { guard } from './errors.ts';

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

export function newId(): string {
  return crypto.randomUUID();
}

/**
 * Creates a record: validated by its schema (defaults applied), stamped, written in one
 * transaction with the clock. Throws PlanError('invalid-record') naming the first bad field.
 */
export async function createRecord<T extends TableName>(
  db: PlanDb,
  table: T,
  data: NewRecord<T>,
): Promise<TableRecord<T>> {
  return guard(() =>
    db.transaction('rw', db.table(table), db.meta, async () => {
      const stamp = await takeStamp(db);
      const at = stamp.slice(0, 24);
      const record = validate(table, { ...data, id: data.id ?? newId(), createdAt: at, updatedAt: at });
      const row = { ...record, _c: stamp } as SyncRow;
      await db.table(table).add(row);
      return record;
    }),
  );
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
): Promise<TableRecord<T>> {
  return guard(() =>
    db.transaction('rw', db.table(table), db.meta, async () => {
      const row = (await db.table(table).get(id)) as SyncRow | undefined;
      if (!row) throw new PlanError('invalid-record', `${table}.${id}`, 'not found');
      const entries = Object.entries(changes) as [string, unknown][];
      const changed = entries.filter(([field, value]) => !sameValue(row[field], value));
      if (changed.length === 0) return toRecord<T>(row);
      const stamp = await takeStamp(
        db,
        changed.map(([field]) => fieldStamp(row, field)),
      );
      const edited = applyEdit(row, { ...Object.fromEntries(changed), updatedAt: stamp.slice(0, 24) }, stamp);
      const { _c, _f, _x, _d, ...fields } = edited;
      const record = validate(table, fields);
      await db.table(table).put({ ...record, _c, _f, ...(_x ? { _x } : {}), ...(_d ? { _d } : {}) });
      return record;
    }),
  );
}

/** Deletion is a stamped tombstone: the record keeps its fields so that it can be restored. */
export function deleteRecord(db: PlanDb, table: TableName, id: string): Promise<unknown> {
  return updateRecord(db, table, id, { _d: true } as never);
}

export function restoreRecord(db: PlanDb, table: TableName, id: string): Promise<unknown> {
  return updateRecord(db, table, id, { _d: undefined } as never);
}

export async function getRecord<T extends TableName>(
  db: PlanDb,
  table: T,
  id: string,
): Promise<TableRecord<T> | undefined> {
  const row = (await db.table(table).get(id)) as SyncRow | undefined;
  return row && !row._d ? toRecord<T>(row) : undefined;
}

/** The live (not deleted) records of a plan. */
export async function listRecords<T extends TableName>(
  db: PlanDb,
  table: T,
  planId: string,
): Promise<TableRecord<T>[]> {
  const rows = (await (table === 'plans'
    ? db.table(table).toArray()
    : db.table(table).where('planId').equals(planId).toArray())) as SyncRow[];
  return rows.filter((r) => !r._d).map((r) => toRecord<T>(r));
}

function validate<T extends TableName>(table: T, value: unknown): TableRecord<T> {
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

/**
 * Creates many records in ONE transaction (each `createRecord` joins it): a new plan is written
 * whole or not at all, never a plan without its actions after a crash or a full disk.
 */
export async function createRecords(
  db: PlanDb,
  records: RecordsByTable,
  onProgress?: (progress: { done: number; total: number }) => void,
): Promise<void> {
  const tables = (Object.keys(tableSchemas) as TableName[]).filter((t) => (records[t]?.length ?? 0) > 0);
  const total = tables.reduce((n, t) => n + (records[t]?.length ?? 0), 0);
  let done = 0;
  onProgress?.({ done, total });
  await guard(() =>
    db.transaction('rw', [...tables.map((t) => db.table(t)), db.meta], async () => {
      for (const table of tables) {
        for (const record of records[table] ?? []) {
          const { createdAt: _created, updatedAt: _updated, ...data } = record as Record<string, unknown>;
          await createRecord(db, table, data as NewRecord<typeof table>);
          done++;
          onProgress?.({ done, total });
        }
      }
    }),
  );
}
