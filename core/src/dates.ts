import { PlanError } from './errors.ts';

/** Calendar arithmetic on ISO `YYYY-MM-DD` strings, in UTC so that no time zone shifts a day. */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Days since 1970-01-01; throws `invalid-date` naming `field` when `value` is not a real date. */
export function toDayNumber(value: string, field: string): number {
  if (!isIsoDate(value)) throw new PlanError('invalid-date', field, value);
  return Date.parse(`${value}T00:00:00Z`) / DAY_MS;
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number, field = 'date'): string {
  return fromDayNumber(toDayNumber(date, field) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string, fromField = 'from', toField = 'to'): number {
  return toDayNumber(to, toField) - toDayNumber(from, fromField);
}
