import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.ts';
import { allocateBudget } from '../engine/allocate.ts';
import { marketingBudget, unitEconomics } from '../engine/economics.ts';
import { reverseFunnel } from '../engine/funnel.ts';
import { prioritize } from '../engine/prioritize.ts';
import { schedule } from '../engine/schedule.ts';
import { checkSmart } from '../engine/smart.ts';
import type { KeyAction } from '../model/key-action.ts';
import { reviewReport } from '../plan/review-report.ts';
import { actionReturns } from '../plan/romi.ts';
import { buildExamplePlan, type ExampleLanguage, type ExamplePlan } from './build.ts';

const now = '2025-11-20T09:30:00.000Z';
const build = (lang: ExampleLanguage, today = '2025-11-20'): ExamplePlan => {
  let n = 0;
  return buildExamplePlan(lang, { today, now, newId: () => `ex-${++n}` });
};
const toSchedule = (actions: readonly KeyAction[]) =>
  actions.map((a) => ({
    id: a.id,
    date: a.startDate,
    durationDays: a.durationDays,
    relativeTo: a.relativeTo && { id: a.relativeTo.actionId, offsetDays: a.relativeTo.offsetDays },
  }));
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe.each<ExampleLanguage>(['fr', 'en'])('the %s example plan, run through the engine', (lang) => {
  const example = build(lang);
  const plan = example.plans[0];
  if (!plan) throw new Error('no plan');
  const business = example.objectives.find((o) => o.kind === 'business');

  it('has a SMART business objective, on whatever day the plan is made', () => {
    for (const today of ['2025-07-01', '2025-11-20', '2026-03-15', '2026-06-30']) {
      const objective = build(lang, today).objectives[0];
      expect(objective && checkSmart(objective, today)).toMatchObject({ smart: true });
    }
  });

  it('derives its intermediate objectives exactly as the reverse funnel does', () => {
    const funnel = reverseFunnel({
      goal: { revenue: plan.revenueGoal, averageDealValue: plan.averageDealValue },
      stages: plan.stages,
    });
    const intermediate = example.objectives.filter((o) => o.kind === 'intermediate');
    expect(intermediate.map((o) => [o.stageId, o.target])).toEqual([
      ...funnel.stages.map((s) => [s.id, s.count]),
      ['customers', funnel.customers],
    ]);
    expect(funnel.customers).toBe(30);
  });

  it('lets schedule place every action, at the dates the actions store', () => {
    const placed = schedule(toSchedule(example.actions));
    expect(placed).toHaveLength(example.actions.length);
    example.actions.forEach((a, i) => {
      expect(placed[i]).toEqual({ id: a.id, start: a.startDate, end: a.deadline });
    });
  });

  it('sends each webinar invitation exactly 14 days before its webinar, the reminder 3 days before, the follow-up the day after', () => {
    const placed = new Map(schedule(toSchedule(example.actions)).map((s) => [s.id, s.start]));
    const webinarIds = new Set(
      example.actions
        .filter((a) => a.leverId === example.levers.find((l) => l.channel === 'webinars')?.id && a.keyDateId)
        .map((a) => a.id),
    );
    expect(webinarIds.size).toBe(6);
    const offsets = example.actions
      .filter((a) => a.relativeTo && webinarIds.has(a.relativeTo.actionId))
      .map((a) => a.relativeTo?.offsetDays);
    expect(offsets).toEqual(Array.from({ length: 6 }, () => [-14, -3, 1]).flat());
    for (const a of example.actions.filter((a) => a.relativeTo)) {
      const anchor = placed.get(a.relativeTo?.actionId ?? '') ?? '';
      expect(placed.get(a.id)).toBe(addDays(anchor, a.relativeTo?.offsetDays ?? Number.NaN));
    }
  });

  it('lets prioritize order every action, and puts the overdue open ones first', () => {
    const open = example.actions.filter((a) => a.status !== 'done');
    const order = prioritize(open, '2025-11-20');
    expect([...order].sort()).toEqual(open.map((a) => a.id).sort());
    const overdue = open.filter((a) => (a.deadline ?? '') < '2025-11-20').map((a) => a.id);
    expect(overdue).toHaveLength(3);
    expect(new Set(order.slice(0, overdue.length))).toEqual(new Set(overdue));
  });

  it('budgets by the objectives method: new customers × CAC, with healthy unit economics', () => {
    const cac = plan.economics?.cac ?? 0;
    expect(plan.budget).toBe(marketingBudget({ newCustomers: 30, cac }).total);
    expect(plan.budget).toBe(15_000_000);
    const { averageRevenuePerAccount = 0, grossMargin = 1, monthlyChurn = 1 } = plan.economics ?? {};
    const economics = unitEconomics({ averageRevenuePerAccount, grossMargin, monthlyChurn, cac });
    expect(economics.ltvToCac).toBeGreaterThanOrEqual(3);
    expect(economics.paybackMonths).toBeLessThan(12);
  });

  it('splits the budget into lines that sum exactly to it, each lever getting its share by weight', () => {
    expect(sum(example.budgetLines.map((l) => l.planned))).toBe(plan.budget);
    const funded = example.levers.filter((l) => l.weight > 0);
    const shares = allocateBudget(
      plan.budget,
      funded.map((l) => ({ id: l.id, weight: l.weight })),
    );
    for (const { id, amount } of shares) {
      const lines = example.budgetLines.filter((l) => l.leverId === id);
      expect(sum(lines.map((l) => l.planned))).toBe(amount);
      const lever = funded.find((l) => l.id === id);
      expect(lines.map((l) => l.objectiveId)).toEqual(lever?.objectiveIds);
      // The actions of each lever are costed to spend exactly its share.
      expect(sum(example.actions.filter((a) => a.leverId === id).map((a) => a.plannedCost))).toBe(amount);
    }
  });

  it("expects its actions to bring in the revenue goal, and the business objective's target", () => {
    expect(sum(example.actions.map((a) => a.expectedRevenue))).toBe(plan.revenueGoal);
    expect((business?.target ?? 0) - (business?.baseline ?? 0)).toBe(plan.revenueGoal);
  });

  it('gives sane figures when its last month is reviewed', () => {
    const october = { start: '2025-10-01', end: '2025-10-31' };
    const report = reviewReport({ ...example, plan }, october, '2025-11-20');
    expect(report.asOf).toBe('2025-10-31');
    expect(report.kpis).toHaveLength(example.kpis.length);
    for (const k of report.kpis) {
      expect(k.status).not.toBe('no-data');
      expect(k.end).toEqual(expect.any(Number));
    }
    expect(report.actions.done.length).toBeGreaterThan(5);
    const late = example.actions.filter((a) => a.status !== 'done' && (a.deadline ?? '') < '2025-10-31');
    expect(report.actions.overdue).toEqual(late.map((a) => a.id));
    expect(report.spend.budget).toBe(plan.budget);
    expect(report.spend.total.actionsPlanned).toBe(plan.budget);
    expect(report.spend.total.actionsActual).toBeGreaterThan(0);
    expect(report.spend.inRange.actionsActual).toBeGreaterThan(0);
    for (const r of report.romiByLever.filter((r) => r.realised.spend > 0)) {
      expect(r.realised.romi).toEqual(expect.any(Number));
    }
    expect(report.romiByLever.some((r) => r.wonInRange > 0)).toBe(true);
  });

  it('counts the show’s invitations, meetings and follow-up toward the show’s ROMI', () => {
    const events = example.levers.find((l) => l.channel === 'events');
    const show = example.actions.find((a) => a.keyDateId && a.leverId === events?.id);
    const prepared = example.actions.filter((a) => a.relativeTo?.actionId === show?.id);
    expect(prepared).toHaveLength(3);
    const returns = actionReturns(example.actions, example.revenues, plan.economics?.grossMargin);
    const ofShow = returns.find((r) => r.actionId === show?.id);
    expect(ofShow?.members).toEqual([show?.id, ...prepared.map((a) => a.id)]);
    expect(ofShow?.realised?.spend).toBe(sum([show, ...prepared].map((a) => a?.actualCost ?? 0)));
    expect(ofShow?.realised?.revenue).toBeGreaterThan(0);
    for (const a of prepared) {
      expect(returns.find((r) => r.actionId === a.id)).toEqual({
        actionId: a.id,
        countsToward: show?.id,
        members: [],
      });
    }
  });
});
