import { PlanError } from '../errors.ts';
import { checkMoney, decimalFraction } from './decimal.ts';

/**
 * Splits a budget across levers by weight with the largest-remainder method: everyone gets the
 * floor of their exact share, then the cents left over go one each to the largest remainders.
 * So the amounts sum to the total exactly and each is less than one cent from its exact share.
 */

export type BudgetShare = { id: string; weight: number };
export type BudgetAllocation = { id: string; amount: number };

/**
 * Results come in input order. Equal remainders are served in input order, so the same input
 * always gives the same split. Weights need not sum to anything; a zero weight gets nothing.
 * With no positive weight there is no way to split, so that throws `invalid-weight` on `shares`
 * (an empty list included), rather than guessing an even split.
 */
export function allocateBudget(total: number, shares: readonly BudgetShare[]): BudgetAllocation[] {
  const cents = checkMoney(total, 'total');
  if (!Array.isArray(shares)) throw new PlanError('invalid-weight', 'shares');
  const seen = new Set<string>();
  const checked = shares.map((share, i) => {
    if (seen.has(share.id)) throw new PlanError('duplicate-id', `shares[${i}].id`, share.id);
    seen.add(share.id);
    const weight: unknown = share.weight;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new PlanError('invalid-weight', `shares[${i}].weight`, String(weight));
    }
    return { id: share.id, weight: decimalFraction(weight) };
  });
  // Every denominator is a power of ten, so the largest is a common one: integer weights follow.
  let den = 1n;
  for (const { weight } of checked) if (weight.den > den) den = weight.den;
  const weighted = checked.map(({ id, weight }) => ({ id, weight: weight.num * (den / weight.den) }));
  const sum = weighted.reduce((a, { weight }) => a + weight, 0n);
  if (sum === 0n) throw new PlanError('invalid-weight', 'shares', 'no positive weight');

  const parts = weighted.map(({ id, weight }) => {
    const exact = cents * weight;
    return { id, amount: exact / sum, remainder: exact % sum };
  });
  let left = cents - parts.reduce((a, part) => a + part.amount, 0n);
  // Array.prototype.sort is stable, which is the input-order tie-break.
  const byRemainder = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? 0 : a.remainder > b.remainder ? -1 : 1,
  );
  // Fewer cents are left than there are non-zero remainders, so a zero remainder never gains one.
  for (const part of byRemainder) {
    if (left === 0n) break;
    part.amount += 1n;
    left -= 1n;
  }
  return parts.map(({ id, amount }) => ({ id, amount: Number(amount) }));
}
