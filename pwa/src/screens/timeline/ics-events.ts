import type { Resolved } from '@jalon/core';
import type { Translate } from '../../i18n/messages.ts';
import { type LabelKey, labelOf } from '../../ui/labels.ts';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import type { IcsEvent } from './ics.ts';
import type { MessageKey } from './messages.ts';

/**
 * The plan's dated actions (where `schedule` placed them) and key dates for the .ics export: uids
 * from record ids (a re-import updates the events instead of duplicating them), DTSTAMP from the
 * record's last change, a description naming owner, lever and status in the user's language.
 */
export function icsEvents(
  data: LoadedPlan,
  resolved: Resolved,
  t: Translate<MessageKey>,
  tl: Translate<LabelKey>,
): IcsEvent[] {
  const levers = new Map(data.levers.map((l) => [l.id, l.name]));
  const keyDates = data.keyDates.map(
    (k): IcsEvent => ({
      uid: `keydate-${k.id}@jalon`,
      start: k.date,
      end: k.date,
      summary: k.title,
      description: [t('icsKeyDate', { kind: labelOf(tl, 'keyDate', k.kind) }), k.notes]
        .filter(Boolean)
        .join('\n'),
      stamp: k.updatedAt,
    }),
  );
  const actions = data.actions.flatMap((a): IcsEvent[] => {
    const at = resolved.dates.get(a.id);
    if (!at) return [];
    const lines = [
      a.owner ? t('icsOwner', { owner: a.owner }) : '',
      t('icsLever', { lever: levers.get(a.leverId) ?? '' }),
      t('icsStatus', { status: labelOf(tl, 'action', a.status) }),
      a.description,
    ];
    return [
      {
        uid: `action-${a.id}@jalon`,
        start: at.start,
        end: at.end,
        summary: a.title,
        description: lines.filter(Boolean).join('\n'),
        stamp: a.updatedAt,
        cancelled: a.status === 'cancelled',
      },
    ];
  });
  return [...keyDates, ...actions];
}
