import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.ts';
import { allocateBudget } from '../engine/allocate.ts';
import { marketingBudget, unitEconomics } from '../engine/economics.ts';
import { reverseFunnel } from '../engine/funnel.ts';
import { prioritize } from '../engine/prioritize.ts';
import { schedule } from '../engine/schedule.ts';
import { checkSmart } from '../engine/smart.ts';
import type { KeyAction } from '../model/key-action.ts';
import { kpiEntrySchema } from '../model/kpi-entry.ts';
import { reviewReport } from '../plan/review-report.ts';
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

  it('lets prioritize order every action, and puts the overdue ones first once January is over', () => {
    const order = prioritize(example.actions, '2026-02-10');
    expect([...order].sort()).toEqual(example.actions.map((a) => a.id).sort());
    const overdue = example.actions.filter((a) => (a.deadline ?? '') < '2026-02-10').map((a) => a.id);
    expect(overdue.length).toBeGreaterThan(0);
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

  it('gives sane figures when reviewed after its first month, untouched', () => {
    const report = reviewReport(
      { ...example, plan },
      { start: '2026-01-01', end: '2026-01-31' },
      '2026-02-03',
    );
    expect(report.asOf).toBe('2026-01-31');
    expect(report.kpis).toHaveLength(example.kpis.length);
    for (const k of report.kpis) expect(k.status).toBe('no-data');
    expect(report.actions.done).toEqual([]);
    const lateInJanuary = example.actions.filter((a) => (a.deadline ?? '') < '2026-01-31').map((a) => a.id);
    expect(report.actions.overdue).toEqual(lateInJanuary);
    expect(report.spend.budget).toBe(plan.budget);
    expect(report.spend.total).toMatchObject({
      actionsPlanned: plan.budget,
      linesPlanned: plan.budget,
      actionsActual: 0,
    });
    expect(report.spend.inRange.actionsPlanned).toBeGreaterThan(0);
    expect(report.spend.inRange.actionsPlanned).toBeLessThan(plan.budget);
    for (const r of report.romiByLever) expect(r.realised.romi).toBeUndefined();
  });

  it('gives sane figures when reviewed after a month with the chat installed and the conversion rate measured', () => {
    const chat = example.actions.find((a) => a.kpiIds.length === 3 && a.deadline === '2026-01-31');
    const rate = example.kpis.find((k) => k.unit === 'percent' && k.baseline === 4);
    if (!chat || !rate) throw new Error('no chat action or conversion KPI');
    const done = { ...chat, status: 'done' as const, doneOn: '2026-01-30', actualCost: chat.plannedCost };
    const entry = kpiEntrySchema.parse({
      id: 'ex-entry',
      createdAt: now,
      updatedAt: now,
      planId: plan.id,
      kpiId: rate.id,
      value: 4.6,
      date: '2026-01-31',
    });
    const input = {
      ...example,
      plan,
      actions: example.actions.map((a) => (a.id === chat.id ? done : a)),
      kpiEntries: [entry],
    };
    const report = reviewReport(input, { start: '2026-01-01', end: '2026-01-31' }, '2026-02-03');
    expect(report.actions.done).toEqual([chat.id]);
    expect(report.actions.byOwner.find((o) => o.owner === chat.owner)?.done).toEqual([chat.id]);
    const kpi = report.kpis.find((k) => k.kpiId === rate.id);
    expect(kpi).toMatchObject({ start: 4.6, end: 4.6, change: 0, status: 'on-track' });
    expect(kpi?.progress).toBeCloseTo(0.6);
    const romi = report.romiByLever.find((r) => r.leverId === chat.leverId);
    expect(romi?.realised).toEqual({ revenue: 0, spend: chat.plannedCost, romi: -1 });
  });
});
