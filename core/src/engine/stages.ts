import { PlanError } from '../errors.ts';
import type { FunnelStage } from '../model/plan.ts';

/**
 * Sets one funnel stage's conversion rate, as when the user replaces a benchmark midpoint with
 * their own figure (the stage's source becomes `own` unless said otherwise). Returns new stages.
 */
export function setStageRate(
  stages: readonly FunnelStage[],
  stageId: string,
  conversionRate: number,
  source: FunnelStage['source'] = 'own',
): FunnelStage[] {
  if (!stages.some((s) => s.id === stageId)) throw new PlanError('unknown-stage', 'stageId', stageId);
  if (typeof conversionRate !== 'number' || !(conversionRate > 0 && conversionRate <= 1)) {
    throw new PlanError('invalid-rate', 'conversionRate', String(conversionRate));
  }
  return stages.map((s) => (s.id === stageId ? { ...s, conversionRate, source } : s));
}
