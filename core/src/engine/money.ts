import { PlanError } from '../errors.ts';
import type { KpiUnit } from '../model/kpi.ts';
import { decimalFraction } from './decimal.ts';
import type { Metric } from './metric.ts';
import { parseMetric } from './metric.ts';

/** Money in integer minor units (cents) of the plan's currency, as every amount in core. */
export type Cents = number;

/**
 * An amount written in units of a currency (12.5 = 12,50 €) as integer cents. The one conversion
 * both apps use. Rounding: on the decimal the number prints as (what the user typed), to the
 * nearest cent, halves away from zero ("arrondi commercial"): 10.075 → 1008, −10.075 → −1008.
 * Computing `value * 100` in floats would give 1007.4999… and round the wrong way.
 * Throws PlanError `invalid-money` naming `field` for a value that is not finite or not safe.
 */
export function toCents(units: number, field = 'amount'): Cents {
  if (typeof units !== 'number' || !Number.isFinite(units))
    throw new PlanError('invalid-money', field, String(units));
  const { num, den } = decimalFraction(Math.abs(units));
  const hundredths = num * 100n;
  const cents = (2n * hundredths + den) / (2n * den);
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) throw new PlanError('invalid-money', field, String(units));
  const value = Number(cents);
  return units < 0 && value !== 0 ? -value : value;
}

/** Why a figure cannot be stored on a KPI; the apps translate each code. */
export type KpiValueError =
  | 'empty'
  | 'unreadable'
  | 'percent-on-money'
  | 'money-on-percent'
  | 'money-on-number'
  | 'other-currency'
  | 'too-large';

export type KpiValue = { ok: true; value: number } | { ok: false; error: KpiValueError; currency?: string };

/**
 * A figure (typed or clipped) as the value to store on a KPI of `unit`: currency KPIs hold
 * integer cents of the plan's currency (see toCents); percent KPIs the percentage as shown
 * (12.5 for "12,5 %"); number KPIs the number. A figure whose kind does not fit the KPI is
 * refused with a code rather than stored under the wrong unit; a number without a unit fits any.
 */
export function toKpiValue(figure: Metric, unit: KpiUnit, planCurrency: string): KpiValue {
  if (unit === 'currency') {
    if (figure.kind === 'percent') return { ok: false, error: 'percent-on-money' };
    if (figure.kind === 'currency' && figure.currency !== planCurrency) {
      return { ok: false, error: 'other-currency', currency: planCurrency };
    }
    try {
      return { ok: true, value: toCents(figure.value) };
    } catch {
      return { ok: false, error: 'too-large' };
    }
  }
  if (figure.kind === 'currency')
    return { ok: false, error: unit === 'percent' ? 'money-on-percent' : 'money-on-number' };
  if (!Number.isFinite(figure.value)) return { ok: false, error: 'too-large' };
  return { ok: true, value: figure.value };
}

/** Text typed in `locale` ("12,5 %", "1 234 €", "3,4 k") as the value to store on a KPI of `unit`. */
export function kpiValueFromText(
  text: string,
  unit: KpiUnit,
  planCurrency: string,
  locale: string,
): KpiValue {
  if (text.trim() === '') return { ok: false, error: 'empty' };
  const metric = parseMetric(text, locale);
  if (!metric) return { ok: false, error: 'unreadable' };
  return toKpiValue(metric, unit, planCurrency);
}

/** An amount typed in `locale` ("12 000 €", "12k", "12 000") as cents of `currency`; undefined when it is not one. */
export function moneyFromText(text: string, currency: string, locale: string): Cents | undefined {
  const metric = parseMetric(text, locale);
  if (!metric || metric.kind === 'percent' || metric.value < 0) return undefined;
  if (metric.kind === 'currency' && metric.currency !== currency) return undefined;
  try {
    return toCents(metric.value);
  } catch {
    return undefined;
  }
}
