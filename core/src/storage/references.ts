import { PlanError } from '../errors.ts';
import { type TableName, tableReferences } from '../model/tables.ts';
import type { SyncRow } from '../sync/row.ts';
import type { PlanDb } from './db.ts';

/** The tables a record of `table` may point into (for a transaction's scope). */
export function referencedTables(table: TableName): TableName[] {
  const targets = new Set<TableName>(Object.values(tableReferences[table]).filter((t) => t !== undefined));
  if (table !== 'plans') targets.add('plans');
  return [...targets];
}

/** The ids at a reference path such as `kpiIds` or `relativeTo.actionId`. */
export function idsAt(record: Record<string, unknown>, path: string): string[] {
  let values: unknown[] = [record];
  for (const key of path.split('.')) {
    values = values.flatMap((value) => {
      const item = (value as Record<string, unknown> | undefined)?.[key];
      return item === undefined ? [] : Array.isArray(item) ? item : [item];
    });
  }
  return values.filter((v): v is string => typeof v === 'string');
}

/**
 * Refuses a record whose references (its plan, its lever, its KPIs…) name a record that is
 * missing, deleted, or in another plan: a stale form or popup must not write a link that the
 * plan does not hold (a bundle with it would be refused on import). `fields` limits the check to
 * the references being written. Runs inside the caller's transaction, which must include the
 * referenced tables (`referencedTables`).
 */
export async function checkReferences(
  db: PlanDb,
  table: TableName,
  record: Record<string, unknown>,
  fields?: readonly string[],
): Promise<void> {
  const planId = table === 'plans' ? (record.id as string) : (record.planId as string);
  const refs: [string, TableName][] = Object.entries(tableReferences[table]).filter(
    (entry): entry is [string, TableName] => entry[1] !== undefined,
  );
  if (table !== 'plans') refs.push(['planId', 'plans']);
  for (const [path, target] of refs) {
    if (fields && !fields.includes(path.split('.')[0] ?? path)) continue;
    for (const id of idsAt(record, path)) {
      const row = (await db.table(target).get(id)) as SyncRow | undefined;
      const samePlan = target === 'plans' ? row?.id === planId : row?.planId === planId;
      if (!row || row._d || !samePlan) throw new PlanError('unknown-reference', `${table}.${path}`, id);
    }
  }
}
