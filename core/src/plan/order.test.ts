import { describe, expect, it } from 'vitest';
import { buildExamplePlan } from './examples.ts';
import { sortPlanData } from './order.ts';

let n = 0;
const plan = buildExamplePlan('en', {
  today: '2026-11-28',
  newId: () => `id-${String(999 - ++n)}`,
  now: '2026-11-28T10:00:00.000Z',
});

describe('sortPlanData', () => {
  const sorted = sortPlanData({ ...plan, objectives: [...plan.objectives].reverse() }, 'en');

  it('lists business objectives first, then intermediate ones down the funnel, customers last', () => {
    expect(sorted.objectives.map((o) => o.stageId ?? 'business')).toEqual([
      'business',
      'visitor',
      'lead',
      'mql',
      'sql',
      'opportunity',
      'customers',
    ]);
  });

  it('lists records of the same age by their words and key dates by date', () => {
    const names = sorted.levers.map((l) => l.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    const dates = sorted.keyDates.map((k) => k.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('puts older records first', () => {
    const older = { ...plan.personas[1]!, createdAt: '2020-01-01T00:00:00.000Z' };
    const result = sortPlanData({ ...plan, personas: [plan.personas[0]!, older] }, 'en');
    expect(result.personas[0]).toBe(older);
  });
});
