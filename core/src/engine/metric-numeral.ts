import type { MetricLocale } from './metric-locale.ts';
import { isDigitAt, type NormalizedText } from './metric-text.ts';

/** The digits of one written number, before any sign, suffix or unit. */
export interface Numeral {
  readonly int: string;
  readonly frac: string;
  /** Offset (in the normalized text) just after the last digit read. */
  readonly end: number;
  /** "1,234" read as decimal by the locale rule, though it could be grouping. */
  readonly ambiguous: boolean;
}

// Twelve groups reach 10^36: more is not a metric, and the cap keeps a run like "1,2,3,…" linear.
const MAX_GROUPS = 12;
const SEPARATORS = new Set(['.', ',', "'", ' ']);

/**
 * Reads the number whose first digit is at `start`. Separators are '.', ',', "'" (or ’) and any
 * space (U+0020, U+00A0, U+202F, U+2009…), in every locale, each between two digits.
 *
 * Which sign is the decimal one:
 * - two different signs ("1.234,56", "1,234.56", "1 234,56", "1'234.50"): the last one;
 * - one sign repeated between groups of three ("1,234,567", "1.234.567", "1 234 567"): grouping;
 * - one sign once, followed by anything but exactly three digits ("12,5", "1234.5", "0.125"): decimal;
 * - one '.' or ',' once, followed by exactly three digits, after 1–3 digits not starting with 0
 *   ("1,234", "1.234"): ambiguous. It is decimal when it is the locale's decimal sign, grouping
 *   otherwise (the locale's grouping sign, or a foreign one: "1.234" in French is 1234).
 * A space or an apostrophe is never decimal. Trailing groups that fit no reading are left out.
 */
export function readNumeral(t: NormalizedText, loc: MetricLocale, start: number): Numeral {
  const text = t.chars;
  const groups: string[] = [];
  const seps: string[] = [];
  const ends: number[] = [];
  let p = digitsEnd(text, start);
  groups.push(text.slice(start, p));
  ends.push(p);
  while (groups.length < MAX_GROUPS) {
    const sep = text[p];
    if (sep === undefined || !SEPARATORS.has(sep) || !isDigitAt(text, p + 1)) break;
    const q = digitsEnd(text, p + 1);
    seps.push(sep);
    groups.push(text.slice(p + 1, q));
    ends.push(q);
    p = q;
  }
  for (let used = seps.length; used > 0; used--) {
    const read = interpret(groups, seps, used, loc);
    if (read) return { ...read, end: ends[used] ?? p };
  }
  return { int: groups[0] ?? '', frac: '', end: ends[0] ?? p, ambiguous: false };
}

function interpret(
  groups: readonly string[],
  seps: readonly string[],
  used: number,
  loc: MetricLocale,
): { int: string; frac: string; ambiguous: boolean } | null {
  const last = seps[used - 1];
  const grouped = isGrouped(groups, seps, used);
  const decimal =
    (last === '.' || last === ',') &&
    (used === 1 || (isGrouped(groups, seps, used - 1) && seps[used - 2] !== last));
  const asDecimal = decimal && (!grouped || last === loc.decimal);
  const ambiguous = decimal && grouped;
  if (asDecimal) return { int: groups.slice(0, used).join(''), frac: groups[used] ?? '', ambiguous };
  if (grouped) return { int: groups.slice(0, used + 1).join(''), frac: '', ambiguous };
  return null;
}

/** Whether groups[0..count] joined by seps[0..count-1] is a well-formed grouped integer. */
function isGrouped(groups: readonly string[], seps: readonly string[], count: number): boolean {
  const first = groups[0] ?? '';
  if (first.length > 3 || first.startsWith('0')) return false;
  for (let i = 0; i < count; i++) if (seps[i] !== seps[0]) return false;
  const rest = groups.slice(1, count + 1).map((g) => g.length);
  if (rest.every((len) => len === 3)) return true;
  // Indian grouping, "12,34,567" (en-IN, hi-IN), is unmistakable, so it is read in every locale.
  return first.length <= 2 && rest[rest.length - 1] === 3 && rest.slice(0, -1).every((len) => len === 2);
}

function digitsEnd(text: string, i: number): number {
  let j = i;
  while (isDigitAt(text, j)) j++;
  return j;
}

/**
 * The number int.frac × 10^shift, built from its decimal digits rather than by float arithmetic,
 * so that "1,15 M" is 1150000 and "0,07" is 0.07 exactly (Number() rounds a decimal string once).
 */
export function decimalValue(int: string, frac: string, shift: number): number {
  const digits = int + frac;
  const point = int.length + shift;
  if (point <= 0) return Number(`0.${'0'.repeat(-point)}${digits}`);
  if (point >= digits.length) return Number(digits + '0'.repeat(point - digits.length));
  return Number(`${digits.slice(0, point)}.${digits.slice(point)}`);
}
