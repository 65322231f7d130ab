import { type KpiStatus, kpiStatus } from '../engine/kpi-status.ts';
import { PlanError } from '../errors.ts';
import type { Kpi, KpiUnit } from '../model/kpi.ts';
import type { KpiEntry } from '../model/kpi-entry.ts';

export type DateRange = { start: string; end: string };

/**
 * One KPI over a review range. `start`, `end`, `change`, `target` and `status` are the fields of a
 * review's `kpiSnapshot`; the rest is there for the report. Values are in the KPI's unit (cents
 * for `currency`, percentages as shown for `percent`).
 */
export type KpiReview = {
  kpiId: string;
  unit: KpiUnit;
  direction: 'increase' | 'decrease';
  baseline: number;
  target: number;
  /** Latest entry on or before the range start, else the first entry inside the range. */
  start?: number;
  /** Latest entry on or before the range end. */
  end?: number;
  /** end − start, when both are known. */
  change?: number;
  /** Where the KPI stands on `asOf` (the range end, or today when the range is not over). */
  status: KpiStatus;
  progress: number;
  expected: number;
};

type Dated = { date: string; value: number };

/** Entries by KPI, each list by date; entries of one date keep their input order (the last wins). */
function entriesByKpi(entries: readonly KpiEntry[]): Map<string, Dated[]> {
  const byKpi = new Map<string, Dated[]>();
  for (const entry of entries) {
    const list = byKpi.get(entry.kpiId) ?? [];
    list.push({ date: entry.date, value: entry.value });
    byKpi.set(entry.kpiId, list);
  }
  // Array.prototype.sort is stable, which keeps same-day entries in input order.
  for (const list of byKpi.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return byKpi;
}

function latestOnOrBefore(entries: readonly Dated[], date: string): number | undefined {
  let found: number | undefined;
  for (const entry of entries) {
    if (entry.date > date) break;
    found = entry.value;
  }
  return found;
}

/** Every KPI in input order; entries of other KPIs are ignored. Dates are checked by the caller. */
export function reviewKpis(
  kpis: readonly Kpi[],
  entries: readonly KpiEntry[],
  range: DateRange,
  asOf: string,
): KpiReview[] {
  const byKpi = entriesByKpi(entries);
  return kpis.map((kpi, i): KpiReview => {
    const list = byKpi.get(kpi.id) ?? [];
    const start =
      latestOnOrBefore(list, range.start) ??
      list.find((e) => e.date >= range.start && e.date <= range.end)?.value;
    const end = latestOnOrBefore(list, range.end);
    const { status, progress, expected } = statusOf(kpi, list, asOf, i);
    return {
      kpiId: kpi.id,
      unit: kpi.unit,
      direction: kpi.direction,
      baseline: kpi.baseline,
      target: kpi.target,
      ...(start === undefined ? {} : { start }),
      ...(end === undefined ? {} : { end }),
      ...(start === undefined || end === undefined ? {} : { change: end - start }),
      status,
      progress,
      expected,
    };
  });
}

/**
 * kpiStatus counts only what was known on `asOf`: a later entry (typed after the range) must not
 * change how the range looked. Its errors (target equal to baseline, deadline before start) are
 * re-thrown naming the KPI, so the app can point at the record to fix.
 */
function statusOf(kpi: Kpi, list: readonly Dated[], asOf: string, i: number) {
  try {
    return kpiStatus(
      {
        baseline: kpi.baseline,
        target: kpi.target,
        startDate: kpi.startDate,
        deadline: kpi.deadline,
        entries: list.filter((e) => e.date <= asOf),
      },
      asOf,
    );
  } catch (error) {
    if (!(error instanceof PlanError)) throw error;
    throw new PlanError(error.code, `kpis[${i}].${error.field.replace(/^kpi\./, '')}`, kpi.id);
  }
}
