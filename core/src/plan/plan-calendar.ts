import type { Language } from '../language.ts';
import type { ActionStatus, KeyAction } from '../model/key-action.ts';
import type { KeyDate } from '../model/key-date.ts';
import type { Lever } from '../model/lever.ts';
import type { PlanData } from '../model/tables.ts';
import { buildIcs, type IcsEvent } from './ics.ts';
import { type Resolved, resolveSchedule } from './schedule-actions.ts';

/**
 * The plan's calendar export (the Timeline's "Export to a calendar", and the `calendar.ics` both
 * apps write beside the sync files): one source, so a calendar app subscribed to the folder sees
 * the same events as a downloaded file, whichever device wrote it.
 */

type TextKey =
  | 'owner'
  | 'lever'
  | 'status'
  | 'keyDate'
  | `status.${ActionStatus}`
  | `kind.${KeyDate['kind']}`;

/** Flat, so that the project's typography check reads every string. */
export const calendarTexts: Record<Language, Record<TextKey, string>> = {
  fr: {
    owner: 'Responsable\u00a0: {owner}',
    lever: 'Levier\u00a0: {lever}',
    status: 'Statut\u00a0: {status}',
    keyDate: 'Date clé ({kind})',
    'status.todo': 'À faire',
    'status.doing': 'En cours',
    'status.done': 'Fait',
    'status.cancelled': 'Annulé',
    'kind.event': 'Événement',
    'kind.launch': 'Lancement',
    'kind.season': 'Saison',
    'kind.deadline': 'Échéance',
    'kind.other': 'Autre',
  },
  en: {
    owner: 'Owner: {owner}',
    lever: 'Lever: {lever}',
    status: 'Status: {status}',
    keyDate: 'Key date ({kind})',
    'status.todo': 'To do',
    'status.doing': 'Doing',
    'status.done': 'Done',
    'status.cancelled': 'Cancelled',
    'kind.event': 'Event',
    'kind.launch': 'Launch',
    'kind.season': 'Season',
    'kind.deadline': 'Deadline',
    'kind.other': 'Other',
  },
};

const fill = (template: string, name: string, value: string) => template.replace(`{${name}}`, value);

export interface CalendarSource {
  actions: readonly KeyAction[];
  levers: readonly Pick<Lever, 'id' | 'name'>[];
  keyDates: readonly KeyDate[];
}

/**
 * The plan's dated actions (where `schedule` placed them) and key dates: uids from record ids (a
 * re-import updates the events instead of duplicating them), DTSTAMP from the record's last
 * change, a description naming owner, lever and status in `lang`.
 */
export function calendarEvents(data: CalendarSource, lang: Language, resolved?: Resolved): IcsEvent[] {
  const t = calendarTexts[lang];
  const placed = resolved ?? resolveSchedule(data.actions);
  const levers = new Map(data.levers.map((l) => [l.id, l.name]));
  const keyDates = data.keyDates.map(
    (k): IcsEvent => ({
      uid: `keydate-${k.id}@jalon`,
      start: k.date,
      end: k.date,
      summary: k.title,
      description: [fill(t.keyDate, 'kind', t[`kind.${k.kind}`] ?? k.kind), k.notes]
        .filter(Boolean)
        .join('\n'),
      stamp: k.updatedAt,
    }),
  );
  const actions = data.actions.flatMap((a): IcsEvent[] => {
    const at = placed.dates.get(a.id);
    if (!at) return [];
    const lines = [
      a.owner ? fill(t.owner, 'owner', a.owner) : '',
      fill(t.lever, 'lever', levers.get(a.leverId) ?? ''),
      fill(t.status, 'status', t[`status.${a.status}`] ?? a.status),
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

/** One plan's calendar as an iCalendar file; undefined when the data holds no plan. */
export function planCalendar(data: PlanData, lang: Language): string | undefined {
  const plan = data.plans[0];
  if (!plan) return undefined;
  return buildIcs({ name: plan.name, events: calendarEvents(data, lang) });
}
