import { PlanError, type PlanErrorCode } from '../errors.ts';

/**
 * Exact decimal arithmetic shared by the engine. A rate is taken to mean the decimal it prints as
 * (0.35 is 35/100), which is what the user typed; computing on those fractions keeps counts and
 * cents from gaining or losing one through floating-point error.
 */

/** An exact rational; `den` is positive. */
export type Fraction = { num: bigint; den: bigint };

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * `value` as the exact decimal of its shortest string form (`String` handles 1e-7 and 1e+21 too).
 * The denominator is always a power of ten, which `allocateBudget` relies on.
 */
export function decimalFraction(value: number): Fraction {
  const match = DECIMAL.exec(String(value));
  if (!match) throw new RangeError(`not a finite number: ${value}`);
  const [, sign = '', whole = '0', decimals = '', exponent = '0'] = match;
  const shift = Number(exponent) - decimals.length;
  const digits = BigInt(`${sign}${whole}${decimals}`);
  return shift >= 0
    ? { num: digits * 10n ** BigInt(shift), den: 1n }
    : { num: digits, den: 10n ** BigInt(-shift) };
}

/** ⌈a / b⌉ for a ≥ 0, b > 0. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

/** Rounds a / b (a ≥ 0, b > 0) to the nearest integer, halves up. */
export function roundHalfUp(a: bigint, b: bigint): bigint {
  return (2n * a + b) / (2n * b);
}

/** Back to a number, refusing what a number cannot hold exactly. */
export function toSafeInteger(value: bigint, code: PlanErrorCode, field: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new PlanError(code, field, 'result too large');
  return Number(value);
}

/** A conversion rate or margin: a finite number in (0, 1]. */
export function checkRate(value: unknown, field: string): Fraction {
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) {
    throw new PlanError('invalid-rate', field, String(value));
  }
  return decimalFraction(value);
}

/** Cents: a non-negative safe integer, strictly positive when the caller divides by it. */
export function checkMoney(value: unknown, field: string, positive = false): bigint {
  if (!Number.isSafeInteger(value) || (value as number) < (positive ? 1 : 0)) {
    throw new PlanError('invalid-money', field, String(value));
  }
  return BigInt(value as number);
}

export function checkCount(value: unknown, field: string): bigint {
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    throw new PlanError('invalid-count', field, String(value));
  }
  return BigInt(value as number);
}
