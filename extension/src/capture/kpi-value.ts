import type { ExtractedFigure, KpiUnit } from '@jalon/core';

/**
 * The value a figure gives a KPI, in the KPI's units: money is integer cents in core, so
 * "1 234,56 €" recorded on a currency KPI is 123456; percentages stay as written (12.5).
 */
export function kpiValue(figure: ExtractedFigure, unit: KpiUnit): number {
  if (unit !== 'currency') return figure.value;
  // 0.285 × 100 is 28.499999999999996 in floats: round the product's decimal form, not its binary one.
  return Math.round(Number((figure.value * 100).toPrecision(15)));
}

/** Whether to warn before recording: a percentage on a money KPI is probably the wrong figure. */
export function unitMismatch(figure: ExtractedFigure, unit: KpiUnit, planCurrency: string): boolean {
  if (unit === 'number') return figure.kind !== 'number';
  if (unit === 'percent') return figure.kind !== 'percent';
  return figure.kind !== 'currency' || (figure.currency !== undefined && figure.currency !== planCurrency);
}
