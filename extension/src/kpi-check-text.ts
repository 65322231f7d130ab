import type { KpiUnit, KpiValueError, KpiValueWarning } from '@jalon/core';
import type { MessageKey, Translate } from './i18n.ts';
import type { Language } from './protocol.ts';

/**
 * The words for core's figure → KPI checks (checkFigureForKpi), shared by the popup, which asks
 * the user, and the service worker, which refuses a draft that skipped the question.
 */

const REFUSALS: Record<KpiValueError, MessageKey> = {
  empty: 'kpiRefusedUnreadable',
  unreadable: 'kpiRefusedUnreadable',
  'percent-on-money': 'kpiRefusedPercentOnMoney',
  'money-on-percent': 'kpiRefusedMoneyOnPercent',
  'money-on-number': 'kpiRefusedMoneyOnNumber',
  'other-currency': 'kpiRefusedOtherCurrency',
  'too-large': 'kpiRefusedTooLarge',
};

const WARNINGS: Record<KpiValueWarning['code'], Record<KpiValueWarning['against'], MessageKey>> = {
  'ten-times': {
    last: 'kpiWarnTenTimesLast',
    baseline: 'kpiWarnTenTimesBaseline',
    target: 'kpiWarnTenTimesTarget',
  },
  'a-tenth': {
    last: 'kpiWarnTenthLast',
    baseline: 'kpiWarnTenthBaseline',
    target: 'kpiWarnTenthTarget',
  },
};

export function refusalText(t: Translate, error: KpiValueError, currency: string): string {
  return t(REFUSALS[error], { currency });
}

export function warningText(
  t: Translate,
  warning: KpiValueWarning,
  unit: KpiUnit,
  currency: string,
  language: Language,
): string {
  return t(WARNINGS[warning.code][warning.against], {
    reference: formatKpiValue(warning.reference, unit, currency, language),
  });
}

/** A stored KPI value as the user reads it: cents as money, percentages with their sign. */
export function formatKpiValue(value: number, unit: KpiUnit, currency: string, language: Language): string {
  const locale = language === 'fr' ? 'fr-FR' : 'en-US';
  try {
    if (unit === 'currency')
      return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value / 100);
    if (unit === 'percent')
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
        value / 100,
      );
  } catch {
    // a currency code Intl does not know: the plain number below
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}
