import type { KpiUnit } from '@jalon/core';
import { formatMoney, formatNumber, formatPercent } from '../i18n/format.ts';
import type { Lang } from '../i18n/locale.ts';
import type { NumberScale } from './number-field.tsx';

/** A KPI or objective value in its unit: cents of the plan's currency, percentages as shown, counts. */
export function formatValue(value: number, unit: KpiUnit | undefined, currency: string, lang: Lang): string {
  if (unit === 'currency') return formatMoney(value, currency, lang);
  if (unit === 'percent') return formatPercent(value, lang);
  return formatNumber(value, lang);
}

/** How a value of this unit is typed in a NumberField. */
export function scaleOf(unit: KpiUnit | undefined): NumberScale {
  return unit === 'currency' ? 'cents' : 'plain';
}
