import type { PlanDb, SyncRow } from '@jalon/core';

/**
 * The latest value recorded on a KPI: on its latest date, the entry created last (deleted entries
 * skipped). Through the [kpiId+date] index: one step back from the end and that one day's entries,
 * not every entry of a long history. A clipped figure is checked against it before it is stored
 * (core's checkKpiValue).
 */
export async function lastKpiValue(db: PlanDb, kpiId: string): Promise<number | undefined> {
  const live = (entry: SyncRow) => !entry._d;
  const latest = await db.kpiEntries
    .where('[kpiId+date]')
    .between([kpiId, ''], [kpiId, '\uffff'])
    .reverse()
    .filter(live)
    .first();
  if (!latest) return undefined;
  const sameDay = await db.kpiEntries
    .where('[kpiId+date]')
    .equals([kpiId, String(latest.date)])
    .filter(live)
    .toArray();
  const last = sameDay.reduce((a, b) => (String(b.createdAt) > String(a.createdAt) ? b : a), latest);
  return typeof last.value === 'number' ? last.value : undefined;
}
