import { toDayNumber } from '../dates.ts';
import { PlanError } from '../errors.ts';
import type { BudgetLine } from '../model/budget-line.ts';
import type { KeyAction } from '../model/key-action.ts';
import type { Kpi } from '../model/kpi.ts';
import type { KpiEntry } from '../model/kpi-entry.ts';
import type { Lever } from '../model/lever.ts';
import type { Plan } from '../model/plan.ts';
import type { Revenue } from '../model/revenue.ts';
import { type DateRange, type KpiReview, reviewKpis } from './review-kpis.ts';
import { type LeverReturn, leverReturns, sum } from './romi.ts';

export type { DateRange, KpiReview } from './review-kpis.ts';

export type ReviewInput = {
  plan: Plan;
  kpis: readonly Kpi[];
  kpiEntries: readonly KpiEntry[];
  levers: readonly Lever[];
  actions: readonly KeyAction[];
  budgetLines: readonly BudgetLine[];
  revenues: readonly Revenue[];
};

/** Ids of the actions done in the range and of those overdue on `asOf`. */
export type ActionTally = { done: string[]; overdue: string[] };

/** Sums in cents. */
export type SpendSums = {
  actionsPlanned: number;
  actionsActual: number;
  linesPlanned: number;
  linesActual: number;
};

/** A lever's ROMI up to the range end (see `leverReturns`), and the revenue it won in the range. */
export type LeverRomi = LeverReturn & { wonInRange: number };

export type ReviewReport = {
  range: DateRange;
  /** The day statuses and overdue actions are judged on: the range end, or today if earlier. */
  asOf: string;
  kpis: KpiReview[];
  actions: ActionTally & {
    byLever: (ActionTally & { leverId: string })[];
    byOwner: (ActionTally & { owner: string })[];
  };
  spend: { budget: number; total: SpendSums; inRange: SpendSums };
  romiByLever: LeverRomi[];
};

/**
 * The figures of a review (step 7) over `range`, as plain data for the apps to format.
 * - KPIs: see `reviewKpis`.
 * - Done: status `done` and dated in the range by `doneOn`, or by `deadline` when no `doneOn` was
 *   recorded. Overdue: neither done nor cancelled, with a deadline before `asOf` (wherever it falls
 *   relative to the range start: late is late).
 * - Spend: `total` sums every record; `inRange` the actions dated in the range (`doneOn` when done,
 *   else `deadline`, else `startDate`) and the budget lines whose `date` is in the range. Planned
 *   cost of cancelled actions is left out; their actual cost, money spent, is not.
 * - ROMI per lever (`leverReturns`): realised, the revenue recorded for the lever up to the range
 *   end against the actual cost of its actions begun by then; expected, on all its live actions.
 *   With the plan's gross margin when it has economics, else margin 1.
 * Records of other plans are ignored. Invalid dates or a range ending before it starts throw.
 */
export function reviewReport(input: ReviewInput, range: DateRange, today: string): ReviewReport {
  const startDay = toDayNumber(range.start, 'range.start');
  if (toDayNumber(range.end, 'range.end') < startDay) throw new PlanError('invalid-range', 'range.end');
  toDayNumber(today, 'today');
  const asOf = today < range.end ? today : range.end;
  const planId = input.plan.id;
  const mine = <T extends { planId: string }>(records: readonly T[]) =>
    records.filter((r) => r.planId === planId);
  const actions = mine(input.actions);
  const inRange = (date: string | undefined) =>
    date !== undefined && date >= range.start && date <= range.end;

  const isDone = (a: KeyAction) => a.status === 'done' && inRange(a.doneOn ?? a.deadline);
  const isOverdue = (a: KeyAction) =>
    a.status !== 'done' && a.status !== 'cancelled' && a.deadline !== undefined && a.deadline < asOf;
  const tally = (list: readonly KeyAction[]): ActionTally => ({
    done: list.filter(isDone).map((a) => a.id),
    overdue: list.filter(isOverdue).map((a) => a.id),
  });

  const levers = mine(input.levers);
  const leverIds = unique([...levers.map((l) => l.id), ...actions.map((a) => a.leverId)]);
  const owners = unique(actions.map((a) => a.owner));
  const margin = input.plan.economics?.grossMargin;
  const revenues = mine(input.revenues);

  return {
    range: { start: range.start, end: range.end },
    asOf,
    kpis: reviewKpis(mine(input.kpis), mine(input.kpiEntries), range, asOf),
    actions: {
      ...tally(actions),
      byLever: leverIds.map((leverId) => ({
        leverId,
        ...tally(actions.filter((a) => a.leverId === leverId)),
      })),
      byOwner: owners.map((owner) => ({ owner, ...tally(actions.filter((a) => a.owner === owner)) })),
    },
    spend: {
      budget: input.plan.budget,
      total: spendSums(actions, mine(input.budgetLines)),
      inRange: spendSums(
        actions.filter((a) => inRange(actionDate(a))),
        mine(input.budgetLines).filter((l) => inRange(l.date)),
      ),
    },
    romiByLever: leverReturns(leverIds, actions, revenues, margin, range.end).map((r) => ({
      ...r,
      wonInRange: sum(
        revenues.filter((v) => v.leverId === r.leverId && inRange(v.date)),
        (v) => v.amount,
      ),
    })),
  };
}

function actionDate(a: KeyAction): string | undefined {
  return (a.status === 'done' ? a.doneOn : undefined) ?? a.deadline ?? a.startDate;
}

function spendSums(actions: readonly KeyAction[], lines: readonly BudgetLine[]): SpendSums {
  return {
    actionsPlanned: sum(
      actions.filter((a) => a.status !== 'cancelled'),
      (a) => a.plannedCost,
    ),
    actionsActual: sum(actions, (a) => a.actualCost),
    linesPlanned: sum(lines, (l) => l.planned),
    linesActual: sum(lines, (l) => l.actual),
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
