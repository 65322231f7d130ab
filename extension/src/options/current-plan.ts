import type { Plan } from '@jalon/core';
import type { Settings } from '../settings.ts';

/**
 * The plan the options page shows: the one chosen, else the newest — the worker's rule for the
 * plan clips go to (`background/plan.ts`), without creating a plan.
 */
export function shownPlanId(plans: readonly Plan[], settings: Settings): string | undefined {
  return settings.planId && plans.some((p) => p.id === settings.planId) ? settings.planId : plans[0]?.id;
}
