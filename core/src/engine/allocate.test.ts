import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanErrorCode } from '../errors.ts';
import { allocateBudget } from './allocate.ts';

const planError = (code: PlanErrorCode, field: string) =>
  expect.objectContaining({ name: 'PlanError', code, field });

const amounts = (total: number, weights: number[]) =>
  allocateBudget(
    total,
    weights.map((weight, i) => ({ id: `lever-${i}`, weight })),
  ).map((a) => a.amount);

describe('allocateBudget', () => {
  it('splits a budget by weight, in input order', () => {
    const result = allocateBudget(100_000, [
      { id: 'seo', weight: 3 },
      { id: 'events', weight: 1 },
      { id: 'sea', weight: 1 },
    ]);
    expect(result).toEqual([
      { id: 'seo', amount: 60_000 },
      { id: 'events', amount: 20_000 },
      { id: 'sea', amount: 20_000 },
    ]);
  });

  it('gives the leftover cent of a three-way split to the first lever', () => {
    expect(amounts(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(amounts(200, [1, 1, 1])).toEqual([67, 67, 66]);
  });

  it('gives leftover cents to the largest remainders before input order', () => {
    // exact shares 1.5, 2.5 and 6 → floors 1, 2, 6 → the tie between the halves goes to the first
    expect(amounts(10, [0.15, 0.25, 0.6])).toEqual([2, 2, 6]);
    // exact shares 0.3, 0.6 and 0.1 of 1 cent → the largest remainder wins
    expect(amounts(1, [3, 6, 1])).toEqual([0, 1, 0]);
  });

  it('reads decimal weights exactly: 0.1 + 0.2 of 30 cents is 10 + 20', () => {
    expect(amounts(30, [0.1, 0.2])).toEqual([10, 20]);
  });

  it('gives nothing to a zero weight, even with cents left over', () => {
    expect(amounts(1, [0, 1, 1])).toEqual([0, 1, 0]);
  });

  it('handles a zero total and extreme weights', () => {
    expect(amounts(0, [1, 2])).toEqual([0, 0]);
    expect(amounts(1_000, [1e-9, 1e9])).toEqual([0, 1_000]);
  });

  it('always sums to the total, each amount less than a cent from its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(1, 10, 100, 1_000),
        (total, units, scale) => {
          fc.pre(units.some((u) => u > 0));
          // weights are decimals (units / scale); their exact shares are total × unit / Σunits
          const result = amounts(
            total,
            units.map((u) => u / scale),
          );
          const sum = BigInt(units.reduce((a, b) => a + b, 0));
          expect(result.reduce((a, b) => a + BigInt(b), 0n)).toBe(BigInt(total));
          result.forEach((amount, i) => {
            const exact = BigInt(total) * BigInt(units[i] ?? 0);
            const gap = BigInt(amount) * sum - exact;
            expect(gap < sum && gap > -sum).toBe(true);
          });
        },
      ),
    );
  });

  it('gives the same split for the same input', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 10_000_000 }),
        fc.array(fc.double({ min: 0.001, max: 1_000, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (total, weights) => {
          expect(amounts(total, weights)).toEqual(amounts(total, [...weights]));
        },
      ),
    );
  });

  it('refuses weights that are all zero', () => {
    expect(() => amounts(100, [0, 0])).toThrow(planError('invalid-weight', 'shares'));
  });

  it('refuses an empty list of shares', () => {
    expect(() => allocateBudget(100, [])).toThrow(planError('invalid-weight', 'shares'));
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses a weight of %s, naming the share',
    (weight) => {
      expect(() => amounts(100, [1, weight])).toThrow(planError('invalid-weight', 'shares[1].weight'));
    },
  );

  it.each([-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses a total of %s', (total) => {
    expect(() => amounts(total, [1])).toThrow(planError('invalid-money', 'total'));
  });

  it('refuses a lever id used twice', () => {
    const shares = [
      { id: 'seo', weight: 1 },
      { id: 'seo', weight: 2 },
    ];
    expect(() => allocateBudget(100, shares)).toThrow(planError('duplicate-id', 'shares[1].id'));
  });
});
