import type { KpiStatus } from './kpi-status.ts';

/** From worst to best: an objective is only as on track as its weakest measured KPI. */
const ranking: readonly KpiStatus[] = ['off-track', 'at-risk', 'on-track', 'achieved'];

/**
 * The status of an objective followed by several KPIs: the worst among those measured; `no-data`
 * when none is measured yet (or there is none).
 */
export function worstStatus(statuses: readonly KpiStatus[]): KpiStatus {
  for (const status of ranking) if (statuses.includes(status)) return status;
  return 'no-data';
}
