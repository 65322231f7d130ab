import { type MetricLocale, metricLocale } from './metric-locale.ts';
import { decimalValue, readNumeral } from './metric-numeral.ts';
import { readPrefix, wrappedInParentheses } from './metric-prefix.ts';
import {
  isDigitAt,
  isWordUnit,
  type NormalizedText,
  normalizeText,
  skipSpaces,
  type TokenMatch,
  wordContinuesAt,
} from './metric-text.ts';
import { isWholeCurrency, type MetricUnit } from './metric-units.ts';

export type MetricKind = 'number' | 'percent' | 'currency';

export interface Metric {
  readonly value: number;
  readonly kind: MetricKind;
  /** ISO 4217 code, for `kind: 'currency'` only. */
  readonly currency?: string;
}

export interface FoundMetric extends Metric {
  /** The matched substring of the source text, sign, suffix and unit included. */
  readonly text: string;
  /** Offset of `text` in the source text. */
  readonly index: number;
}

// Hostile input stays cheap: only the start of a long text is scanned.
const PARSE_LIMIT = 10_000;
const FIND_LIMIT = 100_000;

/**
 * The first number in `text`, read with the conventions of `locale` ("fr", "fr-FR", "en-US",
 * "de-CH"…), or null when there is none. Throws PlanError `invalid-locale` for a locale `Intl`
 * does not know; never throws because of `text`. Reads back whatever `Intl.NumberFormat` writes.
 *
 * - `value` is the number as written: "12,5 %" is 12.5 (not 0.125), "3,4 k" is 3400, "1,2 M€" is
 *   1200000, built from the digits so that it is exact. '‰' reads as a tenth of a percent.
 * - Separators: see `readNumeral` (the last of two different signs is decimal; a lone '.' or ','
 *   before exactly three digits is decimal only if it is the locale's decimal sign).
 * - Suffixes: those the locale's compact notation writes ("k", "M", "Md", "Bn" = 10^12 in fr;
 *   "K", "M", "B", "T" in en; "Mio.", "Mrd." in de; "万" in ja; "L", "Cr" in en-IN; long forms
 *   "million(s)", "milliard(s)"…), then "k", "K", "M", "Md", "Mds", "Mrd", "bn", "B", "milliers"…
 *   A currency may follow, glued or not ("k€", "M€", "MEUR", "1,2 million d'euros").
 * - Currencies: see `addCurrencyTokens` (the locale's symbols first: "$" is USD in en-US, CAD in
 *   fr-CA). Percent: "%", "pour cent", "percent"…; "pts", "points" give a plain number.
 * - Signs: '-', '−' (U+2212), '–', '+', before the digits or before a currency written first
 *   ("-$5", "$-5", "€ -5"), not glued to a word or a digit ("COVID-19" and "2023-2024" are positive).
 *   A whole text in parentheses, "(1 234,56 €)", is negative (accounting); in prose, parentheses are
 *   only punctuation.
 * - A number glued to a letter ("Q3", "B2B", "3e", "10h30", "1e999") is not a metric. Scientific
 *   notation, "NaN", "Infinity" and numbers too large for a double give no result.
 * - Only the first 10 000 characters are read (100 000 for `findMetrics`).
 */
export function parseMetric(text: string, locale: string): Metric | null {
  const loc = metricLocale(locale);
  if (typeof text !== 'string') return null;
  for (const found of scan(text.slice(0, PARSE_LIMIT), loc)) return toMetric(found);
  return null;
}

/** Every number in `text`, in order, each with the substring it was read from and its offset. */
export function findMetrics(text: string, locale: string): FoundMetric[] {
  const loc = metricLocale(locale);
  if (typeof text !== 'string') return [];
  const source = text.slice(0, FIND_LIMIT);
  return Array.from(scan(source, loc), (found) => ({
    ...toMetric(found),
    text: source.slice(found.index, found.index + found.length),
    index: found.index,
  }));
}

interface Found {
  readonly value: number;
  readonly unit: MetricUnit | null;
  /** Offset and length in the source text. */
  readonly index: number;
  readonly length: number;
}

function toMetric({ value, unit }: Found): Metric {
  if (unit?.kind === 'currency') return { value, kind: 'currency', currency: unit.currency };
  return { value, kind: unit?.kind === 'percent' ? 'percent' : 'number' };
}

function* scan(source: string, loc: MetricLocale): Generator<Found> {
  const t = normalizeText(source);
  const text = t.chars;
  const bounds = { open: text.length - text.trimStart().length, close: text.trimEnd().length - 1 };
  let floor = 0;
  let i = 0;
  // fr and it write 1000 in long compact notation as a bare "mille": read it only as a whole text,
  // since in prose it is just a word ("mille mercis").
  const whole = t.lower.trim();
  const bare = loc.bareWords.get(whole.replace(/^[-+]/, ''));
  if (bare !== undefined) {
    const index = t.offsets[bounds.open] ?? 0;
    yield {
      value: whole.startsWith('-') ? -(10 ** bare) : 10 ** bare,
      unit: null,
      index,
      length: (t.offsets[bounds.close] ?? index) + 1 - index,
    };
    return;
  }
  while (i < text.length) {
    if (!isDigitAt(text, i)) {
      i++;
      continue;
    }
    const read = readMetric(t, loc, i, floor);
    if ('skip' in read) {
      i = read.skip;
      continue;
    }
    floor = read.end;
    i = read.end;
    const accounting = wrappedInParentheses(text, bounds, read.start, read.end);
    const start = accounting ? accounting.start : read.start;
    const end = accounting ? accounting.end : read.end;
    const index = t.offsets[start] ?? 0;
    yield {
      value: accounting && read.value !== 0 ? -Math.abs(read.value) : read.value,
      unit: read.unit,
      index,
      length: (t.offsets[end - 1] ?? index) + 1 - index,
    };
  }
}

interface Read {
  readonly value: number;
  readonly unit: MetricUnit | null;
  /** Range in the normalized text. */
  readonly start: number;
  readonly end: number;
}

const CONNECTORS = ["d'", 'de ', 'of ', 'di '];

/** Reads the metric whose first digit is at `digit`, or says where to resume scanning. */
function readMetric(
  t: NormalizedText,
  loc: MetricLocale,
  digit: number,
  floor: number,
): Read | { skip: number } {
  const text = t.chars;
  const numeral = readNumeral(t, loc, digit);
  const prefix = readPrefix(t, loc, digit, floor);
  const rejected = { skip: wordEnd(text, numeral.end) };
  if (prefix.start === digit && isWordUnit(text[digit - 1])) return rejected;
  if (/^[eE][+-]?\d/.test(text.slice(numeral.end, numeral.end + 3))) return rejected;

  let end = numeral.end;
  let power = 0;
  let unit = prefix.unit;
  const at = skipSpaces(text, end, 2);
  const currencyAt = (pos: number) => loc.units.matchAt(t, pos)?.value.kind === 'currency';
  const suffix = loc.suffixes.matchAt(t, at, currencyAt);
  const unitHere = loc.units.matchAt(t, at);
  if (suffix && !(unitHere && unitHere.end > suffix.end)) {
    power = suffix.value;
    end = suffix.end;
  }
  if (!unit) {
    const after = suffix && end === suffix.end ? afterSuffix(t, loc, end) : unitAfter(t, loc, end);
    if (after) {
      unit = after.value;
      end = after.end;
    }
  }
  if (end === numeral.end && wordContinuesAt(text, end)) return rejected;

  const shift = power + (unit?.kind === 'percent' ? unit.shift : 0);
  const grouped = numeral.ambiguous && unit?.kind === 'currency' && isWholeCurrency(unit.currency);
  const magnitude = grouped
    ? decimalValue(numeral.int + numeral.frac, '', shift)
    : decimalValue(numeral.int, numeral.frac, shift);
  if (!Number.isFinite(magnitude)) return rejected;
  const value = prefix.negative && magnitude !== 0 ? -magnitude : magnitude;
  return { value, unit, start: prefix.start, end };
}

function unitAfter(t: NormalizedText, loc: MetricLocale, end: number): TokenMatch<MetricUnit> | null {
  return loc.units.matchAt(t, skipSpaces(t.chars, end, 2));
}

/** After "million", a currency may follow a connector: "1,2 million d'euros", "3 millions of dollars". */
function afterSuffix(t: NormalizedText, loc: MetricLocale, end: number): TokenMatch<MetricUnit> | null {
  const direct = unitAfter(t, loc, end);
  if (direct) return direct;
  const at = skipSpaces(t.chars, end, 2);
  if (at === end) return null;
  for (const connector of CONNECTORS) {
    if (!t.lower.startsWith(connector, at)) continue;
    const unit = loc.units.matchAt(t, at + connector.length);
    if (unit?.value.kind === 'currency') return unit;
  }
  return null;
}

function wordEnd(text: string, from: number): number {
  let j = from;
  while (
    j < text.length &&
    (isWordUnit(text[j]) || ((text[j] === '+' || text[j] === '-') && /[eE]/.test(text[j - 1] ?? '')))
  ) {
    j++;
  }
  return Math.max(j, from);
}
