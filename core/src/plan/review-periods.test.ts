import { describe, expect, it } from 'vitest';
import { defaultPeriod, reviewPeriods } from './review-periods.ts';

const half = { start: '2027-01-01', end: '2027-06-30' };

describe('reviewPeriods', () => {
  it('cuts a half-year plan into six months, two quarters and one half', () => {
    expect(reviewPeriods(half, 'monthly')).toHaveLength(6);
    expect(reviewPeriods(half, 'monthly')[1]).toEqual({ start: '2027-02-01', end: '2027-02-28' });
    expect(reviewPeriods(half, 'quarterly')).toEqual([
      { start: '2027-01-01', end: '2027-03-31' },
      { start: '2027-04-01', end: '2027-06-30' },
    ]);
    expect(reviewPeriods(half, 'half-year')).toEqual([half]);
  });

  it('follows calendar periods across a year end and cuts the ends to the plan', () => {
    expect(reviewPeriods({ start: '2026-11-15', end: '2027-02-10' }, 'quarterly')).toEqual([
      { start: '2026-11-15', end: '2026-12-31' },
      { start: '2027-01-01', end: '2027-02-10' },
    ]);
    expect(reviewPeriods({ start: '2026-08-01', end: '2027-01-31' }, 'half-year')).toEqual([
      { start: '2026-08-01', end: '2026-12-31' },
      { start: '2027-01-01', end: '2027-01-31' },
    ]);
  });
});

describe('defaultPeriod', () => {
  const quarters = reviewPeriods(half, 'quarterly');

  it('picks the last period that has ended', () => {
    expect(defaultPeriod(quarters, '2027-05-10')).toEqual(quarters[0]);
    expect(defaultPeriod(quarters, '2027-07-04')).toEqual(quarters[1]);
  });

  it('picks the running period before any has ended, and the first before the plan', () => {
    expect(defaultPeriod(quarters, '2027-02-01')).toEqual(quarters[0]);
    expect(defaultPeriod(quarters, '2026-11-28')).toEqual(quarters[0]);
    expect(defaultPeriod([], '2026-11-28')).toBeUndefined();
  });
});
