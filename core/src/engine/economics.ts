import { PlanError } from '../errors.ts';
import {
  checkCount,
  checkMoney,
  checkRate,
  decimalFraction,
  type Fraction,
  roundHalfUp,
  toSafeInteger,
} from './decimal.ts';

/**
 * Unit economics and the objectives-method budget. Money is integer cents; every formula is
 * evaluated on exact fractions and rounded once, at the end, so that 110 cents of LTV at a
 * target ratio of 1.1 allows exactly 100 cents of CAC (floats say 99.99999999999999).
 */

export type UnitEconomicsInput = {
  averageRevenuePerAccount: number;
  grossMargin: number;
  monthlyChurn: number;
  cac?: number;
};
export type UnitEconomics = {
  lifetimeMonths: number;
  ltv: number;
  ltvToCac?: number;
  paybackMonths?: number;
};

export type MarketingBudgetInput = { newCustomers: number } & (
  | { cac: number }
  | { ltv: number; targetLtvToCac?: number }
);
export type MarketingBudget = { total: number; allowableCac: number };

export type RomiInput = { revenue: number; spend: number; grossMargin?: number };

const DEFAULT_LTV_TO_CAC = 3;
const ONE: Fraction = { num: 1n, den: 1n };

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * The unrounded ratios (months, multiples) leave as plain numbers. Reducing first keeps both
 * parts within 2^53 in practice, and then the division rounds only once.
 */
function toNumber(num: bigint, den: bigint): number {
  const divisor = gcd(num, den);
  return Number(num / divisor) / Number(den / divisor);
}

/**
 * ARPA is monthly revenue per account, in cents. `ltv` is rounded to the nearest cent, halves up
 * (all values are non-negative, so this is also half away from zero); `ltvToCac` uses the
 * unrounded LTV. ARPA may be 0 unless `cac` is given, since payback divides by it.
 */
export function unitEconomics(input: UnitEconomicsInput): UnitEconomics {
  const hasCac = input.cac !== undefined;
  const arpa = checkMoney(input.averageRevenuePerAccount, 'averageRevenuePerAccount', hasCac);
  const margin = checkRate(input.grossMargin, 'grossMargin');
  const churn = checkRate(input.monthlyChurn, 'monthlyChurn');
  // ARPA × margin / churn = arpa·m.num·c.den / (m.den·c.num)
  const ltvNum = arpa * margin.num * churn.den;
  const ltvDen = margin.den * churn.num;
  const result: UnitEconomics = {
    lifetimeMonths: toNumber(churn.den, churn.num),
    // A churn near 0 is what makes LTV outgrow a safe integer.
    ltv: toSafeInteger(roundHalfUp(ltvNum, ltvDen), 'invalid-money', 'monthlyChurn'),
  };
  if (!hasCac) return result;
  const cac = checkMoney(input.cac, 'cac', true);
  result.ltvToCac = toNumber(ltvNum, ltvDen * cac);
  result.paybackMonths = toNumber(cac * margin.den, arpa * margin.num);
  return result;
}

/**
 * The objectives method: the budget is what the new customers may cost. With an LTV, the
 * allowable CAC is LTV / target ratio, rounded down so the target is never missed by a cent.
 * When both `cac` and `ltv` are given, `cac` wins.
 */
export function marketingBudget(input: MarketingBudgetInput): MarketingBudget {
  const newCustomers = checkCount(input.newCustomers, 'newCustomers');
  let allowableCac: bigint;
  if ('cac' in input) {
    allowableCac = checkMoney(input.cac, 'cac');
  } else {
    const ltv = checkMoney(input.ltv, 'ltv');
    const target = input.targetLtvToCac ?? DEFAULT_LTV_TO_CAC;
    if (typeof target !== 'number' || !Number.isFinite(target) || target <= 0) {
      throw new PlanError('invalid-number', 'targetLtvToCac', String(target));
    }
    const ratio = decimalFraction(target);
    allowableCac = (ltv * ratio.den) / ratio.num;
  }
  const cac = toSafeInteger(allowableCac, 'invalid-money', 'targetLtvToCac');
  return {
    total: toSafeInteger(newCustomers * allowableCac, 'invalid-money', 'newCustomers'),
    allowableCac: cac,
  };
}

/** Return on marketing investment: (revenue × margin − spend) / spend; −1 means nothing came back. */
export function romi(input: RomiInput): number {
  const revenue = checkMoney(input.revenue, 'revenue');
  const spend = checkMoney(input.spend, 'spend', true);
  const margin = input.grossMargin === undefined ? ONE : checkRate(input.grossMargin, 'grossMargin');
  return toNumber(revenue * margin.num - spend * margin.den, spend * margin.den);
}
