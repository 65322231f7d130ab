import {
  type MarketingBudget,
  marketingBudget,
  type UnitEconomics,
  unitEconomics,
} from '../engine/economics.ts';
import { reverseFunnel } from '../engine/funnel.ts';
import type { BudgetLine } from '../model/budget-line.ts';
import type { KeyAction } from '../model/key-action.ts';
import type { Lever } from '../model/lever.ts';
import type { Objective } from '../model/objective.ts';
import type { Plan } from '../model/plan.ts';

/**
 * The budget screen's groupings. Every figure is core's (`reverseFunnel`, `unitEconomics`,
 * `marketingBudget`, `romi`); these only gather records and add cents.
 */

type Sums = { planned: number; actual: number };
const sum = <T>(list: readonly T[], cents: (item: T) => number) =>
  list.reduce((n, item) => n + cents(item), 0);

/** Budget lines by the objective they fund, in the plan's objective order; lines with none last. */
export function linesByObjective(
  lines: readonly BudgetLine[],
  objectives: readonly Objective[],
): ({ objective: Objective | undefined; lines: BudgetLine[] } & Sums)[] {
  const known = new Set(objectives.map((o) => o.id));
  const group = (objective: Objective | undefined, own: BudgetLine[]) => ({
    objective,
    lines: own,
    planned: sum(own, (l) => l.planned),
    actual: sum(own, (l) => l.actual),
  });
  const groups = objectives
    .map((o) =>
      group(
        o,
        lines.filter((l) => l.objectiveId === o.id),
      ),
    )
    .filter((g) => g.lines.length > 0);
  const loose = lines.filter((l) => l.objectiveId === undefined || !known.has(l.objectiveId));
  return loose.length > 0 ? [...groups, group(undefined, loose)] : groups;
}

export type LeverSpend = {
  leverId: string;
  lines: Sums;
  /** Cancelled actions' planned cost is left out (as in core's review); their actual cost is money spent. */
  actions: Sums;
};

/** What each lever's budget lines and actions plan and have spent. */
export function spendByLever(
  levers: readonly Lever[],
  lines: readonly BudgetLine[],
  actions: readonly KeyAction[],
): LeverSpend[] {
  return levers.map((lever) => {
    const own = actions.filter((a) => a.leverId === lever.id);
    const ownLines = lines.filter((l) => l.leverId === lever.id);
    return {
      leverId: lever.id,
      lines: { planned: sum(ownLines, (l) => l.planned), actual: sum(ownLines, (l) => l.actual) },
      actions: {
        planned: sum(
          own.filter((a) => a.status !== 'cancelled'),
          (a) => a.plannedCost,
        ),
        actual: sum(own, (a) => a.actualCost),
      },
    };
  });
}

export type ObjectivesMethod = {
  customers: number;
  economics: UnitEconomics;
  budget: MarketingBudget;
  /** What the allowable CAC rests on: the plan's CAC, or its LTV over the target LTV:CAC ratio. */
  basis: 'cac' | 'ltv';
  targetLtvToCac?: number;
};

/**
 * Step 6, the objectives method: the new customers the funnel needs (reverse funnel from the
 * revenue goal), each at an allowable acquisition cost. With a CAC on the plan, that is the CAC (as
 * the example plans budget); without one, LTV / target LTV:CAC. Undefined without economics.
 * Throws core's PlanError on bad rates or money, for the screen to show.
 */
export function objectivesMethod(plan: Plan): ObjectivesMethod | undefined {
  const e = plan.economics;
  if (!e) return undefined;
  const { customers } = reverseFunnel({
    goal: { revenue: plan.revenueGoal, averageDealValue: plan.averageDealValue },
    stages: plan.stages,
  });
  const economics = unitEconomics({
    averageRevenuePerAccount: e.averageRevenuePerAccount,
    grossMargin: e.grossMargin,
    monthlyChurn: e.monthlyChurn,
    ...(e.cac === undefined ? {} : { cac: e.cac }),
  });
  const target = e.targetLtvToCac === undefined ? {} : { targetLtvToCac: e.targetLtvToCac };
  if (e.cac !== undefined) {
    return {
      customers,
      economics,
      budget: marketingBudget({ newCustomers: customers, cac: e.cac }),
      basis: 'cac',
      ...target,
    };
  }
  return {
    customers,
    economics,
    budget: marketingBudget({ newCustomers: customers, ltv: economics.ltv, ...target }),
    basis: 'ltv',
    ...target,
  };
}
