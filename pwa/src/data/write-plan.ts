import { createRecord, type NewRecord, type TableName, type TableRecord, tableNames } from '@jalon/core';
import { db } from './db.ts';

/** A whole plan (or part of one) to write: records by table, ids already set. */
export type PlanRecords = { [T in TableName]?: readonly (TableRecord<T> | NewRecord<T>)[] };

export interface WriteProgress {
  done: number;
  total: number;
}

/**
 * Writes every record of a new plan through core's `createRecord` (validated, stamped for sync)
 * inside ONE transaction: each createRecord joins it as a sub-transaction, so a plan is either
 * fully written or not at all — never a plan without its actions after a crash or a full disk.
 * Progress is reported after each record; a hundred records take a blink, but a slow phone shows
 * the bar moving.
 */
export async function writePlan(
  records: PlanRecords,
  onProgress?: (progress: WriteProgress) => void,
): Promise<void> {
  const tables = tableNames.filter((t) => (records[t]?.length ?? 0) > 0);
  const total = tables.reduce((n, t) => n + (records[t]?.length ?? 0), 0);
  let done = 0;
  onProgress?.({ done, total });
  await db.transaction('rw', [...tables.map((t) => db.table(t)), db.meta], async () => {
    for (const table of tables) {
      for (const record of records[table] ?? []) {
        // createRecord stamps createdAt/updatedAt itself.
        const { createdAt: _created, updatedAt: _updated, ...data } = record as Record<string, unknown>;
        await createRecord(db, table, data as NewRecord<typeof table>);
        done++;
        onProgress?.({ done, total });
      }
    }
  });
}
