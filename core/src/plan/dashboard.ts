import { toDayNumber } from '../dates.ts';
import { type KpiStatus, type KpiStatusResult, kpiStatus } from '../engine/kpi-status.ts';
import { worstStatus } from '../engine/worst-status.ts';
import type { Idea } from '../model/idea.ts';
import type { KeyAction } from '../model/key-action.ts';
import type { KeyDate } from '../model/key-date.ts';
import type { Kpi } from '../model/kpi.ts';
import type { KpiEntry } from '../model/kpi-entry.ts';
import type { Objective } from '../model/objective.ts';
import type { Plan } from '../model/plan.ts';
import type { Revenue } from '../model/revenue.ts';
import { sum } from './romi.ts';

export type DashboardInput = {
  plan: Plan;
  objectives: readonly Objective[];
  kpis: readonly Kpi[];
  kpiEntries: readonly KpiEntry[];
  actions: readonly KeyAction[];
  keyDates: readonly KeyDate[];
  ideas: readonly Idea[];
  revenues: readonly Revenue[];
};

/** One KPI of an objective, where it stands today; `error` when its figures cannot be judged. */
export type DashboardKpi = { kpiId: string } & (KpiStatusResult | { error: true; status: 'no-data' });

export type DashboardObjective = {
  objectiveId: string;
  /** The worst status of its KPIs ('no-data' when none is measured). */
  status: KpiStatus;
  kpis: DashboardKpi[];
};

export type Dashboard = {
  objectives: DashboardObjective[];
  /** Cents. `expected` is the budget times the share of the plan's period gone by today. */
  spend: { budget: number; spent: number; expected: number; revenue: number };
  /** Owners with late actions, most late first ('' for actions nobody owns). */
  lateByOwner: { owner: string; actionIds: string[] }[];
  /** The next key dates from today on, soonest first. */
  nextDates: string[];
  /** Ideas still in the inbox. */
  ideasWaiting: number;
};

/** How many key dates the dashboard names. */
export const NEXT_DATES = 3;

/**
 * What the home screen says about a plan on `today`, as plain data.
 * - Objectives: each with its KPIs (its `kpiIds`, and the KPIs pointing at it by `objectiveId`),
 *   each judged by `kpiStatus`; the objective takes the worst status of its KPIs.
 * - Spend: the actual cost of every action against the plan's budget, and what the budget would
 *   have spent by now at an even pace; revenue, the realised revenue recorded so far.
 * - Late: open actions (neither done nor cancelled) whose deadline is before today, by owner.
 * - Next dates: key dates on or after today, the first NEXT_DATES by date then title.
 * Records of other plans are ignored. An invalid `today` throws.
 */
export function dashboard(input: DashboardInput, today: string): Dashboard {
  const todayDay = toDayNumber(today, 'today');
  const planId = input.plan.id;
  const mine = <T extends { planId: string }>(records: readonly T[]) =>
    records.filter((r) => r.planId === planId);
  const kpis = mine(input.kpis);
  const entries = mine(input.kpiEntries);
  const actions = mine(input.actions);

  const objectives = mine(input.objectives).map((objective): DashboardObjective => {
    const own = kpis.filter((k) => objective.kpiIds.includes(k.id) || k.objectiveId === objective.id);
    const judged = own.map((kpi): DashboardKpi => {
      try {
        return {
          kpiId: kpi.id,
          ...kpiStatus({ ...kpi, entries: entries.filter((e) => e.kpiId === kpi.id) }, today),
        };
      } catch {
        return { kpiId: kpi.id, error: true, status: 'no-data' };
      }
    });
    return { objectiveId: objective.id, status: worstStatus(judged.map((k) => k.status)), kpis: judged };
  });

  const late = actions.filter(
    (a) => a.status !== 'done' && a.status !== 'cancelled' && a.deadline !== undefined && a.deadline < today,
  );
  const owners = new Map<string, string[]>();
  for (const a of late) owners.set(a.owner.trim(), [...(owners.get(a.owner.trim()) ?? []), a.id]);
  const lateByOwner = [...owners]
    .map(([owner, actionIds]) => ({ owner, actionIds }))
    .sort((a, b) => b.actionIds.length - a.actionIds.length || a.owner.localeCompare(b.owner));

  const { start, end } = input.plan.period;
  const startDay = toDayNumber(start, 'plan.period.start');
  const length = toDayNumber(end, 'plan.period.end') - startDay + 1;
  const gone = Math.min(length, Math.max(0, todayDay - startDay + 1));

  return {
    objectives,
    spend: {
      budget: input.plan.budget,
      spent: sum(actions, (a) => a.actualCost),
      expected: Math.round((input.plan.budget * gone) / length),
      revenue: sum(
        mine(input.revenues).filter((r) => r.date <= today),
        (r) => r.amount,
      ),
    },
    lateByOwner,
    nextDates: mine(input.keyDates)
      .filter((d) => d.date >= today)
      .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title))
      .slice(0, NEXT_DATES)
      .map((d) => d.id),
    ideasWaiting: mine(input.ideas).filter((i) => i.status === 'inbox').length,
  };
}
