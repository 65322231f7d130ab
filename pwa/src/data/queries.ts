import {
  kpisWithLatest as coreKpisWithLatest,
  openActions as coreOpenActions,
  getRecord,
  type KeyAction,
  type KpiWithLatest,
  kpiEntriesOf,
  listRecords,
  type Plan,
} from '@jalon/core';
import { db } from './db.ts';

/** The reads the screens run inside live queries, bound to the app's database (core does the work). */

export function getPlan(planId: string): Promise<Plan | undefined> {
  return getRecord(db, 'plans', planId);
}

export const openActions = (planId: string) => coreOpenActions(db, planId);

export function planActions(planId: string): Promise<KeyAction[]> {
  return listRecords(db, 'actions', planId);
}

export const kpiEntries = (kpiId: string) => kpiEntriesOf(db, kpiId);
export const kpisWithLatest = (planId: string) => coreKpisWithLatest(db, planId);
export type { KpiWithLatest };
