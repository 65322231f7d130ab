import type { Plan } from '../../model/plan.ts';
import { type TableName, tableNames } from '../../model/tables.ts';
import { inboxPlan } from '../../plan/inbox.ts';
import type { PlanDb } from '../db.ts';
import { guard } from '../errors.ts';
import { checkReferences } from '../references.ts';
import { createRecord, type NewRecord, type RecordsByTable } from '../repository.ts';

export interface WriteProgress {
  done: number;
  total: number;
}

/**
 * Writes a new plan whole or not at all: the worked examples, the starter plan of the
 * self-assessment, a plan from scratch. One transaction, so a crash or a full disk never leaves
 * a plan without its actions; every reference is checked once all records are in (levers and
 * KPIs point at each other, so no order of tables would do).
 */
export async function createPlan(
  db: PlanDb,
  records: RecordsByTable,
  onProgress?: (progress: WriteProgress) => void,
): Promise<{ planId: string }> {
  const written = await writeAll(db, records, onProgress);
  const plan = written.find(([table]) => table === 'plans')?.[1];
  return { planId: (plan?.id as string | undefined) ?? '' };
}

/**
 * Adds several records to an existing plan in one transaction (a kit: its actions, their
 * associated actions, the lever and key date it may bring), references checked once all are in:
 * never an anchor without its associated actions.
 */
export async function addRecords(db: PlanDb, records: RecordsByTable): Promise<void> {
  await writeAll(db, records);
}

async function writeAll(
  db: PlanDb,
  records: RecordsByTable,
  onProgress?: (progress: WriteProgress) => void,
): Promise<[TableName, Record<string, unknown>][]> {
  const tables = tableNames.filter((t) => (records[t]?.length ?? 0) > 0);
  const total = tables.reduce((n, t) => n + (records[t]?.length ?? 0), 0);
  let done = 0;
  onProgress?.({ done, total });
  return guard(() =>
    db.transaction('rw', [...tableNames.map((t) => db.table(t)), db.meta], async () => {
      const written: [TableName, Record<string, unknown>][] = [];
      for (const table of tables) {
        for (const record of records[table] ?? []) {
          const { createdAt: _created, updatedAt: _updated, ...data } = record as Record<string, unknown>;
          written.push([table, await createRecord(db, table, data as NewRecord<typeof table>)]);
          done++;
          onProgress?.({ done, total });
        }
      }
      for (const [table, record] of written) await checkReferences(db, table, record);
      return written;
    }),
  );
}

/**
 * The extension's "Idea inbox" plan, so that a clip made on day one has somewhere to go (see
 * `inboxPlan` for what it holds).
 */
export async function createInboxPlan(
  db: PlanDb,
  options: { name: string; locale: string; today: string },
): Promise<Plan> {
  return guard(() =>
    db.transaction('rw', db.plans, db.meta, () =>
      createRecord(db, 'plans', inboxPlan(options.name, options.locale, options.today) as NewRecord<'plans'>),
    ),
  );
}
