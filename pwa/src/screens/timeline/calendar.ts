/** Calendar arithmetic of the timeline: the period a scale shows, and moving it. */

export type Scale = 'month' | 'quarter' | 'plan';
export type PeriodKind = 'month' | 'quarter';
export type Range = { start: string; end: string };

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

/** What a scale shows: the month or quarter holding `anchor`, or the plan's whole period. */
export function scaleRange(scale: Scale, anchor: string, plan: Range): Range {
  return scale === 'plan' ? plan : periodRange(anchor, scale);
}
