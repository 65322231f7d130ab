import { type Changes, createRecord, type TableName, type TableRecord, updateRecord } from '@jalon/core';
import { db } from '../data/db.ts';

/**
 * A form's fields for one record; `undefined` means "no value" (an emptied optional field). Core's
 * `Changes` type cannot say that under `exactOptionalPropertyTypes`, though `updateRecord` clears
 * a field given `undefined` — which is what an emptied input must do.
 */
export type Draft<T extends TableName> = { [K in keyof Changes<T>]?: Changes<T>[K] | undefined };

/** Creates the record when `id` is undefined, else writes the changed fields; core validates both. */
export function saveRecord<T extends TableName>(
  table: T,
  planId: string,
  id: string | undefined,
  draft: Draft<T>,
): Promise<TableRecord<T>> {
  if (id !== undefined) return updateRecord(db, table, id, draft as Changes<T>);
  const fields = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined));
  // reason: the schema validates the whole record inside createRecord; the draft's loose type is
  // the form's, and a missing required field comes back as a PlanError naming it.
  return createRecord(db, table, { ...fields, planId } as never);
}
