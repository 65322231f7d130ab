import { describe, expect, it } from 'vitest';
import { PlanError } from '../errors.ts';
import { parseMetric } from './metric.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const THIN = '\u2009';
const MINUS = '\u2212';

describe('parseMetric, the examples of the contract', () => {
  it('reads "12,5 %" in French as 12.5 percent', () => {
    expect(parseMetric('12,5 %', 'fr')).toEqual({ value: 12.5, kind: 'percent' });
  });

  it('reads "1 234,56 €" in French with a narrow no-break and a no-break space as 1234.56 EUR', () => {
    expect(parseMetric(`1${NNBSP}234,56${NBSP}€`, 'fr')).toEqual({
      value: 1234.56,
      kind: 'currency',
      currency: 'EUR',
    });
  });

  it('reads "$1,234.56" in American English as 1234.56 USD', () => {
    expect(parseMetric('$1,234.56', 'en-US')).toEqual({ value: 1234.56, kind: 'currency', currency: 'USD' });
  });

  it('reads "3,4 k" as 3400', () => {
    expect(parseMetric('3,4 k', 'fr')).toEqual({ value: 3400, kind: 'number' });
  });

  it('reads "CHF 1’234.50" in Swiss German as 1234.5 CHF', () => {
    expect(parseMetric('CHF 1’234.50', 'de-CH')).toEqual({
      value: 1234.5,
      kind: 'currency',
      currency: 'CHF',
    });
  });

  it('reads a minus written as U+2212', () => {
    expect(parseMetric(`${MINUS}12,5 %`, 'fr')).toEqual({ value: -12.5, kind: 'percent' });
  });

  it('returns null when the text holds no number', () => {
    expect(parseMetric('pas de chiffre', 'fr')).toBeNull();
  });
});

describe('parseMetric builds exact values', () => {
  it.each([
    ['1 234,56 €', 1234.56],
    ['0,07', 0.07],
    ['3,4 k', 3400],
    ['1,15 M', 1_150_000],
    ['0,1 k', 100],
    ['1,23 Md', 1_230_000_000],
  ])('reads %s as exactly %d', (text, value) => {
    expect(parseMetric(text, 'fr')?.value).toBe(value);
  });

  it('reads a percent as the number shown, not as the fraction', () => {
    const shown = new Intl.NumberFormat('fr', { style: 'percent', maximumFractionDigits: 1 }).format(0.125);
    expect(parseMetric(shown, 'fr')).toEqual({ value: 12.5, kind: 'percent' });
  });

  it('never returns minus zero', () => {
    expect(Object.is(parseMetric('-0', 'fr')?.value, 0)).toBe(true);
    expect(Object.is(parseMetric('(0 €)', 'fr')?.value, 0)).toBe(true);
  });
});

describe('parseMetric reads grouping and decimal signs', () => {
  it.each([' ', NBSP, NNBSP, THIN])('groups digits with the space %j', (space) => {
    expect(parseMetric(`1${space}234${space}567,5`, 'fr')?.value).toBe(1234567.5);
    expect(parseMetric(`1${space}234${space}567.5`, 'en-US')?.value).toBe(1234567.5);
  });

  it.each(["1'234'567.5", '1’234’567.5'])('groups digits with the apostrophe of %s in de-CH', (text) => {
    expect(parseMetric(text, 'de-CH')?.value).toBe(1234567.5);
  });

  it.each([
    ['de-DE', '1.234.567,5'],
    ['it-IT', '1.234.567,5'],
    ['es-ES', '1.234.567,5'],
    ['pt-BR', '1.234.567,5'],
    ['nl-NL', '1.234.567,5'],
    ['en-US', '1,234,567.5'],
    ['ja-JP', '1,234,567.5'],
    ['en-IN', '12,34,567.5'],
  ])('reads the separators of %s', (locale, text) => {
    expect(parseMetric(text, locale)?.value).toBe(1234567.5);
  });

  it('takes the last of two different signs as the decimal one, whatever the locale', () => {
    expect(parseMetric('1,234.56', 'fr')?.value).toBe(1234.56);
    expect(parseMetric('1.234,56', 'en-US')?.value).toBe(1234.56);
  });

  it('takes a lone sign before anything but three digits as decimal', () => {
    expect(parseMetric('1234.5', 'fr')?.value).toBe(1234.5);
    expect(parseMetric('12,5', 'en-US')?.value).toBe(12.5);
    expect(parseMetric('0,125', 'en-US')?.value).toBe(0.125);
  });

  it('resolves a lone sign before three digits by the locale: decimal only if it is the decimal sign', () => {
    expect(parseMetric('1,234', 'fr')?.value).toBe(1.234);
    expect(parseMetric('1,234', 'en-US')?.value).toBe(1234);
    expect(parseMetric('1.234', 'en-US')?.value).toBe(1.234);
    expect(parseMetric('1.234', 'de-DE')?.value).toBe(1234);
    expect(parseMetric('1.500 €', 'fr')?.value).toBe(1500);
    expect(parseMetric('1,234', 'de-CH')?.value).toBe(1234);
  });

  it('reads that ambiguous sign as grouping for a currency without decimals', () => {
    expect(parseMetric('¥1,000', 'fr')).toEqual({ value: 1000, kind: 'currency', currency: 'JPY' });
  });

  it('reads digits of other scripts', () => {
    expect(parseMetric('١٬٢٣٤٫٥', 'ar-EG')?.value).toBe(1234.5);
    expect(parseMetric('१२,३४,५६७', 'mr-IN')?.value).toBe(1234567);
  });
});

describe('parseMetric reads currencies', () => {
  it.each([
    ['£1,234.56', 'en-GB', 1234.56, 'GBP'],
    ['1.234,56 €', 'de-DE', 1234.56, 'EUR'],
    ['€1,234.56', 'en-IE', 1234.56, 'EUR'],
    ['US$5', 'en-GB', 5, 'USD'],
    ['5 $US', 'fr', 5, 'USD'],
    ['1 234,56 $US', 'fr', 1234.56, 'USD'],
    ['1 234,56 $ US', 'fr-CA', 1234.56, 'USD'],
    ['12,50 $ CA', 'fr', 12.5, 'CAD'],
    ['12,50 $', 'fr-CA', 12.5, 'CAD'],
    ['$12.50', 'en-CA', 12.5, 'CAD'],
    ['$12.50', 'en-US', 12.5, 'USD'],
    ['CA$12.50', 'en-US', 12.5, 'CAD'],
    ['R$ 12,50', 'pt-BR', 12.5, 'BRL'],
    ['¥1,235', 'en-US', 1235, 'JPY'],
    ['￥1,235', 'ja-JP', 1235, 'JPY'],
    ['1 235 JPY', 'fr', 1235, 'JPY'],
    ['EUR 1,234.50', 'es-MX', 1234.5, 'EUR'],
    ['5 EUR', 'en-US', 5, 'EUR'],
    ['5 eur', 'fr', 5, 'EUR'],
    ['1 234,56 dollars des États-Unis', 'fr', 1234.56, 'USD'],
    ['2.50 US dollars', 'en', 2.5, 'USD'],
    ['3 yens japonais', 'fr', 3, 'JPY'],
    ['20 euros', 'fr', 20, 'EUR'],
    ['2,50 Euro', 'de', 2.5, 'EUR'],
  ])('reads %s in %s as %d %s', (text, locale, value, currency) => {
    expect(parseMetric(text, locale)).toEqual({ value, kind: 'currency', currency });
  });
});

describe('parseMetric reads signs', () => {
  it.each([
    ['-12,5 %', 'fr', -12.5],
    [`${MINUS}1 234,56 €`, 'fr', -1234.56],
    ['–5 %', 'fr', -5],
    ['+12 %', 'fr', 12],
    ['-$1,234.50', 'en-US', -1234.5],
    ["CHF-1'234.50", 'de-CH', -1234.5],
    ['€ -1.234,50', 'nl-NL', -1234.5],
    ['-€ 1.234,50', 'pt-BR', -1234.5],
    ['(1 234,56 €)', 'fr', -1234.56],
    ['($1,234.50)', 'en-US', -1234.5],
    ['-%12,5', 'tr', -12.5],
  ])('reads %s in %s as %d', (text, locale, value) => {
    expect(parseMetric(text, locale)?.value).toBe(value);
  });

  it('keeps parentheses in prose as punctuation, not as a negative', () => {
    expect(parseMetric('Le budget (12 000 €) est validé', 'fr')?.value).toBe(12000);
  });

  it('does not read a hyphen inside a word or between numbers as a minus', () => {
    expect(parseMetric('COVID-19', 'fr')?.value).toBe(19);
    expect(parseMetric('x-3', 'fr')?.value).toBe(3);
    expect(parseMetric('de 2023-2024', 'fr')?.value).toBe(2023);
  });
});

describe('parseMetric reads compact suffixes and number words', () => {
  it.each([
    ['3,4 k', 'fr', 3400],
    ['3.4K', 'en-US', 3400],
    ['1,2 M', 'fr', 1_200_000],
    ['1.2M', 'en-US', 1_200_000],
    ['1.2m', 'en-GB', 1_200_000],
    ['2 Md', 'fr', 2e9],
    ['2 Mds', 'fr', 2e9],
    ['2 Mrd', 'fr', 2e9],
    ['2 Mrd.', 'de-DE', 2e9],
    ['1,2 Mio.', 'de-DE', 1_200_000],
    ['2 bn', 'en-GB', 2e9],
    ['2B', 'en-US', 2e9],
    ['5 Bn', 'en-US', 5e9],
    ['1,2 million', 'fr', 1_200_000],
    ['3 millions', 'fr', 3_000_000],
    ['2 milliards', 'fr', 2e9],
    ['3 milliers', 'fr', 3000],
    ['2 mille', 'fr', 2000],
    ['1.2 million', 'en', 1_200_000],
    ['120万', 'ja-JP', 1_200_000],
    ['12L', 'en-IN', 1_200_000],
    ['3,4 tys.', 'pl-PL', 3400],
  ])('reads %s in %s as %d', (text, locale, value) => {
    expect(parseMetric(text, locale)).toEqual({ value, kind: 'number' });
  });

  it('follows the locale where a suffix differs: "Bn" is 10^12 in French', () => {
    expect(parseMetric('5 Bn', 'fr')?.value).toBe(5e12);
  });

  it.each([
    ['3 k€', 3000, 'EUR'],
    ['1,2 M€', 1_200_000, 'EUR'],
    ['1,2 M €', 1_200_000, 'EUR'],
    ['1,2 Md€', 1_200_000_000, 'EUR'],
    ['5 MEUR', 5_000_000, 'EUR'],
    ['€1.2M', 1_200_000, 'EUR'],
    ["1,2 million d'euros", 1_200_000, 'EUR'],
    ['3 milliards d’euros', 3e9, 'EUR'],
  ])('reads a suffix with a currency: %s', (text, value, currency) => {
    expect(parseMetric(text, 'fr')).toEqual({ value, kind: 'currency', currency });
  });

  it('does not read the start of a unit as a suffix', () => {
    expect(parseMetric('3,4 km', 'fr')).toEqual({ value: 3.4, kind: 'number' });
    expect(parseMetric('5 K-pop', 'en')).toEqual({ value: 5, kind: 'number' });
  });

  it('reads the bare "mille" of long compact notation only as a whole text', () => {
    expect(parseMetric('mille', 'fr')).toEqual({ value: 1000, kind: 'number' });
    expect(parseMetric('mille mercis', 'fr')).toBeNull();
  });
});

describe('parseMetric reads percent words and points', () => {
  it.each([
    ['12 pour cent', 12],
    ['12 percent', 12],
    ['12%', 12],
    ['12 ٪', 12],
  ])('reads %s as a percent', (text, value) => {
    expect(parseMetric(text, 'fr')).toEqual({ value, kind: 'percent' });
  });

  it('reads per mille as a tenth of a percent', () => {
    expect(parseMetric('5 ‰', 'fr')).toEqual({ value: 0.5, kind: 'percent' });
  });

  it('reads points as a plain number', () => {
    expect(parseMetric('+3 pts', 'fr')).toEqual({ value: 3, kind: 'number' });
    expect(parseMetric('2,5 points', 'fr')).toEqual({ value: 2.5, kind: 'number' });
  });
});

describe('parseMetric in running text', () => {
  it('allows text around the number', () => {
    expect(parseMetric('≈ 12,5 % de conversion', 'fr')).toEqual({ value: 12.5, kind: 'percent' });
  });

  it('returns the first of several numbers', () => {
    expect(parseMetric('de 2,5 % à 3,1 %', 'fr')).toEqual({ value: 2.5, kind: 'percent' });
  });

  it('skips numbers glued to letters', () => {
    expect(parseMetric('Q3 : 12 %', 'fr')).toEqual({ value: 12, kind: 'percent' });
    expect(parseMetric('B2B', 'fr')).toBeNull();
    expect(parseMetric('le 3e trimestre', 'fr')).toBeNull();
  });
});

describe('parseMetric on hostile input', () => {
  it.each([
    '',
    'NaN',
    'Infinity',
    '-Infinity €',
    '∞',
    '1e999',
    '1.5E+10',
    '9'.repeat(400),
    '\ud800\udfff\ud800',
    '%%%',
    '-',
    '(',
    '$',
  ])('returns null for %j', (text) => {
    expect(parseMetric(text, 'fr')).toBeNull();
  });

  it('reads only the first 10 000 characters', () => {
    expect(parseMetric(`${'x '.repeat(5000)}5`, 'fr')).toBeNull();
    expect(parseMetric(`${'x '.repeat(4999)}5`, 'fr')).toEqual({ value: 5, kind: 'number' });
  });

  it('stays fast on a long hostile text', () => {
    const start = performance.now();
    for (const text of ['1,'.repeat(1e6), '9'.repeat(1e6), '-'.repeat(1e6), '€'.repeat(1e6)]) {
      parseMetric(text, 'fr');
    }
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('returns null rather than throwing for a text that is not a string', () => {
    expect(parseMetric(undefined as unknown as string, 'fr')).toBeNull();
  });
});

describe('parseMetric locales', () => {
  it.each(['fr', 'fr-FR', 'fr-fr', 'en', 'en-US', 'de-CH', 'fr-CA', 'en-US-u-nu-arab'])(
    'accepts %s',
    (locale) => {
      expect(parseMetric('12', locale)).toEqual({ value: 12, kind: 'number' });
    },
  );

  it.each(['', 'not a locale', 'fr_FR', 'zz', 'xx-YY'])('throws invalid-locale for %j', (locale) => {
    expect(() => parseMetric('12', locale)).toThrow(PlanError);
    try {
      parseMetric('12', locale);
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid-locale', field: 'locale' });
    }
  });
});
