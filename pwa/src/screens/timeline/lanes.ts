import type { GanttLaneBy, GanttLayout, KeyAction } from '@jalon/core';
import type { Translate } from '../../i18n/messages.ts';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import type { MessageKey } from './messages.ts';

/** A lane's heading: the lever's name or the owner's, with a word for the lane of neither. */
export function laneName(key: string, by: GanttLaneBy, data: LoadedPlan, t: Translate<MessageKey>): string {
  if (by === 'owner') return key || t('noOwner');
  return data.levers.find((l) => l.id === key)?.name ?? t('noLever');
}

/** Where an associated action stands against its anchor, as a marketer says it. */
export function relationText(
  action: KeyAction,
  titles: ReadonlyMap<string, string>,
  t: Translate<MessageKey>,
): string | undefined {
  if (!action.relativeTo) return undefined;
  const anchor = titles.get(action.relativeTo.actionId) ?? '?';
  const days = Math.abs(action.relativeTo.offsetDays);
  if (days === 0) return t('sameDay', { anchor });
  return t(action.relativeTo.offsetDays < 0 ? 'before' : 'after', { days, anchor });
}

/** How many bars the layout draws. */
export const barCount = (layout: GanttLayout): number =>
  layout.lanes.reduce((n, lane) => n + lane.bars.length, 0);
