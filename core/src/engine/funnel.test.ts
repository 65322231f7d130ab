import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanErrorCode } from '../errors.ts';
import { decimalFraction } from './decimal.ts';
import { forwardFunnel, reverseFunnel, type Stage } from './funnel.ts';

const planError = (code: PlanErrorCode, field: string) =>
  expect.objectContaining({ name: 'PlanError', code, field });

const saas: Stage[] = [
  { id: 'visitor', conversionRate: 0.035 },
  { id: 'lead', conversionRate: 0.225 },
  { id: 'mql', conversionRate: 0.4 },
  { id: 'sql', conversionRate: 0.35 },
];

/**
 * Rates that are exact decimals of up to four places, as a user would type them; at least 1 %
 * over at most five stages, so the counts stay safe integers.
 */
const decimalRate = fc.integer({ min: 100, max: 10_000 }).map((k) => k / 10_000);
const decimalStages = fc
  .array(decimalRate, { minLength: 1, maxLength: 5 })
  .map((rates) => rates.map((conversionRate, i) => ({ id: `s${i}`, conversionRate })));

describe('decimalFraction', () => {
  it('reads a rate as the decimal it prints as', () => {
    expect(decimalFraction(0.35)).toEqual({ num: 35n, den: 100n });
    expect(decimalFraction(1)).toEqual({ num: 1n, den: 1n });
  });

  it('understands exponent notation both ways', () => {
    expect(decimalFraction(1e-7)).toEqual({ num: 1n, den: 10_000_000n });
    expect(decimalFraction(1.5e-7)).toEqual({ num: 15n, den: 100_000_000n });
    expect(decimalFraction(2e21)).toEqual({ num: 2_000_000_000_000_000_000_000n, den: 1n });
  });
});

describe('reverseFunnel', () => {
  it('needs 60 SQL, not 61, for 21 customers at 35 %', () => {
    const result = reverseFunnel({ goal: { customers: 21 }, stages: [{ id: 'sql', conversionRate: 0.35 }] });
    expect(result).toEqual({ customers: 21, stages: [{ id: 'sql', count: 60 }] });
  });

  it('works back through every stage, rounding each up, in input order', () => {
    const result = reverseFunnel({ goal: { customers: 21 }, stages: saas });
    // 21 / 0.35 = 60 SQL; 60 / 0.4 = 150 MQL; 150 / 0.225 = 666.7 → 667 leads; 667 / 0.035 = 19057.1 → 19058
    expect(result.stages).toEqual([
      { id: 'visitor', count: 19_058 },
      { id: 'lead', count: 667 },
      { id: 'mql', count: 150 },
      { id: 'sql', count: 60 },
    ]);
  });

  it('turns a revenue goal into whole customers, rounding up', () => {
    const goal = { revenue: 1_000_001, averageDealValue: 50_000 };
    const result = reverseFunnel({ goal, stages: [{ id: 'sql', conversionRate: 0.5 }] });
    expect(result).toEqual({ customers: 21, stages: [{ id: 'sql', count: 42 }] });
  });

  it('needs nobody for a goal of zero', () => {
    expect(reverseFunnel({ goal: { customers: 0 }, stages: saas }).stages.every((s) => s.count === 0)).toBe(
      true,
    );
  });

  it('reaches the goal going forward, and one fewer at the top would not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), decimalStages, (customers, stages) => {
        const reverse = reverseFunnel({ goal: { customers }, stages });
        const top = reverse.stages[0]?.count ?? 0;
        const forward = forwardFunnel({ top, stages });
        expect(forward.customers).toBeGreaterThanOrEqual(customers);
        forward.stages.forEach((stage, i) => {
          expect(stage.count).toBeGreaterThanOrEqual(reverse.stages[i]?.count ?? 0);
        });
        expect(forwardFunnel({ top: top - 1, stages }).customers).toBeLessThan(customers);
      }),
    );
  });

  it('matches integer arithmetic on a single stage', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 100 }),
        (customers, k) => {
          const { stages } = reverseFunnel({
            goal: { customers },
            stages: [{ id: 'sql', conversionRate: k / 100 }],
          });
          const needed = customers * 100;
          expect(stages[0]?.count).toBe((needed + ((k - (needed % k)) % k)) / k);
        },
      ),
    );
  });
});

describe('forwardFunnel', () => {
  it('turns 100 at 29 % into 29, not 28', () => {
    const result = forwardFunnel({ top: 100, stages: [{ id: 'sql', conversionRate: 0.29 }] });
    expect(result).toEqual({ stages: [{ id: 'sql', count: 100 }], customers: 29 });
  });

  it('rounds each step down and gives revenue when a deal value is known', () => {
    const result = forwardFunnel({ top: 19_058, stages: saas, averageDealValue: 50_000 });
    expect(result).toEqual({
      stages: [
        { id: 'visitor', count: 19_058 },
        { id: 'lead', count: 667 },
        { id: 'mql', count: 150 },
        { id: 'sql', count: 60 },
      ],
      customers: 21,
      revenue: 1_050_000,
    });
  });

  it('leaves revenue out when no deal value is given', () => {
    expect(forwardFunnel({ top: 10, stages: saas })).not.toHaveProperty('revenue');
  });

  it('matches integer arithmetic on a single stage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 1, max: 100 }), (top, k) => {
        const { customers } = forwardFunnel({ top, stages: [{ id: 'sql', conversionRate: k / 100 }] });
        expect(customers).toBe((top * k - ((top * k) % 100)) / 100);
      }),
    );
  });
});

describe('funnel validation', () => {
  const run = {
    reverse: (stages: Stage[]) => reverseFunnel({ goal: { customers: 1 }, stages }),
    forward: (stages: Stage[]) => forwardFunnel({ top: 1, stages }),
  };

  for (const [name, call] of Object.entries(run)) {
    it(`${name}: refuses an empty funnel`, () => {
      expect(() => call([])).toThrow(planError('empty-funnel', 'stages'));
    });

    it(`${name}: refuses a stage id used twice, naming the second`, () => {
      const stages = [
        { id: 'mql', conversionRate: 0.5 },
        { id: 'mql', conversionRate: 0.5 },
      ];
      expect(() => call(stages)).toThrow(planError('duplicate-id', 'stages[1].id'));
    });

    it.each([0, -0.1, 1.01, Number.NaN, Number.POSITIVE_INFINITY])(
      `${name}: refuses a conversion rate of %s, naming the stage`,
      (rate) => {
        const stages = [...saas.slice(0, 2), { id: 'bad', conversionRate: rate }];
        expect(() => call(stages)).toThrow(planError('invalid-rate', 'stages[2].conversionRate'));
      },
    );
  }

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses %s customers', (customers) => {
    expect(() => reverseFunnel({ goal: { customers }, stages: saas })).toThrow(
      planError('invalid-count', 'goal.customers'),
    );
  });

  it.each([-1, 0.5, Number.NaN])('refuses a revenue goal of %s', (revenue) => {
    expect(() => reverseFunnel({ goal: { revenue, averageDealValue: 100 }, stages: saas })).toThrow(
      planError('invalid-money', 'goal.revenue'),
    );
  });

  it.each([0, -100, 99.5, Number.POSITIVE_INFINITY])('refuses an average deal value of %s', (value) => {
    expect(() => reverseFunnel({ goal: { revenue: 100, averageDealValue: value }, stages: saas })).toThrow(
      planError('invalid-money', 'goal.averageDealValue'),
    );
    expect(() => forwardFunnel({ top: 100, stages: saas, averageDealValue: value })).toThrow(
      planError('invalid-money', 'averageDealValue'),
    );
  });

  it.each([-1, 0.5, Number.NaN, Number.NEGATIVE_INFINITY])('refuses a top count of %s', (top) => {
    expect(() => forwardFunnel({ top, stages: saas })).toThrow(planError('invalid-count', 'top'));
  });

  it('refuses a goal whose counts would outgrow a safe integer', () => {
    const stages = [{ id: 'visitor', conversionRate: 1e-9 }];
    expect(() => reverseFunnel({ goal: { customers: 10_000_000 }, stages })).toThrow(
      planError('invalid-count', 'goal'),
    );
  });

  it('refuses revenue that would outgrow a safe integer', () => {
    const stages = [{ id: 'sql', conversionRate: 1 }];
    expect(() => forwardFunnel({ top: 2 ** 40, stages, averageDealValue: 2 ** 20 })).toThrow(
      planError('invalid-money', 'averageDealValue'),
    );
  });
});
