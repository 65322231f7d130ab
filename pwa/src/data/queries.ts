import { type KeyAction, type Plan, type PlanData, stampDevice, type VisibleConflict } from '@jalon/core';
import {
  kpisWithLatest as coreKpisWithLatest,
  openActions as coreOpenActions,
  deviceId,
  deviceNames,
  getRecord,
  type KpiWithLatest,
  kpiEntriesOf,
  listConflicts,
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

/** A record's name for people: the first text field it has. */
function labelOf(record: Record<string, unknown> | undefined): string {
  for (const field of ['title', 'name', 'label', 'text']) {
    const value = record?.[field];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 120);
  }
  return '';
}

/** The conflicts to review, each with the name of the record it is about. */
/** Who wrote a value: this device, the name its user gave another device, or that device's id. */
export type Writer = { self: boolean; name: string };

export async function conflictsWithLabels(): Promise<
  (VisibleConflict & { label: string; otherBy: Writer; currentBy: Writer })[]
> {
  const db = planDb();
  const [found, names, self] = await Promise.all([listConflicts(db), deviceNames(db), deviceId(db)]);
  const writer = (stamp: string): Writer => {
    const device = stampDevice(stamp);
    return { self: device === self, name: names[device] ?? device };
  };
  return Promise.all(
    found.map(async (c) => ({
      ...c,
      label: labelOf((await getRecord(db, c.table, c.recordId)) as Record<string, unknown> | undefined),
      otherBy: writer(c.stamp),
      currentBy: writer(c.currentStamp),
    })),
  );
}
