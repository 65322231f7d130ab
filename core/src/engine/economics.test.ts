import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanErrorCode } from '../errors.ts';
import { marketingBudget, romi, unitEconomics } from './economics.ts';

const planError = (code: PlanErrorCode, field: string) =>
  expect.objectContaining({ name: 'PlanError', code, field });

describe('unitEconomics', () => {
  it('gives lifetime, LTV, LTV:CAC and payback for a subscription', () => {
    // €100 a month at 80 % margin, 2 % monthly churn, €1,000 to acquire
    const result = unitEconomics({
      averageRevenuePerAccount: 10_000,
      grossMargin: 0.8,
      monthlyChurn: 0.02,
      cac: 100_000,
    });
    expect(result).toEqual({ lifetimeMonths: 50, ltv: 400_000, ltvToCac: 4, paybackMonths: 12.5 });
  });

  it('rounds 24.5 cents of LTV up to 25, though floats make it 24.499999999999996', () => {
    expect(unitEconomics({ averageRevenuePerAccount: 7, grossMargin: 0.35, monthlyChurn: 0.1 }).ltv).toBe(25);
  });

  it('rounds LTV to the nearest cent, halves up', () => {
    const ltv = (arpa: number) =>
      unitEconomics({ averageRevenuePerAccount: arpa, grossMargin: 1, monthlyChurn: 0.3 }).ltv;
    expect(ltv(1)).toBe(3); // 3.33…
    expect(ltv(2)).toBe(7); // 6.67…
    expect(unitEconomics({ averageRevenuePerAccount: 3, grossMargin: 0.5, monthlyChurn: 1 }).ltv).toBe(2); // 1.5
  });

  it('pays back in exactly 10 months when CAC is ten months of gross margin', () => {
    const result = unitEconomics({
      averageRevenuePerAccount: 10_000,
      grossMargin: 0.3,
      monthlyChurn: 0.05,
      cac: 30_000,
    });
    expect(result.paybackMonths).toBe(10);
    expect(result.lifetimeMonths).toBe(20);
  });

  it('leaves LTV:CAC and payback out without a CAC, and then accepts a zero ARPA', () => {
    const result = unitEconomics({ averageRevenuePerAccount: 0, grossMargin: 0.5, monthlyChurn: 0.1 });
    expect(result).toEqual({ lifetimeMonths: 10, ltv: 0 });
  });

  it('stays within half a cent of the exact LTV', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        (arpa, m, c) => {
          const { ltv } = unitEconomics({
            averageRevenuePerAccount: arpa,
            grossMargin: m / 100,
            monthlyChurn: c / 100,
          });
          // exact LTV = arpa·m / c; compare |ltv·c − arpa·m| ≤ c / 2 in integers, halves going up
          const diff = ltv * c - arpa * m;
          expect(2 * diff).toBeGreaterThan(-c);
          expect(2 * diff).toBeLessThanOrEqual(c);
        },
      ),
    );
  });

  it.each([
    [{ grossMargin: 0 }, 'invalid-rate', 'grossMargin'],
    [{ grossMargin: 1.2 }, 'invalid-rate', 'grossMargin'],
    [{ grossMargin: Number.NaN }, 'invalid-rate', 'grossMargin'],
    [{ monthlyChurn: 0 }, 'invalid-rate', 'monthlyChurn'],
    [{ monthlyChurn: -0.01 }, 'invalid-rate', 'monthlyChurn'],
    [{ monthlyChurn: Number.POSITIVE_INFINITY }, 'invalid-rate', 'monthlyChurn'],
    [{ averageRevenuePerAccount: -1 }, 'invalid-money', 'averageRevenuePerAccount'],
    [{ averageRevenuePerAccount: 10.5 }, 'invalid-money', 'averageRevenuePerAccount'],
    [{ averageRevenuePerAccount: Number.NaN }, 'invalid-money', 'averageRevenuePerAccount'],
    [{ averageRevenuePerAccount: 0, cac: 100 }, 'invalid-money', 'averageRevenuePerAccount'],
    [{ cac: 0 }, 'invalid-money', 'cac'],
    [{ cac: -5 }, 'invalid-money', 'cac'],
    [{ cac: Number.POSITIVE_INFINITY }, 'invalid-money', 'cac'],
  ] as const)('refuses %o with %s on %s', (change, code, field) => {
    const input = { averageRevenuePerAccount: 10_000, grossMargin: 0.8, monthlyChurn: 0.02, ...change };
    expect(() => unitEconomics(input)).toThrow(planError(code, field));
  });

  it('refuses an LTV too large for a safe integer, blaming the churn', () => {
    const input = { averageRevenuePerAccount: 2 ** 50, grossMargin: 1, monthlyChurn: 1e-6 };
    expect(() => unitEconomics(input)).toThrow(planError('invalid-money', 'monthlyChurn'));
  });
});

describe('marketingBudget', () => {
  it('budgets new customers at a known CAC', () => {
    expect(marketingBudget({ newCustomers: 21, cac: 150_000 })).toEqual({
      total: 3_150_000,
      allowableCac: 150_000,
    });
  });

  it('allows a third of LTV by default, rounded down', () => {
    expect(marketingBudget({ newCustomers: 10, ltv: 100_000 })).toEqual({
      total: 333_330,
      allowableCac: 33_333,
    });
  });

  it('allows 100 cents, not 99, for 110 cents of LTV at a ratio of 1.1', () => {
    expect(marketingBudget({ newCustomers: 3, ltv: 110, targetLtvToCac: 1.1 })).toEqual({
      total: 300,
      allowableCac: 100,
    });
  });

  it('never lets the allowable CAC break the target ratio, and misses it by less than a cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 10_000 }),
        (ltv, tenths, newCustomers) => {
          const { allowableCac, total } = marketingBudget({ newCustomers, ltv, targetLtvToCac: tenths / 10 });
          // allowableCac ≤ ltv / target < allowableCac + 1, in integers
          expect(allowableCac * tenths).toBeLessThanOrEqual(ltv * 10);
          expect((allowableCac + 1) * tenths).toBeGreaterThan(ltv * 10);
          expect(total).toBe(newCustomers * allowableCac);
        },
      ),
    );
  });

  it('prefers the CAC when both a CAC and an LTV are given', () => {
    const input = { newCustomers: 2, cac: 500, ltv: 9_000 };
    expect(marketingBudget(input)).toEqual({ total: 1_000, allowableCac: 500 });
  });

  it.each([-1, 2.5, Number.NaN])('refuses %s new customers', (newCustomers) => {
    expect(() => marketingBudget({ newCustomers, cac: 100 })).toThrow(
      planError('invalid-count', 'newCustomers'),
    );
  });

  it.each([-1, 0.5, Number.POSITIVE_INFINITY])('refuses a CAC of %s', (cac) => {
    expect(() => marketingBudget({ newCustomers: 1, cac })).toThrow(planError('invalid-money', 'cac'));
  });

  it.each([-1, 0.5, Number.NaN])('refuses an LTV of %s', (ltv) => {
    expect(() => marketingBudget({ newCustomers: 1, ltv })).toThrow(planError('invalid-money', 'ltv'));
  });

  it.each([0, -3, Number.NaN, Number.POSITIVE_INFINITY])('refuses a target LTV:CAC of %s', (target) => {
    expect(() => marketingBudget({ newCustomers: 1, ltv: 300, targetLtvToCac: target })).toThrow(
      planError('invalid-number', 'targetLtvToCac'),
    );
  });

  it('refuses a total too large for a safe integer', () => {
    expect(() => marketingBudget({ newCustomers: 2 ** 30, cac: 2 ** 30 })).toThrow(
      planError('invalid-money', 'newCustomers'),
    );
  });
});

describe('romi', () => {
  it('returns 2 for 300 of revenue on 100 of spend', () => {
    expect(romi({ revenue: 30_000, spend: 10_000 })).toBe(2);
  });

  it('counts only the gross margin of the revenue when one is given', () => {
    expect(romi({ revenue: 30_000, spend: 10_000, grossMargin: 0.5 })).toBe(0.5);
    expect(romi({ revenue: 11_000, spend: 7_000, grossMargin: 0.7 })).toBe(0.1);
  });

  it('returns −1 when nothing came back', () => {
    expect(romi({ revenue: 0, spend: 5_000 })).toBe(-1);
  });

  it('is exactly zero at break-even', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), fc.integer({ min: 1, max: 100 }), (spend, m) => {
        // revenue × m/100 = spend when revenue = spend × 100 / m; keep it whole
        const revenue = spend * 100;
        expect(romi({ revenue, spend: spend * m, grossMargin: m / 100 })).toBe(0);
      }),
    );
  });

  it('refuses a spend of zero', () => {
    expect(() => romi({ revenue: 100, spend: 0 })).toThrow(planError('invalid-money', 'spend'));
  });

  it.each([
    [{ revenue: -1 }, 'invalid-money', 'revenue'],
    [{ revenue: Number.NaN }, 'invalid-money', 'revenue'],
    [{ spend: 1.5 }, 'invalid-money', 'spend'],
    [{ spend: Number.POSITIVE_INFINITY }, 'invalid-money', 'spend'],
    [{ grossMargin: 0 }, 'invalid-rate', 'grossMargin'],
    [{ grossMargin: Number.NaN }, 'invalid-rate', 'grossMargin'],
  ] as const)('refuses %o with %s on %s', (change, code, field) => {
    expect(() => romi({ revenue: 100, spend: 50, ...change })).toThrow(planError(code, field));
  });
});
