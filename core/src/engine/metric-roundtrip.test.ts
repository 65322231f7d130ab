import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMetric } from './metric.ts';

// What Intl.NumberFormat writes (Node's ICU data), read back by parseMetric.
const LOCALES = [
  'fr-FR',
  'fr',
  'en-US',
  'en',
  'en-GB',
  'en-IE',
  'de-DE',
  'de-CH',
  'fr-CH',
  'es-ES',
  'it-IT',
  'pt-BR',
  'nl-NL',
  'ja-JP',
  'en-IN',
  'fr-CA',
  'pl-PL',
  'sv-SE',
  'nb-NO',
  'ar-EG',
  'hi-IN',
  'he-IL',
] as const;
const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CAD'] as const;
// A narrow symbol is ambiguous by design ("$" is USD, CAD, AUD…): only the unambiguous ones.
const NARROW_CURRENCIES = ['EUR', 'GBP', 'CHF', 'JPY'] as const;
const RUNS = { numRuns: 400 };

const locale = fc.constantFrom(...LOCALES);
/** Up to two decimals, negative too, up to ten billion. */
const twoDecimals = fc.integer({ min: -1e12, max: 1e12 }).map((cents) => cents / 100);
const grouping = fc.boolean();
const sign = fc.constantFrom('auto', 'always') as fc.Arbitrary<'auto' | 'always'>;

describe('parseMetric reads back what Intl.NumberFormat writes', () => {
  it('reads decimal numbers with up to two decimals, grouped or not, signed or not', () => {
    fc.assert(
      fc.property(locale, twoDecimals, grouping, sign, (loc, value, useGrouping, signDisplay) => {
        const text = new Intl.NumberFormat(loc, {
          maximumFractionDigits: 2,
          useGrouping,
          signDisplay,
        }).format(value);
        expect(parseMetric(text, loc), `${loc} ${JSON.stringify(text)}`).toEqual({ value, kind: 'number' });
      }),
      RUNS,
    );
  });

  it('reads large integers exactly', () => {
    fc.assert(
      fc.property(locale, fc.maxSafeInteger(), grouping, (loc, value, useGrouping) => {
        const text = new Intl.NumberFormat(loc, { maximumFractionDigits: 0, useGrouping }).format(value);
        expect(parseMetric(text, loc), `${loc} ${JSON.stringify(text)}`).toEqual({ value, kind: 'number' });
      }),
      RUNS,
    );
  });

  it('reads three decimals with the locale decimal sign', () => {
    fc.assert(
      fc.property(locale, fc.integer({ min: -1e9, max: 1e9 }), (loc, mills) => {
        const value = mills / 1000;
        const text = new Intl.NumberFormat(loc, { maximumFractionDigits: 3 }).format(value);
        expect(parseMetric(text, loc), `${loc} ${JSON.stringify(text)}`).toEqual({ value, kind: 'number' });
      }),
      RUNS,
    );
  });

  it('reads percents as the number shown, not the fraction formatted', () => {
    fc.assert(
      fc.property(locale, fc.integer({ min: -1e8, max: 1e8 }), sign, (loc, cents, signDisplay) => {
        const shown = cents / 100;
        const text = new Intl.NumberFormat(loc, {
          style: 'percent',
          maximumFractionDigits: 2,
          signDisplay,
        }).format(cents / 10_000);
        expect(parseMetric(text, loc), `${loc} ${JSON.stringify(text)}`).toEqual({
          value: shown,
          kind: 'percent',
        });
      }),
      RUNS,
    );
  });

  it('reads currencies written with the locale symbol, the ISO code or the name', () => {
    const display = fc.constantFrom('symbol', 'code', 'name') as fc.Arbitrary<'symbol' | 'code' | 'name'>;
    fc.assert(
      fc.property(
        locale,
        twoDecimals,
        fc.constantFrom(...CURRENCIES),
        display,
        sign,
        (loc, amount, currency, currencyDisplay, signDisplay) => {
          const value = currency === 'JPY' ? Math.round(amount) || 0 : amount;
          const text = new Intl.NumberFormat(loc, {
            style: 'currency',
            currency,
            currencyDisplay,
            signDisplay,
          }).format(value);
          expect(parseMetric(text, loc), `${loc} ${JSON.stringify(text)}`).toEqual({
            value,
            kind: 'currency',
            currency,
          });
        },
      ),
      RUNS,
    );
  });

  it('reads unambiguous narrow symbols and accounting parentheses', () => {
    const currencySign = fc.constantFrom('standard', 'accounting') as fc.Arbitrary<'standard' | 'accounting'>;
    fc.assert(
      fc.property(
        locale,
        twoDecimals,
        fc.constantFrom(...NARROW_CURRENCIES),
        currencySign,
        (loc, amount, currency, sign) => {
          const value = currency === 'JPY' ? Math.round(amount) || 0 : amount;
          const text = new Intl.NumberFormat(loc, {
            style: 'currency',
            currency,
            currencyDisplay: 'narrowSymbol',
            currencySign: sign,
          }).format(value);
          expect(parseMetric(text, loc), `${loc} ${JSON.stringify(text)}`).toEqual({
            value,
            kind: 'currency',
            currency,
          });
        },
      ),
      RUNS,
    );
  });

  // Two significant digits are always shown in full by compact notation, so the value is exact.
  const compactValue = fc
    .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 13 }), fc.boolean())
    .map(([mantissa, power, negative]) => Number(`${negative ? '-' : ''}${mantissa}e${power}`));

  it('reads compact notation, short and long', () => {
    const display = fc.constantFrom('short', 'long') as fc.Arbitrary<'short' | 'long'>;
    fc.assert(
      fc.property(locale, compactValue, display, (loc, value, compactDisplay) => {
        const text = new Intl.NumberFormat(loc, { notation: 'compact', compactDisplay }).format(value);
        expect(parseMetric(text, loc), `${loc} ${JSON.stringify(text)}`).toEqual({ value, kind: 'number' });
      }),
      RUNS,
    );
  });

  it('reads compact currencies', () => {
    fc.assert(
      fc.property(locale, compactValue, fc.constantFrom('EUR', 'USD', 'GBP'), (loc, value, currency) => {
        const text = new Intl.NumberFormat(loc, { style: 'currency', currency, notation: 'compact' }).format(
          value,
        );
        expect(parseMetric(text, loc), `${loc} ${JSON.stringify(text)}`).toEqual({
          value,
          kind: 'currency',
          currency,
        });
      }),
      RUNS,
    );
  });

  it('reads the rounded value compact notation shows for any number', () => {
    fc.assert(
      fc.property(locale, fc.integer({ min: -1e12, max: 1e12 }), (loc, value) => {
        const format = new Intl.NumberFormat(loc, { notation: 'compact' });
        const text = format.format(value);
        const parsed = parseMetric(text, loc);
        // Formatting the parsed value again gives the same text: it is the value shown.
        expect(parsed && format.format(parsed.value), `${loc} ${JSON.stringify(text)}`).toBe(text);
      }),
      RUNS,
    );
  });
});
