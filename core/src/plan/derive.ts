import { reverseFunnel } from '../engine/funnel.ts';
import { PlanError } from '../errors.ts';
import type { Plan } from '../model/plan.ts';

/** The stage id of the objective that stands for the new customers, below the last funnel stage. */
export const CUSTOMERS_STAGE_ID = 'customers';

export type DerivedObjective = {
  stageId: string;
  label: string;
  /** What is counted: the stage's label, so that an objective made from it reads on its own. */
  metric: string;
  /** Count to reach over the plan period (smallest integer that reaches the revenue goal). */
  target: number;
  startDate: string;
  deadline: string;
};

export type DerivedObjectives = { customers: number; objectives: DerivedObjective[] };

export type DeriveOptions = {
  /**
   * Label (and metric) of the customers objective. The plan holds no label for it, so it
   * defaults to the message key `customers`, which the apps translate.
   */
  customersLabel?: string;
};

/**
 * Step 1 of the method: the intermediate objectives per funnel stage, worked back from the revenue
 * goal through the plan's conversion rates — one per stage, top first, then one for the new
 * customers — each over the whole plan period. Invalid rates or money throw the funnel's
 * `PlanError`; a stage with the reserved id `customers` throws `duplicate-id`. Pure and id-free: the caller turns these into `Objective` records.
 */
export function deriveObjectives(
  plan: Pick<Plan, 'revenueGoal' | 'averageDealValue' | 'stages' | 'period'>,
  options: DeriveOptions = {},
): DerivedObjectives {
  const clash = plan.stages.findIndex((stage) => stage.id === CUSTOMERS_STAGE_ID);
  if (clash >= 0) throw new PlanError('duplicate-id', `stages[${clash}].id`, CUSTOMERS_STAGE_ID);
  const funnel = reverseFunnel({
    goal: { revenue: plan.revenueGoal, averageDealValue: plan.averageDealValue },
    stages: plan.stages,
  });
  const { start: startDate, end: deadline } = plan.period;
  const objectives = funnel.stages.map(({ id, count }, i): DerivedObjective => {
    // reverseFunnel returns the stages in input order.
    const label = plan.stages[i]?.label || id;
    return { stageId: id, label, metric: label, target: count, startDate, deadline };
  });
  const customersLabel = options.customersLabel ?? CUSTOMERS_STAGE_ID;
  objectives.push({
    stageId: CUSTOMERS_STAGE_ID,
    label: customersLabel,
    metric: customersLabel,
    target: funnel.customers,
    startDate,
    deadline,
  });
  return { customers: funnel.customers, objectives };
}
