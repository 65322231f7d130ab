import { describe, expect, it } from 'vitest';
import type { PlanErrorCode } from '../errors.ts';
import { expectFrenchTypography } from '../language.test-support.ts';
import {
  type BenchmarkFunnelId,
  benchmarkFunnels,
  benchmarkSectors,
  benchmarkStageLabel,
  benchmarkStages,
} from './benchmarks.ts';
import { decimalFraction } from './decimal.ts';
import { forwardFunnel, reverseFunnel } from './funnel.ts';

const planError = (code: PlanErrorCode, field: string) =>
  expect.objectContaining({ name: 'PlanError', code, field });

const KEBAB = /^[a-z]+(?:-[a-z]+)*$/;

describe('benchmarkFunnels', () => {
  it('offers SaaS funnels first, then industry, services, e-commerce and B2C', () => {
    expect(benchmarkFunnels.map((f) => f.id)).toEqual([
      'b2b-saas-inbound',
      'demand-waterfall',
      'b2b-industry',
      'b2b-services',
      'ecommerce',
      'b2c-leads',
    ]);
    expect(new Set(benchmarkFunnels.map((f) => f.sector))).toEqual(new Set(benchmarkSectors));
  });

  for (const funnel of benchmarkFunnels) {
    describe(funnel.id, () => {
      it('names its source and says how far to trust it, in French and English', () => {
        expect(funnel.source.name.trim()).not.toBe('');
        for (const lang of ['fr', 'en'] as const) {
          expect(funnel.source.note[lang].trim()).not.toBe('');
          expect(funnel.label[lang].trim()).not.toBe('');
        }
        expect(funnel.source.note.fr).not.toBe(funnel.source.note.en);
        if (funnel.source.url) expect(funnel.source.url).toMatch(/^https:\/\/[\w.-]+\/\S*$/);
        expectFrenchTypography(funnel.source.note.fr, `${funnel.id} note`);
        expectFrenchTypography(funnel.label.fr, `${funnel.id} label`);
      });

      it('names every stage in both languages', () => {
        for (const stage of funnel.stages) {
          for (const id of [stage.id, stage.to]) {
            expect(benchmarkStageLabel(id, 'fr'), id).toBeTruthy();
            expect(benchmarkStageLabel(id, 'en'), id).toBeTruthy();
            expect(benchmarkStageLabel(id, 'fr', 'short'), id).toBeTruthy();
            expect(benchmarkStageLabel(id, 'en', 'short'), id).toBeTruthy();
          }
        }
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

  it('gives the e-commerce funnel, about 2.4 % of visits ending in an order', () => {
    const stages = benchmarkStages('ecommerce');
    expect(stages.map((s) => s.id)).toEqual(['visitor', 'cart', 'checkout']);
    expect(forwardFunnel({ top: 100_000, stages }).customers).toBe(2443);
  });

  it('refuses an unknown benchmark id, as one read from a URL could be', () => {
    expect(() => benchmarkStages('b2c-retail' as BenchmarkFunnelId)).toThrow(
      planError('invalid-record', 'id'),
    );
  });
});

describe('benchmarkStageLabel', () => {
  it('names benchmark stages and leaves the plan’s own stage ids alone', () => {
    expect(benchmarkStageLabel('cart', 'fr')).toBe('Ajouts au panier');
    expect(benchmarkStageLabel('visitor', 'en')).toBe('Website visitors');
    expect(benchmarkStageLabel('demo-booked', 'en')).toBeUndefined();
    expect(benchmarkStageLabel('toString', 'en')).toBeUndefined();
    expect(benchmarkStageLabel('cart', 'fr', 'short')).toBe('Paniers');
    expect(benchmarkStageLabel('toString', 'fr', 'short')).toBeUndefined();
  });
});
