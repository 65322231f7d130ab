import type { KeyAction, Plan, PlanData } from '@jalon/core';
import {
  kpisWithLatest as coreKpisWithLatest,
  openActions as coreOpenActions,
  getRecord,
  type KpiWithLatest,
  kpiEntriesOf,
  listPlans,
  listRecords,
  loadPlanData,
} from '@jalon/core/storage';
import { planDb } from './db.ts';

/** The reads the screens run inside live queries, bound to the app's database (core does the work). */

export function getPlan(planId: string): Promise<Plan | undefined> {
  return getRecord(planDb(), 'plans', planId);
}

export const plans = () => listPlans(planDb());
export const planData = (planId: string): Promise<PlanData | undefined> => loadPlanData(planDb(), planId);
export const openActions = (planId: string) => coreOpenActions(planDb(), planId);
export const planActions = (planId: string): Promise<KeyAction[]> => listRecords(planDb(), 'actions', planId);
export const planIdeas = (planId: string) => listRecords(planDb(), 'ideas', planId);
export const planLevers = (planId: string) => listRecords(planDb(), 'levers', planId);
/** What an action's KPI offer needs once it is ticked off (small tables; read on demand, not with the checklist). */
export async function kpiOfferContext(planId: string) {
  const db = planDb();
  const [levers, keyDates, kpis] = await Promise.all([
    listRecords(db, 'levers', planId),
    listRecords(db, 'keyDates', planId),
    listRecords(db, 'kpis', planId),
  ]);
  return { levers, keyDates, kpis };
}
export const kpiEntries = (kpiId: string) => kpiEntriesOf(planDb(), kpiId);
export const kpisWithLatest = (planId: string) => coreKpisWithLatest(planDb(), planId);
export type { KpiWithLatest };
