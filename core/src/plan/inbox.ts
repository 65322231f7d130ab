import { benchmarkFunnels } from '../engine/benchmarks.ts';
import type { Plan } from '../model/plan.ts';

const CURRENCY_BY_REGION: Record<string, string> = { US: 'USD', GB: 'GBP', CA: 'CAD', CH: 'CHF', AU: 'AUD' };

/**
 * A plan with no goal yet, for the calendar year of `today`, on the first sector funnel
 * (benchmark rates, marked as such): valid for every app, and obviously a placeholder to complete
 * in the PWA. The currency follows the locale's region (euro by default).
 */
export function inboxPlan(
  name: string,
  locale: string,
  today: string,
): Omit<Plan, 'id' | 'createdAt' | 'updatedAt' | 'description' | 'budget'> {
  const year = today.slice(0, 4);
  const region = (() => {
    try {
      return new Intl.Locale(locale).maximize().region ?? '';
    } catch {
      return '';
    }
  })();
  const funnel = benchmarkFunnels[0];
  return {
    name,
    period: { start: `${year}-01-01`, end: `${year}-12-31` },
    currency: CURRENCY_BY_REGION[region] ?? 'EUR',
    locale,
    revenueGoal: 0,
    averageDealValue: 0,
    stages: (funnel?.stages ?? []).map((s) => ({
      id: s.id,
      label: s.id,
      conversionRate: s.default,
      source: 'benchmark' as const,
    })),
    ...(funnel ? { benchmarkId: funnel.id } : {}),
  };
}
