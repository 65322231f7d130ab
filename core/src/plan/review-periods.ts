import type { Period } from '../model/common.ts';

/** The periods a review can cover, cut out of the plan period by calendar months, quarters or halves. */

export type ReviewKind = 'monthly' | 'quarterly' | 'half-year';

const months: Record<ReviewKind, number> = { monthly: 1, quarterly: 3, 'half-year': 6 };
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Calendar periods of `kind` that overlap the plan period, in order: January–March is a quarter,
 * January–June a half-year, whatever day the plan starts on. The first and last are cut to the
 * plan period, so a review never counts days the plan does not cover.
 */
export function reviewPeriods(plan: Period, kind: ReviewKind): Period[] {
  const step = months[kind];
  const periods: Period[] = [];
  let year = Number(plan.start.slice(0, 4));
  let month = Number(plan.start.slice(5, 7));
  month -= (month - 1) % step; // back to the first month of the calendar period
  for (;;) {
    const endMonth = month + step - 1;
    const start = `${year}-${pad(month)}-01`;
    const end = `${year}-${pad(endMonth)}-${pad(lastDay(year, endMonth))}`;
    if (start > plan.end) break;
    periods.push({ start: start < plan.start ? plan.start : start, end: end > plan.end ? plan.end : end });
    month += step;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return periods;
}

/**
 * The period a review is most likely about: the last one that has ended by `today`; before the
 * first has ended, the one running; before the plan, the first.
 */
export function defaultPeriod(periods: readonly Period[], today: string): Period | undefined {
  const ended = periods.filter((p) => p.end <= today);
  return ended[ended.length - 1] ?? periods.find((p) => p.start <= today && today <= p.end) ?? periods[0];
}
