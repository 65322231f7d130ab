import type { ExtractedFigure, KpiUnit } from '@jalon/core';

/** Whether to warn before recording: a percentage on a money KPI is probably the wrong figure. */
export function unitMismatch(figure: ExtractedFigure, unit: KpiUnit, planCurrency: string): boolean {
  if (unit === 'number') return figure.kind !== 'number';
  if (unit === 'percent') return figure.kind !== 'percent';
  return figure.kind !== 'currency' || (figure.currency !== undefined && figure.currency !== planCurrency);
}
