import { isIsoDate } from '../dates.ts';

/**
 * The same day `months` earlier, clamped to the month's last day (Aug 31 − 6 months = Feb 28).
 */
export function subtractMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/**
 * A persona is due for review when it never was reviewed, or when its last review is at least
 * `months` old (a persona reviewed on Jan 15 is due again from Jul 15). An unreadable date counts
 * as never reviewed.
 */
export function isReviewDue(lastReviewed: string | undefined, today: string, months: number): boolean {
  if (lastReviewed === undefined || !isIsoDate(lastReviewed)) return true;
  return lastReviewed <= subtractMonths(today, months);
}
