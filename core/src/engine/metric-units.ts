import { addVariants, type TokenTable } from './metric-text.ts';

/** What may stand right after a number (or right before it, for prefix units). */
export type MetricUnit =
  | { readonly kind: 'currency'; readonly currency: string }
  /** `shift` moves the decimal point: 0 for '%', -1 for '‰' (read as a tenth of a percent). */
  | { readonly kind: 'percent'; readonly shift: number }
  /** "pts", "points": a plain number, the word is only part of the match. */
  | { readonly kind: 'number' };

/**
 * Currencies recognized by symbol, code and name. Order breaks ties between equal symbols of the
 * same rank ("$" read with a narrow symbol is USD before CAD or AUD).
 */
export const CURRENCIES = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'JPY',
  'CAD',
  'AUD',
  'NZD',
  'CNY',
  'HKD',
  'SGD',
  'INR',
  'BRL',
  'MXN',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'RON',
  'RUB',
  'TRY',
  'KRW',
  'ZAR',
  'ILS',
  'AED',
  'SAR',
  'MAD',
  'XOF',
  'XAF',
  'TND',
  'DZD',
  'THB',
] as const;

/** Locales whose symbols are understood in any locale: "US$", "$US", "CA$", "£GB", "R$", "C$"… */
const REFERENCE_LOCALES = [
  'en',
  'en-GB',
  'en-CA',
  'en-AU',
  'fr',
  'fr-CA',
  'de',
  'de-CH',
  'es',
  'pt-BR',
  'nl',
  'ja',
];
// Names people write that Intl does not ("5 dollars" in French is not "dollars des États-Unis").
const COMMON_NAMES: readonly (readonly [string, string])[] = [
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['livre sterling', 'GBP'],
  ['livres sterling', 'GBP'],
  ['pound', 'GBP'],
  ['pounds', 'GBP'],
  ['franc suisse', 'CHF'],
  ['francs suisses', 'CHF'],
  ['yen', 'JPY'],
  ['yens', 'JPY'],
];

// Lower-case codes people type ("5 eur"); not "cad", "try", "mad", which are words too.
const LOWER_CODES = [
  'eur',
  'usd',
  'gbp',
  'chf',
  'jpy',
  'cny',
  'inr',
  'brl',
  'sek',
  'nok',
  'dkk',
  'pln',
  'aud',
  'nzd',
];

const PERCENT_WORDS = [
  'pour cent',
  'pourcent',
  'percent',
  'per cent',
  'pct',
  'prozent',
  'por ciento',
  'por cento',
  'per cento',
  'procent',
];
const POINT_WORDS = [
  'pts',
  'pt',
  'points',
  'point',
  'pp',
  'p.p.',
  'punkte',
  'puntos',
  'punti',
  'pontos',
  'punten',
];

export function addPercentAndPointTokens(units: TokenTable<MetricUnit>): void {
  units.add('%', { kind: 'percent', shift: 0 });
  units.add('‰', { kind: 'percent', shift: -1 });
  for (const word of PERCENT_WORDS) units.add(word, { kind: 'percent', shift: 0 }, true);
  units.add('pour mille', { kind: 'percent', shift: -1 }, true);
  for (const word of POINT_WORDS) units.add(word, { kind: 'number' }, true);
}

type Display = 'symbol' | 'narrowSymbol' | 'code' | 'name';

function currencyTexts(tag: string, currency: string, display: Display, values: readonly number[]): string[] {
  const format = new Intl.NumberFormat(tag, { style: 'currency', currency, currencyDisplay: display });
  return values.map((value) =>
    format
      .formatToParts(value)
      .filter((p) => p.type === 'currency')
      .map((p) => p.value)
      .join(''),
  );
}

const units = new Map<string, MetricUnit>(
  CURRENCIES.map((code) => [code, { kind: 'currency', currency: code } as const]),
);
function unitOf(code: string): MetricUnit {
  return units.get(code) ?? { kind: 'currency', currency: code };
}

/** [token, currency, caseless] in rank order, shared by every locale; built on first use. */
let shared: readonly (readonly [string, string, boolean])[] | null = null;

function sharedTokens(): readonly (readonly [string, string, boolean])[] {
  if (shared) return shared;
  const tokens: [string, string, boolean][] = [];
  for (const display of ['symbol', 'narrowSymbol'] as const) {
    for (const tag of REFERENCE_LOCALES) {
      for (const code of CURRENCIES) {
        for (const text of currencyTexts(tag, code, display, [2])) tokens.push([text, code, false]);
      }
    }
  }
  for (const tag of ['en', 'fr']) {
    for (const code of CURRENCIES) {
      for (const text of currencyTexts(tag, code, 'name', [1, 2])) tokens.push([text, code, true]);
    }
  }
  for (const [name, code] of COMMON_NAMES) tokens.push([name, code, true]);
  shared = tokens;
  return tokens;
}

/**
 * Currency tokens, most specific first: the locale's own symbols ("$" is CAD in fr-CA), ISO codes,
 * the locale's narrow symbols, the locale's names ("euros", "dollars des États-Unis"), then the
 * shared symbols and names of the reference locales. Names only follow a number.
 */
export function addCurrencyTokens(
  tag: string,
  after: TokenTable<MetricUnit>,
  before: TokenTable<MetricUnit>,
): void {
  const both = (text: string, code: string) => {
    // A lone letter ("R" for the rand) would turn "5 R" into money.
    if (/^[A-Za-z]$/.test(text.trim())) return;
    addVariants(after, text, unitOf(code), false);
    addVariants(before, text, unitOf(code), false);
  };
  for (const code of CURRENCIES) for (const text of currencyTexts(tag, code, 'symbol', [2])) both(text, code);
  for (const code of CURRENCIES) both(code, code);
  for (const code of LOWER_CODES) both(code, code.toUpperCase());
  for (const code of CURRENCIES) {
    for (const text of currencyTexts(tag, code, 'narrowSymbol', [2])) both(text, code);
  }
  for (const code of CURRENCIES) {
    for (const text of currencyTexts(tag, code, 'name', [1, 2, 5, 1.5])) {
      addVariants(after, text, unitOf(code), true);
    }
  }
  for (const [text, code, caseless] of sharedTokens()) {
    if (caseless) addVariants(after, text, unitOf(code), true);
    else both(text, code);
  }
}

const wholeCurrencies = new Map<string, boolean>();

/** Currencies written without decimals (JPY, KRW): "¥1,000" is a thousand yen in any locale. */
export function isWholeCurrency(code: string): boolean {
  let whole = wholeCurrencies.get(code);
  if (whole === undefined) {
    const { maximumFractionDigits } = new Intl.NumberFormat('en', {
      style: 'currency',
      currency: code,
    }).resolvedOptions();
    whole = maximumFractionDigits === 0;
    wholeCurrencies.set(code, whole);
  }
  return whole;
}
