import { PlanError } from '../errors.ts';
import { ceilDiv, checkCount, checkMoney, checkRate, type Fraction, toSafeInteger } from './decimal.ts';

/**
 * Funnel arithmetic, done on exact decimals so that counts never gain or lose one through
 * floating-point error: 21 / 0.35 is 60.00000000000001 in floats, and 100 × 0.29 is
 * 28.999999999999996. A rate is taken to mean the decimal it prints as (0.35 is 35/100), which
 * is what the user typed (see decimal.ts).
 */

/** Share of this stage that reaches the next; the last stage's next is "customers". */
export type Stage = { id: string; conversionRate: number };
export type StageCount = { id: string; count: number };

export type FunnelGoal = { customers: number } | { revenue: number; averageDealValue: number };
export type ReverseFunnelInput = { goal: FunnelGoal; stages: readonly Stage[] };
export type ReverseFunnelResult = { customers: number; stages: StageCount[] };
export type ForwardFunnelInput = { top: number; stages: readonly Stage[]; averageDealValue?: number };
export type ForwardFunnelResult = { stages: StageCount[]; customers: number; revenue?: number };

type CheckedStage = { id: string; rate: Fraction };

function checkStages(stages: readonly Stage[]): CheckedStage[] {
  if (!Array.isArray(stages) || stages.length === 0) throw new PlanError('empty-funnel', 'stages');
  const seen = new Set<string>();
  return stages.map((stage, i) => {
    if (seen.has(stage.id)) throw new PlanError('duplicate-id', `stages[${i}].id`, stage.id);
    seen.add(stage.id);
    return { id: stage.id, rate: checkRate(stage.conversionRate, `stages[${i}].conversionRate`) };
  });
}

function goalCustomers(goal: FunnelGoal): bigint {
  if ('customers' in goal) return checkCount(goal.customers, 'goal.customers');
  const revenue = checkMoney(goal.revenue, 'goal.revenue');
  const dealValue = checkMoney(goal.averageDealValue, 'goal.averageDealValue', true);
  // A part of a deal sells nothing: a revenue goal needs whole customers, rounded up.
  return ceilDiv(revenue, dealValue);
}

/**
 * Works back from the goal: each count is the smallest integer whose forward step reaches the
 * next one, so `forwardFunnel` from the top count reaches the goal and one fewer at the top
 * would not. A goal too large for the rates to keep counts safe throws `invalid-count` on `goal`.
 */
export function reverseFunnel(input: ReverseFunnelInput): ReverseFunnelResult {
  const checked = checkStages(input.stages);
  const customers = goalCustomers(input.goal);
  const stages: StageCount[] = [];
  let needed = customers;
  for (const { id, rate } of checked.reverse()) {
    // count × num / den ≥ needed  ⇔  count ≥ needed × den / num
    needed = ceilDiv(needed * rate.den, rate.num);
    stages.unshift({ id, count: toSafeInteger(needed, 'invalid-count', 'goal') });
  }
  return { customers: toSafeInteger(customers, 'invalid-count', 'goal'), stages };
}

/** Runs the funnel from `top`, rounding each step down: a part of a lead is no lead. */
export function forwardFunnel(input: ForwardFunnelInput): ForwardFunnelResult {
  const checked = checkStages(input.stages);
  let count = checkCount(input.top, 'top');
  const dealValue =
    input.averageDealValue === undefined
      ? undefined
      : checkMoney(input.averageDealValue, 'averageDealValue', true);
  const stages = checked.map(({ id, rate }) => {
    const here = count;
    count = (count * rate.num) / rate.den;
    return { id, count: Number(here) };
  });
  // Rates are at most 1, so every count is at most `top` and stays a safe integer.
  const customers = Number(count);
  if (dealValue === undefined) return { stages, customers };
  return {
    stages,
    customers,
    revenue: toSafeInteger(count * dealValue, 'invalid-money', 'averageDealValue'),
  };
}
