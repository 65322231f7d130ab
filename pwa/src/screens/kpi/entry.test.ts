import { describe, expect, it } from 'vitest';
import { readEntry } from './entry.ts';

describe('reading a KPI value as typed', () => {
  it('reads French percentages, money and short forms', () => {
    expect(readEntry('12,5 %', 'percent', 'EUR', 'fr-FR')).toEqual({ ok: true, value: 12.5 });
    expect(readEntry('1 234,56 €', 'currency', 'EUR', 'fr-FR')).toEqual({ ok: true, value: 123_456 });
    expect(readEntry('3,4 k', 'number', 'EUR', 'fr-FR')).toEqual({ ok: true, value: 3400 });
  });

  it('reads English numbers with the English conventions', () => {
    expect(readEntry('1,234.5', 'number', 'EUR', 'en-GB')).toEqual({ ok: true, value: 1234.5 });
    expect(readEntry('£2.5k', 'currency', 'GBP', 'en-GB')).toEqual({ ok: true, value: 250_000 });
  });

  it('takes a bare number as money of the plan currency', () => {
    expect(readEntry('250', 'currency', 'EUR', 'fr-FR')).toEqual({ ok: true, value: 25_000 });
  });

  it('refuses what it cannot read, and money where money is not expected', () => {
    expect(readEntry('  ', 'number', 'EUR', 'fr-FR')).toEqual({ ok: false, error: 'empty' });
    expect(readEntry('beaucoup', 'number', 'EUR', 'fr-FR')).toEqual({ ok: false, error: 'unreadable' });
    expect(readEntry('12 %', 'currency', 'EUR', 'fr-FR')).toEqual({ ok: false, error: 'notMoney' });
    expect(readEntry('12 €', 'number', 'EUR', 'fr-FR')).toEqual({ ok: false, error: 'unexpectedCurrency' });
    expect(readEntry('$12', 'currency', 'EUR', 'en-GB')).toEqual({
      ok: false,
      error: 'otherCurrency',
      currency: 'EUR',
    });
  });
});
