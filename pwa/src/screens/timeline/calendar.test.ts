import { describe, expect, it } from 'vitest';
import { periodRange, scaleRange, shiftPeriod } from './calendar.ts';

describe('periods', () => {
  it('finds the month and the quarter of a day', () => {
    expect(periodRange('2028-02-15', 'month')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(periodRange('2027-05-20', 'quarter')).toEqual({ start: '2027-04-01', end: '2027-06-30' });
    expect(periodRange('2027-12-31', 'quarter')).toEqual({ start: '2027-10-01', end: '2027-12-31' });
  });

  it('moves by months and quarters across years', () => {
    expect(shiftPeriod('2027-01-20', 'month', -1)).toBe('2026-12-01');
    expect(shiftPeriod('2027-11-02', 'quarter', 1)).toBe('2028-01-01');
    expect(shiftPeriod('2027-02-10', 'quarter', -1)).toBe('2026-10-01');
  });

  it('shows the whole plan on the plan scale, wherever the anchor is', () => {
    const plan = { start: '2027-01-01', end: '2027-06-30' };
    expect(scaleRange('plan', '2027-09-10', plan)).toEqual(plan);
    expect(scaleRange('quarter', '2027-02-10', plan)).toEqual({ start: '2027-01-01', end: '2027-03-31' });
  });
});
