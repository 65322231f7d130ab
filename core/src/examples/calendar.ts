import { fromDayNumber, toDayNumber } from '../dates.ts';
import type { Period } from '../model/common.ts';

/**
 * The dates of the example plans, all derived from `today`: the plan began three months ago and
 * runs three more (today falls in its fourth month), so that a first look finds a plan at work —
 * done, late and due actions, measured KPIs, money spent — with half of it still ahead.
 */

/** A month of the plan: its calendar year and month (1–12). */
export type PlanMonth = { year: number; month: number };
export type ExamplePeriod = Period & { months: readonly PlanMonth[] };

/** How many months of the plan are over on the day it is made. */
export const MONTHS_BEHIND = 3;
export const PLAN_MONTHS = 6;

/** Six whole calendar months, the first of them three months before today's. */
export function examplePeriod(today: string): ExamplePeriod {
  toDayNumber(today, 'today');
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const months = Array.from({ length: PLAN_MONTHS }, (_, i) =>
    shiftMonth({ year, month }, i - MONTHS_BEHIND),
  );
  const first = months[0] ?? { year, month };
  const last = months[PLAN_MONTHS - 1] ?? first;
  return { start: ymd(first.year, first.month, 1), end: ymd(last.year, last.month, daysIn(last)), months };
}

export function shiftMonth({ year, month }: PlanMonth, by: number): PlanMonth {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function daysIn({ year, month }: PlanMonth): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** [month of the plan (1–6), day]; a day past the month's end is its last day (31 → 28 in February). */
export type MonthDay = readonly [number, number];

export function planDate(period: ExamplePeriod, [index, day]: MonthDay): string {
  const month = period.months[index - 1];
  if (!month) throw new RangeError(`the plan has no month ${index}`);
  return ymd(month.year, month.month, Math.min(day, daysIn(month)));
}

/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
export const weekdayOf = (date: string): number => (((toDayNumber(date, 'date') + 4) % 7) + 7) % 7;

/** The `n`th given weekday of a month (`n` from 1; small enough to stay in the month). */
export function nthWeekday({ year, month }: PlanMonth, weekday: number, n: number): string {
  const first = ymd(year, month, 1);
  const offset = (weekday - weekdayOf(first) + 7) % 7;
  return fromDayNumber(toDayNumber(first, 'month') + offset + 7 * (n - 1));
}

export const TUESDAY = 2;
export const THURSDAY = 4;

export type ExampleKeyDate =
  | { kind: 'webinar'; index: number; date: string }
  | { kind: 'show'; date: string }
  | { kind: 'monthly-review'; month: PlanMonth; date: string }
  | { kind: 'mid-review'; date: string }
  | { kind: 'final-review'; date: string };

/**
 * A webinar on the fourth Thursday of each month (its invitations, 14 days before, and follow-up,
 * the day after, stay inside the month); the trade show on the third Tuesday of the third month;
 * reviews on the first Tuesday after each month ends — the third month's is the mid-plan review,
 * the last month's the final one. Today's month always holds a webinar and the mid-plan review.
 */
export function exampleKeyDates(period: ExamplePeriod): ExampleKeyDate[] {
  const { months } = period;
  const dates: ExampleKeyDate[] = months.map((month, index) => ({
    kind: 'webinar',
    index,
    date: nthWeekday(month, THURSDAY, 4),
  }));
  const third = months[2];
  if (third) dates.push({ kind: 'show', date: nthWeekday(third, TUESDAY, 3) });
  months.forEach((month, i) => {
    const date = nthWeekday(shiftMonth(month, 1), TUESDAY, 1);
    if (i === MONTHS_BEHIND - 1) dates.push({ kind: 'mid-review', date });
    else if (i === months.length - 1) dates.push({ kind: 'final-review', date });
    else dates.push({ kind: 'monthly-review', month, date });
  });
  return dates;
}
