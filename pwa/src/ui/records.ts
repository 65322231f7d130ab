import type { TableName, TableRecord } from '@jalon/core';
import type { Draft } from '@jalon/core/storage';
import { write } from '../data/write.ts';

export type { Draft };

/**
 * Saves a record form. A new record (`base` undefined) is created; an existing one gets only the
 * fields the user changed from `base`, the record as the form loaded it (core's editRecord: a
 * field changed elsewhere meanwhile is left alone, or kept as a conflict when the user changed it
 * too). Core validates both and checks the links against the plan.
 */
export async function saveRecord<T extends TableName>(
  table: T,
  planId: string,
  base: TableRecord<T> | undefined,
  draft: Draft<T>,
  options: { restore?: boolean } = {},
): Promise<{ kept: string[] }> {
  if (base) {
    const { kept } = await write.editRecord(table, base.id, {
      base: base as Draft<T>,
      draft,
      ...(options.restore ? { restore: true } : {}),
    });
    return { kept };
  }
  const fields = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined));
  // reason: the schema validates the whole record inside addRecord; the draft's loose type is the
  // form's, and a missing required field comes back as a PlanError naming it.
  await write.addRecord(table, { ...fields, planId } as never);
  return { kept: [] };
}

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
