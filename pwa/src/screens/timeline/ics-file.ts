import { type PlanData, resolveSchedule } from '@jalon/core';
import type { Lang } from '../../i18n/locale.ts';
import { translator } from '../../i18n/messages.ts';
import { labels } from '../../ui/labels.ts';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { buildIcs } from './ics.ts';
import { icsEvents } from './ics-events.ts';
import { messages } from './messages.ts';

/** The Timeline's calendar export as text, for the sync folder's `calendar.ics`. */
export function planCalendar(data: PlanData, lang: Lang): string | undefined {
  const first = data.plans[0];
  if (!first) return undefined;
  const plan: LoadedPlan = { ...data, plan: first };
  const events = icsEvents(
    plan,
    resolveSchedule(plan.actions),
    translator(messages, lang),
    translator(labels, lang),
  );
  return buildIcs({ name: plan.plan.name, events });
}
