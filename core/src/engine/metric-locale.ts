import { PlanError } from '../errors.ts';
import { addVariants, lowerUnits, normalizeToken, TokenTable } from './metric-text.ts';
import { addCurrencyTokens, addPercentAndPointTokens, type MetricUnit } from './metric-units.ts';

/** Everything the scanner needs to know about one locale, read from `Intl` once and cached. */
export interface MetricLocale {
  /** The decimal sign, normalized ('.' or ','). */
  readonly decimal: string;
  /** Compact and word suffixes ("k", "M", "Md", "Mio.", "万", "million") → power of ten. */
  readonly suffixes: TokenTable<number>;
  /** Words long compact notation writes with no digits ("mille" for 1000 in fr and it) → power. */
  readonly bareWords: ReadonlyMap<string, number>;
  /** Units after a number: currencies (symbols, codes, names), percent signs and words, points. */
  readonly units: TokenTable<MetricUnit>;
  /** Units before a number: currency symbols and codes, and '%' where the locale writes it first. */
  readonly prefixes: TokenTable<MetricUnit>;
}

const cache = new Map<string, MetricLocale>();
const CACHE_LIMIT = 64;

/** Throws `invalid-locale` (field `locale`) unless `locale` is a well-formed tag `Intl` supports. */
export function metricLocale(locale: string): MetricLocale {
  const cached = cache.get(locale);
  if (cached) return cached;
  const data = buildLocale(checkLocale(locale));
  // Evict the oldest locale: a caller cycling through many locales must not grow memory forever.
  const oldest = cache.size >= CACHE_LIMIT ? cache.keys().next() : null;
  if (oldest && !oldest.done) cache.delete(oldest.value);
  cache.set(locale, data);
  return data;
}

function checkLocale(locale: unknown): string {
  if (typeof locale !== 'string') throw new PlanError('invalid-locale', 'locale', String(locale));
  let supported: string[];
  try {
    supported = Intl.NumberFormat.supportedLocalesOf(locale);
  } catch {
    throw new PlanError('invalid-locale', 'locale', locale);
  }
  const tag = supported[0];
  // A well-formed but unknown tag ("zz") would silently get the runtime's default separators.
  if (tag === undefined) throw new PlanError('invalid-locale', 'locale', locale);
  return tag;
}

function buildLocale(tag: string): MetricLocale {
  const parts = new Intl.NumberFormat(tag).formatToParts(-1234567.891);
  const decimal = normalizeToken(parts.find((p) => p.type === 'decimal')?.value ?? '');
  const percentParts = new Intl.NumberFormat(tag, { style: 'percent' }).formatToParts(0.5);
  const percentFirst =
    percentParts.findIndex((p) => p.type === 'percentSign') <
    percentParts.findIndex((p) => p.type === 'integer');

  const units = new TokenTable<MetricUnit>();
  const prefixes = new TokenTable<MetricUnit>();
  addPercentAndPointTokens(units);
  if (percentFirst) prefixes.add('%', { kind: 'percent', shift: 0 });
  addCurrencyTokens(tag, units, prefixes);

  return {
    decimal: decimal || '.',
    ...buildSuffixes(tag),
    units,
    prefixes,
  };
}

/**
 * Suffixes the locale's compact notation writes (short and long, several plural forms), then
 * common ones of any locale. The locale wins a conflict: "Bn" is 10^12 in French, "B" 10^12 in
 * Spanish; elsewhere "bn" and "B" are 10^9.
 */
function buildSuffixes(tag: string): { suffixes: TokenTable<number>; bareWords: Map<string, number> } {
  const table = new TokenTable<number>();
  const bareWords = new Map<string, number>();
  for (const compactDisplay of ['short', 'long'] as const) {
    const format = new Intl.NumberFormat(tag, { notation: 'compact', compactDisplay });
    for (let power = 3; power <= 18; power++) {
      for (const mantissa of [1, 2, 5, 1.5]) {
        const parts = format.formatToParts(mantissa * 10 ** power);
        const entry = compactEntry(parts, mantissa, power);
        if (entry) addVariants(table, entry.token, entry.power, isWordLike(entry.token));
        const bare = normalizeToken(parts.map((p) => p.value).join(''));
        if (mantissa === 1 && bare && !/\d/.test(bare)) bareWords.set(lowerUnits(bare), power);
      }
    }
  }
  for (const [power, tokens] of GENERIC_SUFFIXES) {
    for (const token of tokens) addVariants(table, token, power, isWordLike(token));
  }
  return { suffixes: table, bareWords };
}

const GENERIC_SUFFIXES: readonly (readonly [number, readonly string[]])[] = [
  [3, ['k', 'K', 'thousand', 'thousands', 'millier', 'milliers', 'mille', 'Tsd.']],
  [6, ['M', 'Mio.', 'Mn', 'mln', 'million', 'millions', 'Million', 'Millionen']],
  [
    9,
    ['Md', 'Mds', 'Mrd.', 'Mia.', 'bn', 'Bn', 'B', 'mld', 'milliard', 'milliards', 'Milliarde', 'Milliarden'],
  ],
  [9, ['billion', 'billions']],
  [12, ['tn', 'trillion', 'trillions']],
];

function compactEntry(
  parts: Intl.NumberFormatPart[],
  mantissa: number,
  power: number,
): { token: string; power: number } | null {
  const token = normalizeToken(
    parts
      .filter((p) => p.type === 'compact')
      .map((p) => p.value)
      .join(''),
  );
  const digits = parts
    .filter((p) => p.type === 'integer' || p.type === 'fraction' || p.type === 'decimal')
    .map((p) => (p.type === 'decimal' ? '.' : normalizeToken(p.value)))
    .join('');
  const shown = Number(digits);
  if (!token || !digits || !(shown > 0)) return null;
  const shift = Math.round(Math.log10((mantissa * 10 ** power) / shown));
  return Math.abs(shown * 10 ** shift - mantissa * 10 ** power) < 1e-6 * 10 ** power
    ? { token, power: shift }
    : null;
}

/** Words ("million", "Mio.", "lakh") match in any case; short symbols ("M" vs "m") do not. */
function isWordLike(token: string): boolean {
  return token.replace(/\.$/, '').length >= 3 && /^[\p{L} .]+$/u.test(token);
}
