import { describe, expect, it } from 'vitest';
import type { FunnelStage } from '../model/plan.ts';
import { setStageRate } from './stages.ts';

const stages: FunnelStage[] = [
  { id: 'visitor', label: 'Visitors', conversionRate: 0.035, source: 'benchmark' },
  { id: 'lead', label: 'Leads', conversionRate: 0.225, source: 'benchmark' },
];

describe('setStageRate', () => {
  it('replaces a benchmark rate with the plan’s own figure', () => {
    expect(setStageRate(stages, 'lead', 0.3)[1]).toEqual({
      id: 'lead',
      label: 'Leads',
      conversionRate: 0.3,
      source: 'own',
    });
    expect(stages[1]?.conversionRate).toBe(0.225);
  });

  it('throws unknown-stage for a stage the funnel does not have', () => {
    expect(() => setStageRate(stages, 'mql', 0.3)).toThrow(
      expect.objectContaining({ code: 'unknown-stage', field: 'stageId' }),
    );
  });

  it('throws invalid-rate outside (0, 1]', () => {
    for (const rate of [0, -0.1, 1.01, Number.NaN]) {
      expect(() => setStageRate(stages, 'lead', rate)).toThrow(
        expect.objectContaining({ code: 'invalid-rate' }),
      );
    }
  });
});
