import { describe, expect, it } from 'vitest';
import { buildExamplePlan } from '../examples/build.ts';
import { dashboard, NEXT_DATES } from './dashboard.ts';

const today = '2026-11-30';
let n = 0;
const example = buildExamplePlan('en', { today, now: `${today}T08:00:00.000Z`, newId: () => `d-${++n}` });
const plan = example.plans[0]!;
const input = { ...example, plan };

describe('dashboard', () => {
  const board = dashboard(input, today);

  it('judges every objective by its KPIs, the worst one setting its status', () => {
    expect(board.objectives).toHaveLength(example.objectives.length);
    const withKpis = board.objectives.filter((o) => o.kpis.length > 0);
    expect(withKpis.length).toBeGreaterThan(0);
    for (const o of withKpis) {
      const order = ['off-track', 'at-risk', 'on-track', 'achieved'];
      const worst = o.kpis.map((k) => k.status).sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
      expect(o.status).toBe(worst);
    }
  });

  it('sums the actual cost of actions against the budget and its even pace', () => {
    const spent = example.actions.reduce((s, a) => s + a.actualCost, 0);
    expect(board.spend.spent).toBe(spent);
    expect(board.spend.budget).toBe(plan.budget);
    expect(board.spend.expected).toBeGreaterThan(0);
    expect(board.spend.expected).toBeLessThan(plan.budget);
    expect(board.spend.revenue).toBe(example.revenues.reduce((s, r) => s + r.amount, 0));
  });

  it('lists late actions by owner, most late first', () => {
    const late = example.actions.filter(
      (a) => a.status !== 'done' && a.status !== 'cancelled' && (a.deadline ?? today) < today,
    );
    expect(board.lateByOwner.flatMap((o) => o.actionIds).sort()).toEqual(late.map((a) => a.id).sort());
    const counts = board.lateByOwner.map((o) => o.actionIds.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('names the next key dates from today, soonest first, and counts the ideas in the inbox', () => {
    const dates = board.nextDates.map((id) => example.keyDates.find((d) => d.id === id)!.date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.length).toBeLessThanOrEqual(NEXT_DATES);
    expect(dates).toEqual([...dates].sort());
    for (const d of dates) expect(d >= today).toBe(true);
    expect(board.ideasWaiting).toBe(example.ideas.filter((i) => i.status === 'inbox').length);
    expect(board.ideasWaiting).toBeGreaterThan(0);
  });

  it('expects nothing spent before the period and the whole budget after it', () => {
    expect(dashboard(input, '2000-01-01').spend.expected).toBe(0);
    expect(dashboard(input, '2999-01-01').spend.expected).toBe(plan.budget);
  });

  it('ignores other plans’ records and keeps a KPI it cannot judge as unmeasured', () => {
    const kpi = example.kpis[0]!;
    const broken = { ...kpi, target: kpi.baseline };
    const other = {
      ...example.actions[0]!,
      id: 'x',
      planId: 'other',
      status: 'todo' as const,
      deadline: '2000-01-01',
    };
    const board2 = dashboard(
      { ...input, kpis: [broken, ...example.kpis.slice(1)], actions: [...example.actions, other] },
      today,
    );
    expect(board2.lateByOwner.flatMap((o) => o.actionIds)).not.toContain('x');
    const judged = board2.objectives.flatMap((o) => o.kpis).find((k) => k.kpiId === kpi.id);
    expect(judged).toMatchObject({ error: true, status: 'no-data' });
  });

  it('refuses a day that is not a date', () => {
    expect(() => dashboard(input, 'soon')).toThrow();
  });
});
