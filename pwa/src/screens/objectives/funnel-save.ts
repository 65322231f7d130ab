import {
  type BenchmarkFunnel,
  type BenchmarkFunnelId,
  benchmarkStageLabel,
  type FunnelStage,
  type Language,
  type Plan,
  updateRecord,
} from '@jalon/core';
import { db } from '../../data/db.ts';

/** The funnel's writes, one function each, so that the screen's components hold no database call. */

export type FunnelDraft = { stages: FunnelStage[]; revenueGoal: number; averageDealValue: number };

export function saveFunnel(planId: string, draft: FunnelDraft): Promise<unknown> {
  return updateRecord(db, 'plans', planId, draft);
}

export function chooseBenchmark(planId: string, id: BenchmarkFunnelId | undefined): Promise<unknown> {
  return updateRecord(db, 'plans', planId, { benchmarkId: id });
}

/** The benchmark's midpoints for the stages that share an id with it (source `benchmark`). */
export function useBenchmarkRates(plan: Plan, benchmark: BenchmarkFunnel): Promise<unknown> {
  const stages = plan.stages.map((s): FunnelStage => {
    const b = benchmark.stages.find((candidate) => candidate.id === s.id);
    return b ? { ...s, conversionRate: b.default, source: 'benchmark' } : s;
  });
  return updateRecord(db, 'plans', plan.id, { stages });
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
  return updateRecord(db, 'plans', plan.id, { stages });
}
