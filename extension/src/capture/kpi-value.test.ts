import { describe, expect, it } from 'vitest';
import { unitMismatch } from './kpi-value.ts';

const euros = { value: 1234.56, kind: 'currency', currency: 'EUR', text: '1 234,56 €' } as const;
const percent = { value: 12.5, kind: 'percent', text: '12,5 %' } as const;

describe('unitMismatch', () => {
  it('warns for a percentage on a money KPI, or money in another currency', () => {
    expect(unitMismatch(percent, 'currency', 'EUR')).toBe(true);
    expect(unitMismatch({ ...euros, currency: 'USD' }, 'currency', 'EUR')).toBe(true);
    expect(unitMismatch(euros, 'currency', 'EUR')).toBe(false);
    expect(unitMismatch(percent, 'percent', 'EUR')).toBe(false);
  });
});
