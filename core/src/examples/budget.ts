import { allocateBudget } from '../engine/allocate.ts';
import type { BudgetLine } from '../model/budget-line.ts';
import type { ExampleContext } from './build.ts';
import { levers as leverSpecs } from './levers.ts';
import type { LeverKey, StageKey } from './texts.ts';

/**
 * Step 6: the budget split across the funded levers by weight, then each lever's share evenly
 * across the objectives it serves — one line per (objective, lever); a stopped lever gets none.
 */
export function budgetByObjectiveAndLever(
  ctx: ExampleContext,
  budget: number,
  base: () => Pick<BudgetLine, 'id' | 'createdAt' | 'updatedAt' | 'planId'>,
): BudgetLine[] {
  const funded = (Object.keys(leverSpecs) as LeverKey[]).filter((key) => leverSpecs[key].weight > 0);
  const shares = allocateBudget(
    budget,
    funded.map((key) => ({ id: key, weight: leverSpecs[key].weight })),
  );
  return shares.flatMap(({ id, amount }) => {
    const key = id as LeverKey;
    const served = leverSpecs[key].objectives;
    const split = allocateBudget(
      amount,
      served.map((objective) => ({ id: objective, weight: 1 })),
    );
    return split.map(
      (part): BudgetLine => ({
        ...base(),
        label: `${ctx.texts.levers[key].name} — ${ctx.texts.stages[part.id as StageKey]}`,
        objectiveId: ctx.ids.objectives[part.id as StageKey],
        leverId: ctx.ids.levers[key],
        planned: part.amount,
        actual: 0,
      }),
    );
  });
}
