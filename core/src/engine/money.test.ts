import { describe, expect, it } from 'vitest';
import { kpiValueFromText, moneyFromText, toCents, toKpiValue } from '../index.ts';

describe('toCents', () => {
  it('rounds the decimal as typed, halves away from zero', () => {
    expect(toCents(10.075)).toBe(1008);
    expect(toCents(-10.075)).toBe(-1008);
    expect(toCents(0.285)).toBe(29);
    expect(toCents(1.005)).toBe(101);
    expect(toCents(1234.56)).toBe(123456);
    expect(toCents(0.004)).toBe(0);
    expect(toCents(-0.004)).toBe(0);
    expect(toCents(1e-7)).toBe(0);
    expect(toCents(12)).toBe(1200);
  });

  it('refuses what is not a finite, safe amount', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 1e20]) {
      expect(() => toCents(bad, 'plannedCost')).toThrow(
        expect.objectContaining({ code: 'invalid-money', field: 'plannedCost' }),
      );
    }
  });
});

describe('a figure as a KPI value', () => {
  it('stores money in cents, percentages and numbers as written', () => {
    expect(kpiValueFromText('10,075 €', 'currency', 'EUR', 'fr-FR')).toEqual({ ok: true, value: 1008 });
    expect(kpiValueFromText('12,5 %', 'percent', 'EUR', 'fr-FR')).toEqual({ ok: true, value: 12.5 });
    expect(kpiValueFromText('3,4 k', 'number', 'EUR', 'fr-FR')).toEqual({ ok: true, value: 3400 });
    expect(kpiValueFromText('1 250', 'currency', 'EUR', 'fr-FR')).toEqual({ ok: true, value: 125000 });
  });

  it('refuses a figure of the wrong kind or currency with a code', () => {
    expect(kpiValueFromText('', 'number', 'EUR', 'fr')).toEqual({ ok: false, error: 'empty' });
    expect(kpiValueFromText('beaucoup', 'number', 'EUR', 'fr')).toEqual({ ok: false, error: 'unreadable' });
    expect(kpiValueFromText('12 %', 'currency', 'EUR', 'fr')).toEqual({
      ok: false,
      error: 'percent-on-money',
    });
    expect(kpiValueFromText('4 350 €', 'percent', 'EUR', 'fr')).toEqual({
      ok: false,
      error: 'money-on-percent',
    });
    expect(kpiValueFromText('4 350 €', 'number', 'EUR', 'fr')).toEqual({
      ok: false,
      error: 'money-on-number',
    });
    expect(kpiValueFromText('$12', 'currency', 'EUR', 'en-US')).toEqual({
      ok: false,
      error: 'other-currency',
      currency: 'EUR',
    });
    expect(toKpiValue({ value: 1e300, kind: 'currency', currency: 'EUR' }, 'currency', 'EUR')).toEqual({
      ok: false,
      error: 'too-large',
    });
  });

  it('reads an amount typed in a form', () => {
    expect(moneyFromText('12 000 €', 'EUR', 'fr-FR')).toBe(1_200_000);
    expect(moneyFromText('12k', 'EUR', 'fr-FR')).toBe(1_200_000);
    expect(moneyFromText('-5', 'EUR', 'fr-FR')).toBeUndefined();
    expect(moneyFromText('5 %', 'EUR', 'fr-FR')).toBeUndefined();
    expect(moneyFromText('5 $', 'EUR', 'en-US')).toBeUndefined();
  });
});
