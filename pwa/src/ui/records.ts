import type { TableName, TableRecord } from '@jalon/core';
import type { Draft } from '@jalon/core/storage';
import { write } from '../data/write.ts';

export type { Draft };

/**
 * A one-tap change of a record as the screen shows it (a decision, "reviewed today"): the shown
 * values are the base, so a change made elsewhere meanwhile to the same field is kept as a
 * conflict rather than silently replaced.
 */
export async function editFields<T extends TableName>(
  table: T,
  record: TableRecord<T>,
  changes: Draft<T>,
): Promise<{ kept: string[] }> {
  const shown = record as Record<string, unknown>;
  const base = Object.fromEntries(Object.keys(changes).map((field) => [field, shown[field]])) as Draft<T>;
  const { kept } = await write.editRecord(table, record.id, { base, draft: changes });
  return { kept };
}
