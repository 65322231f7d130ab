import { type PlanData, type TableRecord, tableNames } from '../model/tables.ts';
import { type VisibleConflict, visibleConflicts } from '../sync/conflicts.ts';
import type { SyncRow } from '../sync/row.ts';
import type { PlanDb } from './db.ts';
import { guard } from './errors.ts';
import { toRecord } from './repository.ts';

export async function loadPlanData(db: PlanDb, planId: string): Promise<PlanData | undefined> {
  return guard(() =>
    db.transaction(
      'r',
      tableNames.map((t) => db.table(t)),
      async () => {
        const plan = (await db.plans.get(planId)) as SyncRow | undefined;
        if (!plan || plan._d) return undefined;
        const data: Record<string, unknown[]> = { plans: [toRecord(plan)] };
        for (const table of tableNames) {
          if (table === 'plans') continue;
          const rows = (await db.table(table).where('planId').equals(planId).toArray()) as SyncRow[];
          data[table] = rows.filter((r) => !r._d).map((r) => toRecord(r));
        }
        return data as PlanData;
      },
    ),
  );
}

/** The live plans, newest first. */
export async function listPlans(db: PlanDb): Promise<TableRecord<'plans'>[]> {
  const rows = (await guard(() => db.plans.toArray())) as SyncRow[];
  return rows
    .filter((r) => !r._d)
    .map((r) => toRecord<'plans'>(r))
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}

/** The conflicts to review ("kept both"), latest first. */
export async function listConflicts(db: PlanDb): Promise<VisibleConflict[]> {
  return guard(() =>
    db.transaction('r', [db.conflicts, ...tableNames.map((t) => db.table(t))], async () => {
      const entries = await db.conflicts.toArray();
      const rows = new Map<string, SyncRow | undefined>();
      for (const entry of entries) {
        const key = `${entry.table}:${entry.recordId}`;
        if (!rows.has(key))
          rows.set(key, (await db.table(entry.table).get(entry.recordId)) as SyncRow | undefined);
      }
      return visibleConflicts((table, id) => rows.get(`${table}:${id}`), entries);
    }),
  );
}

/**
 * Asks the browser to keep this origin's storage (Safari evicts script-written storage of sites
 * unused for seven days). Returns whether storage is persistent.
 */
export async function requestPersistence(): Promise<boolean> {
  const storage = (globalThis as { navigator?: { storage?: StorageManager } }).navigator?.storage;
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}

const liveRows = <T>(rows: unknown[]): T[] =>
  (rows as SyncRow[]).filter((row) => !row._d).map((row) => toRecord(row) as T);

/**
 * Actions still to do (todo or doing), through the [planId+status] index: one `equals` query per
 * status, because Dexie reads `anyOf` with a cursor, row by row, and `equals` with one getAll —
 * several times faster on a plan with thousands of open actions.
 */
export async function openActions(db: PlanDb, planId: string): Promise<TableRecord<'actions'>[]> {
  const [todo, doing] = await Promise.all([
    db.actions.where('[planId+status]').equals([planId, 'todo']).toArray(),
    db.actions.where('[planId+status]').equals([planId, 'doing']).toArray(),
  ]);
  return liveRows([...todo, ...doing]);
}

/**
 * A plan's `count` newest ideas, newest first, through the [planId+createdAt] index: a cursor from
 * the end that stops after `count` live ones, not a read of every idea.
 */
export async function newestIdeas(
  db: PlanDb,
  planId: string,
  count: number,
): Promise<TableRecord<'ideas'>[]> {
  const rows = await guard(() =>
    db.ideas
      .where('[planId+createdAt]')
      .between([planId, ''], [planId, '\uffff'])
      .reverse()
      .filter((row) => !(row as SyncRow)._d)
      .limit(count)
      .toArray(),
  );
  return liveRows(rows);
}

/** How many ideas of a plan wait in its inbox, through the [planId+status] index. */
export async function inboxCount(db: PlanDb, planId: string): Promise<number> {
  return guard(() =>
    db.ideas
      .where('[planId+status]')
      .equals([planId, 'inbox'])
      .filter((row) => !(row as SyncRow)._d)
      .count(),
  );
}

/** Every entry of one KPI, oldest first (ISO dates sort as text). */
export async function kpiEntriesOf(db: PlanDb, kpiId: string): Promise<TableRecord<'kpiEntries'>[]> {
  const rows = await db.kpiEntries.where('[kpiId+date]').between([kpiId, ''], [kpiId, '\uffff']).toArray();
  return liveRows(rows);
}

export interface KpiWithLatest {
  kpi: TableRecord<'kpis'>;
  /** Date of the latest entry, for "recent first". */
  latestDate?: string;
}

/** A plan's KPIs with the date of their latest entry: one index lookup per KPI, not a table scan. */
export async function kpisWithLatest(db: PlanDb, planId: string): Promise<KpiWithLatest[]> {
  const kpis = (await db.kpis.where('planId').equals(planId).toArray()) as SyncRow[];
  return Promise.all(
    liveRows<TableRecord<'kpis'>>(kpis).map(async (kpi) => {
      const latest = (await db.kpiEntries
        .where('[kpiId+date]')
        .between([kpi.id, ''], [kpi.id, '\uffff'])
        .reverse()
        .filter((row) => !(row as SyncRow)._d)
        .first()) as SyncRow | undefined;
      const date = latest?.date;
      return typeof date === 'string' ? { kpi, latestDate: date } : { kpi };
    }),
  );
}

/**
 * The latest value recorded on a KPI: on its latest date, the entry created last (deleted entries
 * skipped), through the [kpiId+date] index — one step back from the end and that day's entries,
 * not a long history. A figure is checked against it before it is stored (checkKpiValue).
 */
export async function latestKpiValue(db: PlanDb, kpiId: string): Promise<number | undefined> {
  const live = (entry: SyncRow) => !entry._d;
  const latest = (await db.kpiEntries
    .where('[kpiId+date]')
    .between([kpiId, ''], [kpiId, '\uffff'])
    .reverse()
    .filter(live)
    .first()) as SyncRow | undefined;
  if (!latest) return undefined;
  const sameDay = (await db.kpiEntries
    .where('[kpiId+date]')
    .equals([kpiId, String(latest.date)])
    .filter(live)
    .toArray()) as SyncRow[];
  const last = sameDay.reduce((a, b) => (String(b.createdAt) > String(a.createdAt) ? b : a), latest);
  return typeof last.value === 'number' ? last.value : undefined;
}
