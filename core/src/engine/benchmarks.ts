import { PlanError } from '../errors.ts';
import type { Stage } from './funnel.ts';

/**
 * Sector funnels to start a plan from, before the plan has rates of its own. Each rate is a range
 * with its midpoint as the default; the midpoints are written out as exact decimals rather than
 * computed, because (0.15 + 0.3) / 2 is 0.22499999999999998 in floats. Ids only: the apps
 * translate stage labels.
 */

export type BenchmarkFunnelId = 'b2b-saas-inbound' | 'demand-waterfall';

/** The rate from stage `id` to stage `to`; `id` is the contract `Stage` id. */
export type BenchmarkStage = {
  readonly id: string;
  readonly to: string;
  readonly low: number;
  readonly high: number;
  readonly default: number;
};

export type BenchmarkSource = { readonly name: string; readonly url?: string; readonly note: string };

export type BenchmarkFunnel = {
  readonly id: BenchmarkFunnelId;
  readonly source: BenchmarkSource;
  readonly stages: readonly BenchmarkStage[];
};

export const benchmarkFunnels: readonly BenchmarkFunnel[] = [
  {
    id: 'b2b-saas-inbound',
    source: {
      name: 'B2B SaaS inbound funnel benchmarks (industry reports)',
      note:
        'Typical ranges as reported in published B2B SaaS funnel benchmarks such as those of HubSpot ' +
        'and First Page Sage; they vary widely with segment, deal size and channel. A starting ' +
        "point, to be replaced by the plan's own rates.",
    },
    stages: [
      { id: 'visitor', to: 'lead', low: 0.02, high: 0.05, default: 0.035 },
      { id: 'lead', to: 'mql', low: 0.15, high: 0.3, default: 0.225 },
      { id: 'mql', to: 'sql', low: 0.3, high: 0.5, default: 0.4 },
      { id: 'sql', to: 'opportunity', low: 0.5, high: 0.75, default: 0.625 },
      { id: 'opportunity', to: 'won', low: 0.15, high: 0.3, default: 0.225 },
    ],
  },
  {
    id: 'demand-waterfall',
    source: {
      name: 'SiriusDecisions Demand Waterfall (now Forrester)',
      note:
        'Stages from the SiriusDecisions Demand Waterfall model. The rates are typical ranges ' +
        'commonly cited for it, not figures published by SiriusDecisions or Forrester.',
    },
    stages: [
      { id: 'inquiry', to: 'mql', low: 0.1, high: 0.25, default: 0.175 },
      { id: 'mql', to: 'sal', low: 0.4, high: 0.6, default: 0.5 },
      { id: 'sal', to: 'sql', low: 0.5, high: 0.7, default: 0.6 },
      { id: 'sql', to: 'won', low: 0.2, high: 0.3, default: 0.25 },
    ],
  },
];

/** A benchmark as contract stages at its default rates, fresh objects the caller may edit. */
export function benchmarkStages(id: BenchmarkFunnelId): Stage[] {
  const funnel = benchmarkFunnels.find((candidate) => candidate.id === id);
  // Ids can arrive from stored settings or a URL, where the type does not reach.
  if (!funnel) throw new PlanError('invalid-record', 'id', String(id));
  return funnel.stages.map((stage) => ({ id: stage.id, conversionRate: stage.default }));
}
