import { describe, expect, it } from 'vitest';
import type { PlanErrorCode } from '../errors.ts';
import { type BenchmarkFunnelId, benchmarkFunnels, benchmarkStages } from './benchmarks.ts';
import { decimalFraction } from './decimal.ts';
import { forwardFunnel, reverseFunnel } from './funnel.ts';

const planError = (code: PlanErrorCode, field: string) =>
  expect.objectContaining({ name: 'PlanError', code, field });

const KEBAB = /^[a-z]+(?:-[a-z]+)*$/;

describe('benchmarkFunnels', () => {
  it('offers the B2B SaaS inbound funnel and the demand waterfall', () => {
    expect(benchmarkFunnels.map((f) => f.id)).toEqual(['b2b-saas-inbound', 'demand-waterfall']);
  });

  for (const funnel of benchmarkFunnels) {
    describe(funnel.id, () => {
      it('names its source and says how far to trust it', () => {
        expect(funnel.source.name.trim()).not.toBe('');
        expect(funnel.source.note.trim()).not.toBe('');
      });

      it('uses unique English kebab-case stage ids, each leading to the next, the last to "won"', () => {
        const ids = funnel.stages.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(KEBAB);
        expect(funnel.stages.map((s) => s.to)).toEqual([...ids.slice(1), 'won']);
      });

      it('gives each rate as a range within (0, 1] whose default is its exact midpoint', () => {
        for (const { low, high, default: rate } of funnel.stages) {
          expect(0 < low && low < high && high <= 1).toBe(true);
          // 2 × default = low + high, compared as exact decimals rather than floats
          const [l, h, d] = [decimalFraction(low), decimalFraction(high), decimalFraction(rate)];
          expect(2n * d.num * l.den * h.den).toBe((l.num * h.den + h.num * l.den) * d.den);
        }
      });

      it('starts a plan that the funnel functions accept', () => {
        const stages = benchmarkStages(funnel.id);
        const reverse = reverseFunnel({ goal: { customers: 10 }, stages });
        const top = reverse.stages[0]?.count ?? 0;
        expect(forwardFunnel({ top, stages }).customers).toBeGreaterThanOrEqual(10);
      });
    });
  }
});

describe('benchmarkStages', () => {
  it('gives the B2B SaaS inbound funnel at its midpoints', () => {
    expect(benchmarkStages('b2b-saas-inbound')).toEqual([
      { id: 'visitor', conversionRate: 0.035 },
      { id: 'lead', conversionRate: 0.225 },
      { id: 'mql', conversionRate: 0.4 },
      { id: 'sql', conversionRate: 0.625 },
      { id: 'opportunity', conversionRate: 0.225 },
    ]);
  });

  it('gives the demand waterfall at its midpoints', () => {
    expect(benchmarkStages('demand-waterfall')).toEqual([
      { id: 'inquiry', conversionRate: 0.175 },
      { id: 'mql', conversionRate: 0.5 },
      { id: 'sal', conversionRate: 0.6 },
      { id: 'sql', conversionRate: 0.25 },
    ]);
  });

  it('returns fresh stages, so editing them leaves the benchmark alone', () => {
    const stages = benchmarkStages('demand-waterfall');
    stages[0] = { id: 'inquiry', conversionRate: 0.9 };
    expect(benchmarkStages('demand-waterfall')[0]?.conversionRate).toBe(0.175);
  });

  it('refuses an unknown benchmark id, as one read from a URL could be', () => {
    expect(() => benchmarkStages('b2c-retail' as BenchmarkFunnelId)).toThrow(
      planError('invalid-record', 'id'),
    );
  });
});
