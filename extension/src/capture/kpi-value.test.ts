import { describe, expect, it } from 'vitest';
import { kpiValue, unitMismatch } from './kpi-value.ts';

const euros = { value: 1234.56, kind: 'currency', currency: 'EUR', text: '1 234,56 €' } as const;
const percent = { value: 12.5, kind: 'percent', text: '12,5 %' } as const;

describe('kpiValue', () => {
  it('records money as integer cents and percentages as written', () => {
    expect(kpiValue(euros, 'currency')).toBe(123456);
    expect(kpiValue({ ...euros, value: 0.285 }, 'currency')).toBe(29);
    expect(kpiValue(percent, 'percent')).toBe(12.5);
    expect(kpiValue(percent, 'number')).toBe(12.5);
  });
});

describe('unitMismatch', () => {
  it('warns for a percentage on a money KPI, or money in another currency', () => {
    expect(unitMismatch(percent, 'currency', 'EUR')).toBe(true);
    expect(unitMismatch({ ...euros, currency: 'USD' }, 'currency', 'EUR')).toBe(true);
    expect(unitMismatch(euros, 'currency', 'EUR')).toBe(false);
    expect(unitMismatch(percent, 'percent', 'EUR')).toBe(false);
  });
});
