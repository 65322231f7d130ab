import {
  type BenchmarkFunnel,
  type BenchmarkFunnelId,
  benchmarkStageLabel,
  type FunnelStage,
  type Language,
  type Plan,
} from '@jalon/core';
import { write } from '../../data/write.ts';
import { editFields } from '../../ui/records.ts';

/** The funnel's writes, one function each, so that the screen's components hold no database call. */

export type FunnelDraft = { stages: FunnelStage[]; revenueGoal: number; averageDealValue: number };

/** The funnel as the user changed it from `base`, the funnel as the form opened (core's editRecord). */
export function saveFunnel(planId: string, base: FunnelDraft, draft: FunnelDraft): Promise<unknown> {
  return write.editRecord('plans', planId, { base, draft });
}

export function chooseBenchmark(plan: Plan, id: BenchmarkFunnelId | undefined): Promise<unknown> {
  return editFields('plans', plan, { benchmarkId: id });
}

/** The benchmark's midpoints for the stages that share an id with it (source `benchmark`). */
export function useBenchmarkRates(plan: Plan, benchmark: BenchmarkFunnel): Promise<unknown> {
  const stages = plan.stages.map((s): FunnelStage => {
    const b = benchmark.stages.find((candidate) => candidate.id === s.id);
    return b ? { ...s, conversionRate: b.default, source: 'benchmark' } : s;
  });
  return editFields('plans', plan, { stages });
}

/** The plan's stages replaced by the benchmark's, named in the plan's language. */
export function replaceStages(plan: Plan, benchmark: BenchmarkFunnel, lang: Language): Promise<unknown> {
  const stages = benchmark.stages.map(
    (b): FunnelStage => ({
      id: b.id,
      label: benchmarkStageLabel(b.id, lang) ?? b.id,
      conversionRate: b.default,
      source: 'benchmark',
    }),
  );
  return editFields('plans', plan, { stages });
}
