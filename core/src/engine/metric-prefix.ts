import type { MetricLocale } from './metric-locale.ts';
import { isWordUnit, type NormalizedText } from './metric-text.ts';
import type { MetricUnit } from './metric-units.ts';

/** What stands before the digits of a metric, and where the metric starts. */
export interface Prefix {
  readonly start: number;
  readonly negative: boolean;
  readonly unit: MetricUnit | null;
}

/** Sign and unit written before the digits: "-12", "−12", "+12", "$-5", "-$5", "€ -5", "CHF 5", "%12". */
export function readPrefix(t: NormalizedText, loc: MetricLocale, digit: number, floor: number): Prefix {
  const text = t.chars;
  const signAt = (pos: number) =>
    pos >= floor && (text[pos] === '-' || text[pos] === '+') && !isSignGlued(text, pos);
  const signed = (start: number, sign: number | null, unit: MetricUnit | null): Prefix => ({
    start,
    negative: sign !== null && text[sign] === '-',
    unit,
  });
  // "$-5", "CHF-5": the sign follows the unit, so it may touch its last letter.
  const inner = text[digit - 1] === '-' || text[digit - 1] === '+' ? digit - 1 : null;
  const before = inner ?? digit;
  const unitEnd = before - 1 >= floor && text[before - 1] === ' ' ? before - 1 : before;
  const unit = loc.prefixes.matchEndingAt(t, unitEnd, floor);
  if (unit) {
    if (inner !== null) return signed(unit.start, inner, unit.value);
    return signAt(unit.start - 1)
      ? signed(unit.start - 1, unit.start - 1, unit.value)
      : signed(unit.start, null, unit.value);
  }
  if (inner !== null && signAt(inner)) return signed(inner, inner, null);
  return signed(digit, null, null);
}

function isSignGlued(text: string, sign: number): boolean {
  return isWordUnit(text[sign - 1]) || text[sign - 1] === '.' || text[sign - 1] === ',';
}

/** `( metric )` making up the whole text: an accounting negative. */
export function wrappedInParentheses(
  text: string,
  { open, close }: { open: number; close: number },
  start: number,
  end: number,
): { start: number; end: number } | null {
  if (text[open] !== '(' || text[close] !== ')' || open >= start || close < end) return null;
  if (text.slice(open + 1, start).trim() !== '' || text.slice(end, close).trim() !== '') return null;
  return { start: open, end: close + 1 };
}
