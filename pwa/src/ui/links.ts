import type { Kpi, KpiEntry } from '@jalon/core';

/**
 * The KPIs that follow an objective or a lever: those it lists in `kpiIds` and those that point
 * back at it (`objectiveId` / `leverId`), once each, in the plan's KPI order. Either link alone is
 * enough: the extension and older files may have set only one side.
 */
export function linkedKpis(
  owner: { id: string; kpiIds: readonly string[] },
  kpis: readonly Kpi[],
  back: 'objectiveId' | 'leverId',
): Kpi[] {
  return kpis.filter((k) => owner.kpiIds.includes(k.id) || k[back] === owner.id);
}

/** A KPI's entries as core's `kpiStatus` wants them. */
export function entriesOf(kpiId: string, entries: readonly KpiEntry[]): { date: string; value: number }[] {
  return entries.filter((e) => e.kpiId === kpiId).map((e) => ({ date: e.date, value: e.value }));
}
