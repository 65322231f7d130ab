import { type KpiUnit, parseMetric } from '@jalon/core';

export type EntryError = 'empty' | 'unreadable' | 'notMoney' | 'unexpectedCurrency' | 'otherCurrency';
export type ReadEntry = { ok: true; value: number } | { ok: false; error: EntryError; currency?: string };

/**
 * What the user typed, read the way they write numbers ("12,5 %", "1 234 €", "3,4 k") by core's
 * parseMetric, as the value to store for a KPI of `unit`: currency KPIs keep integer cents of the
 * plan's currency, percent KPIs the percentage as shown.
 */
export function readEntry(text: string, unit: KpiUnit, planCurrency: string, locale: string): ReadEntry {
  if (text.trim() === '') return { ok: false, error: 'empty' };
  const metric = parseMetric(text, locale);
  if (!metric) return { ok: false, error: 'unreadable' };
  if (unit === 'currency') {
    if (metric.kind === 'percent') return { ok: false, error: 'notMoney' };
    if (metric.kind === 'currency' && metric.currency !== planCurrency) {
      return { ok: false, error: 'otherCurrency', currency: planCurrency };
    }
    const cents = Math.round(metric.value * 100);
    return Number.isSafeInteger(cents) ? { ok: true, value: cents } : { ok: false, error: 'unreadable' };
  }
  if (metric.kind === 'currency') return { ok: false, error: 'unexpectedCurrency' };
  return { ok: true, value: metric.value };
}
