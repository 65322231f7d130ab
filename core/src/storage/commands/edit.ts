import { PlanError } from '../../errors.ts';
import type { TableName, TableRecord } from '../../model/tables.ts';
import { type SyncRow, sameValue } from '../../sync/row.ts';
import type { PlanDb } from '../db.ts';
import { guard } from '../errors.ts';
import { checkReferences, referencedTables } from '../references.ts';
import { type Changes, createRecord, type NewRecord, toRecord, updateRecord } from '../repository.ts';

/**
 * The generic writes of a record form: create, edit what the user changed, delete, restore.
 * One transaction each, references checked against the plan.
 */

function scope(db: PlanDb, table: TableName) {
  return [...new Set([table, ...referencedTables(table)])].map((t) => db.table(t));
}

/** Creates a record of a plan; its references must name live records of the same plan. */
export async function addRecord<T extends TableName>(
  db: PlanDb,
  table: T,
  data: NewRecord<T>,
): Promise<TableRecord<T>> {
  return guard(() =>
    db.transaction('rw', [...scope(db, table), db.meta], async () => {
      await checkReferences(db, table, data as Record<string, unknown>);
      return createRecord(db, table, data);
    }),
  );
}

/** A form's fields for one record; `undefined` means "no value" (an emptied optional field). */
export type Draft<T extends TableName> = { [K in keyof Changes<T>]?: Changes<T>[K] | undefined };

export interface Edit<T extends TableName> {
  /** The values the form started from (the record as it was loaded). */
  base: Draft<T>;
  /** The values the form holds now. Only fields that differ from `base` are written. */
  draft: Draft<T>;
  /** Bring the record back if it was deleted meanwhile (the user chose "restore and save"). */
  restore?: boolean;
  /**
   * Write a field only if it still holds its `base` value; a field changed elsewhere is left as it
   * is (an undo must not overwrite what happened since).
   */
  onlyIfUnchanged?: boolean;
}

export interface EditResult<T extends TableName> {
  record: TableRecord<T>;
  /**
   * Fields the user changed that were also changed elsewhere since the form loaded (another tab,
   * a sync): the user's value was saved and the other one kept as a conflict to review.
   */
  kept: string[];
  /** With `onlyIfUnchanged`: the fields left as they were because they changed elsewhere. */
  left: string[];
}

/**
 * Saves what the user changed and nothing else. Each field is compared with the value the form
 * started from: a field the user left alone is not written, even if the form's copy is stale,
 * so an edit saved in another tab, a tick on Today or a value just imported is never reverted.
 * When the user and someone else both changed a field, the user's value wins (it is the later
 * edit) and the other value is kept as a conflict, as a sync keeps the loser of two concurrent
 * edits: nothing typed is lost. Throws `record-deleted` when the record was deleted meanwhile
 * (unless `restore`), `record-missing` when it never reached this device.
 */
export async function editRecord<T extends TableName>(
  db: PlanDb,
  table: T,
  id: string,
  edit: Edit<T>,
): Promise<EditResult<T>> {
  return guard(() =>
    db.transaction('rw', [...scope(db, table), db.meta, db.conflicts], async () => {
      const row = (await db.table(table).get(id)) as SyncRow | undefined;
      if (!row) throw new PlanError('record-missing', `${table}.${id}`);
      if (row._d && !edit.restore) throw new PlanError('record-deleted', `${table}.${id}`);
      const base = edit.base as Record<string, unknown>;
      const changes: Record<string, unknown> = {};
      const concurrent = new Set<string>();
      const left: string[] = [];
      for (const [field, value] of Object.entries(edit.draft as Record<string, unknown>)) {
        if (sameValue(value, base[field])) continue; // the user left it alone
        if (sameValue(value, row[field])) continue; // already stored
        if (!sameValue(row[field], base[field])) {
          if (edit.onlyIfUnchanged) {
            left.push(field);
            continue;
          }
          concurrent.add(field);
        }
        changes[field] = value;
      }
      if (row._d && edit.restore) changes._d = undefined;
      const candidate = { ...toRecord(row), ...changes };
      await checkReferences(db, table, candidate, Object.keys(changes));
      const record = await updateRecord(db, table, id, changes as Changes<T>, { concurrent });
      return { record, kept: [...concurrent].sort(), left: left.sort() };
    }),
  );
}

/** Deletion is a stamped tombstone: the record keeps its fields so that it can be restored. */
export async function deleteRecord(db: PlanDb, table: TableName, id: string): Promise<void> {
  await updateRecord(db, table, id, { _d: true } as never);
}

export async function restoreRecord(db: PlanDb, table: TableName, id: string): Promise<void> {
  await updateRecord(db, table, id, { _d: undefined } as never);
}
