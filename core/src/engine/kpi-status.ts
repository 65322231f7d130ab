import { toDayNumber } from '../dates.ts';
import { PlanError } from '../errors.ts';

export type KpiInput = {
  baseline: number;
  target: number;
  startDate: string;
  deadline: string;
  entries: readonly { date: string; value: number }[];
};

export type KpiStatus = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'no-data';

export type KpiStatusResult = {
  latest?: number;
  progress: number;
  expected: number;
  status: KpiStatus;
};

/** Below this fraction of expected progress a KPI is off track rather than at risk. */
const AT_RISK_SHARE = 0.75;

/**
 * Slack in every threshold comparison. Progress is a ratio of floats: baseline 0, target 0.4 and
 * latest 0.3 give 0.7499999999999999, not 3/4, which must not turn "on track" on day 30 of 40 into
 * "at risk". 1e-9 is far above such noise (a few 1e-16) and far below any progress a marketer
 * could tell apart.
 */
const EPSILON = 1e-9;

/**
 * Where a KPI stands against its target on `today`.
 * - latest: the value of the entry with the latest date (ties: the last one in the array);
 * - progress = (latest − baseline) / (target − baseline), so falling targets work too; 0 with no
 *   entry;
 * - expected = days from startDate to today / days from startDate to deadline, clamped to [0, 1]:
 *   0 on the start date, 1 on the deadline and after. A one-day period (start = deadline) expects
 *   0 before that day and 1 from it.
 * - status: 'no-data' without entries, else the first of achieved (progress ≥ 1), on-track
 *   (≥ expected), at-risk (≥ 0.75 × expected), off-track; each threshold with EPSILON slack.
 */
export function kpiStatus(kpi: KpiInput, today: string): KpiStatusResult {
  const baseline = finite(kpi.baseline, 'kpi.baseline');
  const target = finite(kpi.target, 'kpi.target');
  if (target === baseline) throw new PlanError('invalid-range', 'kpi.target', 'target equals baseline');
  const start = toDayNumber(kpi.startDate, 'kpi.startDate');
  const deadline = toDayNumber(kpi.deadline, 'kpi.deadline');
  if (deadline < start) throw new PlanError('invalid-range', 'kpi.deadline', 'deadline before startDate');
  const todayDay = toDayNumber(today, 'today');

  const expected = elapsedShare(start, deadline, todayDay);
  const latest = latestValue(kpi.entries);
  if (latest === undefined) return { progress: 0, expected, status: 'no-data' };

  const progress = share(latest, baseline, target);
  return { latest, progress, expected, status: statusOf(progress, expected) };
}

function finite(value: number, field: string): number {
  if (!Number.isFinite(value)) throw new PlanError('invalid-number', field, `${value}`);
  return value;
}

function elapsedShare(start: number, deadline: number, today: number): number {
  if (deadline === start) return today >= deadline ? 1 : 0;
  return Math.min(1, Math.max(0, (today - start) / (deadline - start)));
}

/** Every entry is checked, not only the latest: a corrupt entry is a data error wherever it sits. */
function latestValue(entries: KpiInput['entries']): number | undefined {
  let latestDay = Number.NEGATIVE_INFINITY;
  let latest: number | undefined;
  entries.forEach((entry, i) => {
    const day = toDayNumber(entry.date, `kpi.entries[${i}].date`);
    const value = finite(entry.value, `kpi.entries[${i}].value`);
    if (day >= latestDay) {
      latestDay = day;
      latest = value;
    }
  });
  return latest;
}

/**
 * (value − baseline) / (target − baseline). For figures near ±1.8e308 a difference can overflow
 * to Infinity; halving every term first is exact for such large numbers and gives the same ratio.
 */
function share(value: number, baseline: number, target: number): number {
  const done = value - baseline;
  const span = target - baseline;
  if (Number.isFinite(done) && Number.isFinite(span)) return done / span;
  return (value / 2 - baseline / 2) / (target / 2 - baseline / 2);
}

function statusOf(progress: number, expected: number): KpiStatus {
  if (progress >= 1 - EPSILON) return 'achieved';
  if (progress >= expected - EPSILON) return 'on-track';
  if (progress >= AT_RISK_SHARE * expected - EPSILON) return 'at-risk';
  return 'off-track';
}
