import type { Figure } from '@jalon/core';
import { formatMoney, formatNumber, formatPercent } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/locale.ts';

/** A currency code as a figure's unit means the value is money in cents (core's convention). */
export const isCurrencyUnit = (unit: string): boolean => /^[A-Z]{3}$/.test(unit);

/** A lever's figure as shown: money from cents, "%" as a percentage, anything else after the number. */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit'>, lang: Lang): string {
  if (isCurrencyUnit(figure.unit)) return formatMoney(figure.value, figure.unit, lang);
  if (figure.unit === '%') return formatPercent(figure.value, lang);
  const number = formatNumber(figure.value, lang);
  return figure.unit ? `${number} ${figure.unit}` : number;
}
