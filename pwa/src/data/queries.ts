import {
  getRecord,
  type KeyAction,
  type Kpi,
  type KpiEntry,
  listRecords,
  type Plan,
  type SyncRow,
  toRecord,
} from '@jalon/core';
import { db } from './db.ts';

/**
 * Reads the screens run inside live queries. They use the indexes core's schema version 2 added
 * for them, so that a plan with 5 000 actions and 50 000 KPI entries opens fast.
 * (Candidates for core/src/storage/queries.ts: the extension will want the same reads.)
 */

const live = <T>(rows: unknown[]): T[] =>
  (rows as SyncRow[]).filter((row) => !row._d).map((row) => toRecord(row) as T);

export function getPlan(planId: string): Promise<Plan | undefined> {
  return getRecord(db, 'plans', planId);
}

/**
 * Actions still to do (todo or doing), through the [planId+status] index: one `equals` query per
 * status, because Dexie reads `anyOf` with a cursor, row by row, and `equals` with one getAll —
 * several times faster on a plan with thousands of open actions.
 */
export async function openActions(planId: string): Promise<KeyAction[]> {
  const [todo, doing] = await Promise.all([
    db.actions.where('[planId+status]').equals([planId, 'todo']).toArray(),
    db.actions.where('[planId+status]').equals([planId, 'doing']).toArray(),
  ]);
  return live<KeyAction>([...todo, ...doing]);
}

export function planActions(planId: string): Promise<KeyAction[]> {
  return listRecords(db, 'actions', planId);
}

/** Every entry of one KPI, oldest first (ISO dates sort as text). */
export async function kpiEntries(kpiId: string): Promise<KpiEntry[]> {
  const rows = await db.kpiEntries.where('[kpiId+date]').between([kpiId, ''], [kpiId, '\uffff']).toArray();
  return live<KpiEntry>(rows);
}

export interface KpiWithLatest {
  kpi: Kpi;
  /** Date of the latest entry, for "recent first". */
  latestDate?: string;
}

/** The plan's KPIs with the date of their latest entry: one index lookup per KPI, not a table scan. */
export async function kpisWithLatest(planId: string): Promise<KpiWithLatest[]> {
  const kpis = await listRecords(db, 'kpis', planId);
  return Promise.all(
    kpis.map(async (kpi) => {
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
