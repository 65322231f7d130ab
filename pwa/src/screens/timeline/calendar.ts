import { addDays, daysBetween } from '@jalon/core';

/** Calendar arithmetic of the timeline: periods, month grids and which event shows on which day. */

export type PeriodKind = 'month' | 'quarter';
export type Range = { start: string; end: string };

export type TimelineEvent = {
  id: string;
  kind: 'action' | 'keyDate';
  title: string;
  /** Inclusive ISO days. */
  start: string;
  end: string;
  /** Action status or key date kind, for styling. */
  tag: string;
};

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The month (or quarter) holding `date`: its first and last day. */
export function periodRange(date: string, kind: PeriodKind): Range {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const first = kind === 'month' ? month : month - ((month - 1) % 3);
  const last = kind === 'month' ? month : first + 2;
  return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}

/** The first day of the period `delta` months or quarters away. */
export function shiftPeriod(date: string, kind: PeriodKind, delta: number): string {
  const start = periodRange(date, kind).start;
  const index =
    Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 + delta * (kind === 'month' ? 1 : 3);
  const year = Math.floor(index / 12);
  return `${year}-${pad(index - year * 12 + 1)}-01`;
}

/** The months of a range, as first days. */
export function monthsOf(range: Range): string[] {
  const months: string[] = [];
  for (let m = `${range.start.slice(0, 7)}-01`; m <= range.end; m = shiftPeriod(m, 'month', 1))
    months.push(m);
  return months;
}

/**
 * A month as weeks of seven days, Monday first (the convention in France and the UK); days of the
 * neighbouring months are `null`, so the grid keeps its shape.
 */
export function monthGrid(firstOfMonth: string): (string | null)[][] {
  const { start, end } = periodRange(firstOfMonth, 'month');
  const weekday = (new Date(`${start}T00:00:00Z`).getUTCDay() + 6) % 7; // 0 = Monday
  const cells: (string | null)[] = Array.from({ length: weekday }, () => null);
  for (let day = start; day <= end; day = addDays(day, 1)) cells.push(day);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export type DayEntry = { event: TimelineEvent; mark: 'single' | 'start' | 'end' };

/**
 * Which events a day lists. A one-day event shows on its day; a longer one on its first day
 * ("starts") and its last ("due") — listing a six-month action on every day of it would bury the
 * rest. Events that started before the range and end after it go to `ongoing`.
 */
export function eventsByDay(
  events: readonly TimelineEvent[],
  range: Range,
): { days: Map<string, DayEntry[]>; ongoing: TimelineEvent[] } {
  const days = new Map<string, DayEntry[]>();
  const ongoing: TimelineEvent[] = [];
  const add = (day: string, entry: DayEntry) => {
    if (day < range.start || day > range.end) return;
    days.set(day, [...(days.get(day) ?? []), entry]);
  };
  const sorted = [...events].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (const event of sorted) {
    if (event.end < range.start || event.start > range.end) continue;
    if (event.start === event.end) add(event.start, { event, mark: 'single' });
    else {
      add(event.start, { event, mark: 'start' });
      add(event.end, { event, mark: 'end' });
      if (event.start < range.start && event.end > range.end) ongoing.push(event);
    }
  }
  return { days: new Map([...days].sort(([a], [b]) => (a < b ? -1 : 1))), ongoing };
}

/** Days from the first to the last of an event, inclusive. */
export const lengthInDays = (event: Range): number => daysBetween(event.start, event.end) + 1;
