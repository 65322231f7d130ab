import type { Plan } from '@jalon/core';
import type { Settings } from './settings.ts';

/**
 * The plan clips go to, among the live plans (newest first): the one chosen in the options; else
 * the newest plan that is not the extension's own inbox (a plan imported from the PWA takes over
 * from the placeholder the extension made at install); else the inbox. One rule for the worker,
 * which writes there, and the options page, which shows it.
 */
export function clipPlan<P extends Pick<Plan, 'id'>>(plans: readonly P[], settings: Settings): P | undefined {
  const chosen = settings.planId ? plans.find((p) => p.id === settings.planId) : undefined;
  return chosen ?? plans.find((p) => p.id !== settings.inboxPlanId) ?? plans[0];
}

export function shownPlanId(plans: readonly Plan[], settings: Settings): string | undefined {
  return clipPlan(plans, settings)?.id;
}
