import { describe, expect, it } from 'vitest';
import { PlanError } from '../errors.ts';
import { budgetLineSchema } from '../model/budget-line.ts';
import { keyActionSchema } from '../model/key-action.ts';
import { kpiSchema } from '../model/kpi.ts';
import { kpiEntrySchema } from '../model/kpi-entry.ts';
import { leverSchema } from '../model/lever.ts';
import { planSchema } from '../model/plan.ts';
import { revenueSchema } from '../model/revenue.ts';
import { type ReviewInput, reviewReport } from './review-report.ts';

const now = '2026-01-01T08:00:00.000Z';
const own = { createdAt: now, updatedAt: now, planId: 'plan' };
const january = { start: '2026-01-01', end: '2026-01-31' };

const plan = planSchema.parse({
  id: 'plan',
  createdAt: now,
  updatedAt: now,
  name: 'Plan',
  period: { start: '2026-01-01', end: '2026-06-30' },
  currency: 'EUR',
  locale: 'fr-FR',
  revenueGoal: 100_000,
  averageDealValue: 10_000,
  stages: [{ id: 'lead', label: 'Leads', conversionRate: 0.1, source: 'own' }],
  economics: { averageRevenuePerAccount: 1_000, grossMargin: 0.8, monthlyChurn: 0.02 },
  budget: 1_000_000,
});

const kpi = (id: string, baseline: number, target: number, extra: object = {}) =>
  kpiSchema.parse({
    id,
    ...own,
    name: id,
    baseline,
    target,
    startDate: '2026-01-01',
    deadline: '2026-06-30',
    ...extra,
  });
const entry = (kpiId: string, date: string, value: number) =>
  kpiEntrySchema.parse({ id: `${kpiId}-${date}`, ...own, kpiId, date, value });
const lever = (id: string) => leverSchema.parse({ id, ...own, name: id, channel: 'other' });
const action = (id: string, leverId: string, owner: string, extra: object) =>
  keyActionSchema.parse({ id, ...own, leverId, owner, title: id, ...extra });
const line = (id: string, planned: number, actual: number, extra: object = {}) =>
  budgetLineSchema.parse({ id, ...own, label: id, planned, actual, ...extra });

const won = (id: string, leverId: string, date: string, amount: number, extra: object = {}) =>
  revenueSchema.parse({ id, ...own, leverId, date, amount, ...extra });

const empty: ReviewInput = {
  plan,
  kpis: [],
  kpiEntries: [],
  levers: [],
  actions: [],
  budgetLines: [],
  revenues: [],
};

const kpiInput: ReviewInput = {
  ...empty,
  kpis: [
    kpi('traffic', 3_000, 4_500),
    kpi('webinars', 0, 6),
    kpi('silent', 0, 10),
    kpi('cpl', 13_300, 10_600, { unit: 'currency', direction: 'decrease' }),
  ],
  kpiEntries: [
    entry('traffic', '2026-01-31', 3_400),
    entry('traffic', '2025-12-31', 3_000),
    entry('traffic', '2026-01-15', 3_200),
    entry('traffic', '2026-02-05', 9_999),
    entry('webinars', '2026-01-20', 2),
    entry('webinars', '2026-01-10', 1),
    entry('cpl', '2026-01-01', 13_300),
    entry('cpl', '2026-01-31', 12_000),
  ],
};

describe('reviewReport: KPIs', () => {
  const report = reviewReport(kpiInput, january, '2026-02-10');
  const byId = (id: string) => report.kpis.find((k) => k.kpiId === id);

  it('starts from the latest entry on or before the range start and ends on the latest on or before its end', () => {
    expect(byId('traffic')).toMatchObject({ start: 3_000, end: 3_400, change: 400, target: 4_500 });
  });

  it('starts from the first entry inside the range when there is none before it', () => {
    expect(byId('webinars')).toMatchObject({ start: 1, end: 2, change: 1 });
  });

  it('leaves start, end and change out for a KPI with no entries, and says no-data', () => {
    expect(byId('silent')).toEqual({
      kpiId: 'silent',
      unit: 'number',
      direction: 'increase',
      baseline: 0,
      target: 10,
      status: 'no-data',
      progress: 0,
      expected: 30 / 180,
    });
  });

  it('reports a falling KPI going the right way as progress, with a negative change', () => {
    const cpl = byId('cpl');
    expect(cpl).toMatchObject({ start: 13_300, end: 12_000, change: -1_300, status: 'on-track' });
    expect(cpl?.progress).toBeCloseTo(1_300 / 2_700);
  });

  it('reports a falling KPI going the wrong way as off track', () => {
    const rising = { ...kpiInput, kpiEntries: [entry('cpl', '2026-01-31', 14_000)] };
    const cpl = reviewReport(rising, january, '2026-02-10').kpis.find((k) => k.kpiId === 'cpl');
    expect(cpl).toMatchObject({ start: 14_000, end: 14_000, change: 0, status: 'off-track' });
    expect(cpl?.progress).toBeLessThan(0);
  });

  it('judges the status on the range end: an entry typed after it does not count', () => {
    expect(byId('traffic')).toMatchObject({ status: 'on-track', expected: 30 / 180 });
    expect(byId('traffic')?.progress).toBeCloseTo(400 / 1_500);
  });

  it('judges the status on today when the range is not over yet', () => {
    const midMonth = reviewReport(kpiInput, january, '2026-01-16');
    expect(midMonth.asOf).toBe('2026-01-16');
    expect(midMonth.kpis[0]?.progress).toBeCloseTo(200 / 1_500);
    expect(midMonth.kpis[0]?.expected).toBeCloseTo(15 / 180);
  });

  it('names the KPI when its figures cannot be judged (target equal to baseline)', () => {
    const flat = { ...empty, kpis: [kpi('flat', 5, 5)] };
    expect(() => reviewReport(flat, january, '2026-02-10')).toThrow(
      expect.objectContaining({ code: 'invalid-range', field: 'kpis[0].target' }),
    );
  });
});

const actionInput: ReviewInput = {
  ...empty,
  levers: [lever('seo'), lever('sea'), lever('website')],
  actions: [
    action('a1', 'seo', 'Ann', {
      status: 'done',
      doneOn: '2026-01-20',
      deadline: '2026-01-25',
      plannedCost: 1_000,
      actualCost: 1_200,
      expectedRevenue: 10_000,
    }),
    action('a2', 'seo', 'Ann', { status: 'done', deadline: '2026-01-10', plannedCost: 500, actualCost: 500 }),
    action('a3', 'sea', 'Bob', {
      status: 'done',
      doneOn: '2026-02-03',
      deadline: '2026-01-28',
      plannedCost: 300,
      actualCost: 300,
    }),
    action('a4', 'sea', 'Bob', { status: 'todo', deadline: '2026-01-15' }),
    action('a5', 'sea', 'Bob', {
      status: 'cancelled',
      deadline: '2026-01-15',
      plannedCost: 800,
      actualCost: 100,
    }),
    action('a6', 'seo', 'Ann', { status: 'doing', deadline: '2026-01-31' }),
    action('a7', 'sea', '', { status: 'todo', deadline: '2026-03-01', plannedCost: 2_000 }),
    action('a8', 'chat', 'Cy', { status: 'todo', deadline: '2025-12-20' }),
    {
      ...action('elsewhere', 'seo', 'Ann', { status: 'todo', deadline: '2026-01-02', plannedCost: 9 }),
      planId: 'other',
    },
  ],
  budgetLines: [
    line('l1', 5_000, 0),
    line('l2', 1_000, 900, { date: '2026-01-15' }),
    line('l3', 700, 0, { date: '2026-02-02' }),
  ],
  revenues: [
    won('r1', 'seo', '2026-01-20', 6_000, { actionId: 'a1' }),
    won('r2', 'seo', '2026-02-05', 2_000),
    won('r3', 'sea', '2025-12-28', 1_000),
    { ...won('r4', 'seo', '2026-01-21', 50_000), planId: 'other' },
  ],
};

describe('reviewReport: actions, spend and ROMI', () => {
  const report = reviewReport(actionInput, january, '2026-02-10');

  it('counts as done the actions done in the range, by doneOn, else by deadline', () => {
    expect(report.actions.done).toEqual(['a1', 'a2']);
  });

  it('counts as overdue what is neither done nor cancelled past its deadline, even from before the range', () => {
    expect(report.actions.overdue).toEqual(['a4', 'a8']);
  });

  it('tallies per lever, every lever first, then the levers only actions name', () => {
    expect(report.actions.byLever).toEqual([
      { leverId: 'seo', done: ['a1', 'a2'], overdue: [] },
      { leverId: 'sea', done: [], overdue: ['a4'] },
      { leverId: 'website', done: [], overdue: [] },
      { leverId: 'chat', done: [], overdue: ['a8'] },
    ]);
  });

  it('tallies per owner, an action without owner under the empty name', () => {
    expect(report.actions.byOwner).toEqual([
      { owner: 'Ann', done: ['a1', 'a2'], overdue: [] },
      { owner: 'Bob', done: [], overdue: ['a4'] },
      { owner: '', done: [], overdue: [] },
      { owner: 'Cy', done: [], overdue: ['a8'] },
    ]);
  });

  it('sums planned and actual spend in cents, leaving out the planned cost of cancelled actions', () => {
    expect(report.spend).toEqual({
      budget: 1_000_000,
      total: { actionsPlanned: 3_800, actionsActual: 2_100, linesPlanned: 6_700, linesActual: 900 },
      inRange: { actionsPlanned: 1_500, actionsActual: 1_800, linesPlanned: 1_000, linesActual: 900 },
    });
  });

  it("computes each lever's realised ROMI on the revenue recorded up to the range end, with the plan's gross margin", () => {
    const seo = report.romiByLever.find((r) => r.leverId === 'seo');
    // a1, a2 and a6 have begun by January 31: 1 200 + 500 + 0 spent; r2 comes after the range.
    expect(seo?.realised).toMatchObject({ revenue: 6_000, spend: 1_700 });
    expect(seo?.realised.romi).toBeCloseTo((6_000 * 0.8 - 1_700) / 1_700);
    expect(seo?.wonInRange).toBe(6_000);
    expect(seo?.expected).toMatchObject({ revenue: 10_000, spend: 1_500 });
    expect(seo?.expected.romi).toBeCloseTo((8_000 - 1_500) / 1_500);
  });

  it('counts the money a cancelled action spent, and revenue won before the range toward the realised ROMI only', () => {
    const sea = report.romiByLever.find((r) => r.leverId === 'sea');
    // a3 300 and the cancelled a5's 100; a7 begins in March.
    expect(sea?.realised).toEqual({ revenue: 1_000, spend: 400, romi: 1 });
    expect(sea?.wonInRange).toBe(0);
    expect(sea?.expected).toEqual({ revenue: 0, spend: 2_300, romi: -1 });
  });

  it('leaves ROMI undefined when nothing was spent', () => {
    expect(report.romiByLever.find((r) => r.leverId === 'website')).toEqual({
      leverId: 'website',
      realised: { revenue: 0, spend: 0 },
      expected: { revenue: 0, spend: 0 },
      wonInRange: 0,
    });
  });

  it('uses a margin of 1 when the plan has no economics', () => {
    const { economics: _, ...bare } = plan;
    const seo = reviewReport({ ...actionInput, plan: bare }, january, '2026-02-10').romiByLever[0];
    expect(seo?.realised.romi).toBeCloseTo((6_000 - 1_700) / 1_700);
  });
});

describe('reviewReport: edge cases', () => {
  it('gives zeros and empty lists for a plan with nothing recorded', () => {
    expect(reviewReport(empty, january, '2026-02-10')).toEqual({
      range: january,
      asOf: '2026-01-31',
      kpis: [],
      actions: { done: [], overdue: [], byLever: [], byOwner: [] },
      spend: {
        budget: 1_000_000,
        total: { actionsPlanned: 0, actionsActual: 0, linesPlanned: 0, linesActual: 0 },
        inRange: { actionsPlanned: 0, actionsActual: 0, linesPlanned: 0, linesActual: 0 },
      },
      romiByLever: [],
    });
  });

  it('finds nothing done and nothing spent in a range where nothing happened', () => {
    const quiet = reviewReport(actionInput, { start: '2026-04-01', end: '2026-04-01' }, '2026-06-01');
    expect(quiet.actions.done).toEqual([]);
    expect(quiet.spend.inRange).toEqual({
      actionsPlanned: 0,
      actionsActual: 0,
      linesPlanned: 0,
      linesActual: 0,
    });
  });

  it('refuses a range that ends before it starts', () => {
    const backwards = () => reviewReport(empty, { start: '2026-02-01', end: '2026-01-31' }, '2026-02-10');
    expect(backwards).toThrow(PlanError);
    expect(backwards).toThrow(expect.objectContaining({ code: 'invalid-range', field: 'range.end' }));
  });

  it('refuses dates that are not real days', () => {
    expect(() => reviewReport(empty, { start: '2026-02-30', end: '2026-03-01' }, '2026-03-10')).toThrow(
      expect.objectContaining({ code: 'invalid-date', field: 'range.start' }),
    );
    expect(() => reviewReport(empty, january, 'yesterday')).toThrow(
      expect.objectContaining({ code: 'invalid-date', field: 'today' }),
    );
  });
});
