import { fromDayNumber, toDayNumber } from '../dates.ts';
import type { Period } from '../model/common.ts';

/** The dates of the example plans, all derived from `today` so that the plan is never in the past. */

export type ExamplePeriod = Period & { year: number };

/** Six months from January 1: of next year once this year's first half is over, else of this year. */
export function examplePeriod(today: string): ExamplePeriod {
  toDayNumber(today, 'today');
  const thisYear = Number(today.slice(0, 4));
  const year = today.slice(5) > '06-30' ? thisYear + 1 : thisYear;
  return { year, start: `${year}-01-01`, end: `${year}-06-30` };
}

export function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** The `n`th given weekday of a month (`n` from 1; small enough to stay in the month). */
export function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = toDayNumber(ymd(year, month, 1), 'month');
  const offset = (weekday - weekdayOf(first) + 7) % 7;
  return fromDayNumber(first + offset + 7 * (n - 1));
}

export const TUESDAY = 2;
export const THURSDAY = 4;

export type ExampleKeyDate =
  | { kind: 'webinar'; index: number; date: string }
  | { kind: 'show'; date: string }
  | { kind: 'monthly-review'; month: number; date: string }
  | { kind: 'quarterly-review'; date: string }
  | { kind: 'half-year-review'; date: string };

/**
 * A webinar on the fourth Thursday of each month (its invitations, 14 days before, and follow-up,
 * the day after, stay inside the month); the trade show on the third Tuesday of March; reviews on
 * the first Tuesday after each month ends — March's is the quarterly review and June's the
 * half-year review.
 */
export function exampleKeyDates(year: number): ExampleKeyDate[] {
  const dates: ExampleKeyDate[] = [];
  for (let index = 0; index < 6; index++) {
    dates.push({ kind: 'webinar', index, date: nthWeekday(year, index + 1, THURSDAY, 4) });
  }
  dates.push({ kind: 'show', date: nthWeekday(year, 3, TUESDAY, 3) });
  for (const month of [1, 2, 4, 5]) {
    dates.push({ kind: 'monthly-review', month, date: nthWeekday(year, month + 1, TUESDAY, 1) });
  }
  dates.push({ kind: 'quarterly-review', date: nthWeekday(year, 4, TUESDAY, 1) });
  dates.push({ kind: 'half-year-review', date: nthWeekday(year, 7, TUESDAY, 1) });
  return dates;
}
