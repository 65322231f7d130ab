import { describe, expect, it } from 'vitest';
import { buildExamplePlan } from '../examples/build.ts';
import { action } from './action.test-support.ts';
import { linesByObjective, objectivesMethod, spendByLever } from './budget.ts';

let n = 0;
const example = buildExamplePlan('en', {
  today: '2026-11-28',
  newId: () => `id-${++n}`,
  now: '2026-11-28T10:00:00.000Z',
});
const plan = example.plans[0]!;

describe('objectivesMethod', () => {
  it('budgets the funnel’s new customers at the plan’s CAC, as the example plan does', () => {
    const method = objectivesMethod(plan)!;
    expect(method.basis).toBe('cac');
    expect(method.customers).toBe(30);
    expect(method.budget.total).toBe(plan.budget);
    expect(method.economics.ltv).toBe(4_000_000); // 1 000 € × 80 % / 2 %
  });

  it('falls back on LTV over the target ratio without a CAC', () => {
    const { cac: _cac, ...economics } = plan.economics!;
    const method = objectivesMethod({ ...plan, economics })!;
    expect(method.basis).toBe('ltv');
    expect(method.budget.allowableCac).toBe(1_333_333);
  });

  it('has nothing to say without economics', () => {
    const { economics: _e, ...bare } = plan;
    expect(objectivesMethod(bare)).toBeUndefined();
  });
});

describe('linesByObjective', () => {
  it('groups the lines by objective in plan order and adds them up', () => {
    const groups = linesByObjective(example.budgetLines, example.objectives);
    expect(groups.reduce((total, g) => total + g.planned, 0)).toBe(plan.budget);
    const order = example.objectives.map((o) => o.id);
    const seen = groups.map((g) => order.indexOf(g.objective!.id));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('puts lines without a live objective last', () => {
    const line = { ...example.budgetLines[0]!, id: 'loose', objectiveId: 'gone', planned: 100, actual: 40 };
    const groups = linesByObjective([line], example.objectives);
    expect(groups).toEqual([{ objective: undefined, lines: [line], planned: 100, actual: 40 }]);
  });
});

describe('spendByLever', () => {
  it('adds lines and actions per lever, leaving out cancelled actions’ planned cost', () => {
    const lever = example.levers[0]!;
    const actions = [
      action('a', { leverId: lever.id, plannedCost: 1000, actualCost: 200 }),
      action('b', { leverId: lever.id, plannedCost: 500, actualCost: 50, status: 'cancelled' }),
      action('c', { leverId: 'other', plannedCost: 9999 }),
    ];
    const [spend] = spendByLever([lever], [], actions);
    expect(spend).toEqual({
      leverId: lever.id,
      lines: { planned: 0, actual: 0 },
      actions: { planned: 1000, actual: 250 },
    });
  });
});
