import { addDays, toDayNumber } from '../dates.ts';
import { prioritize } from '../engine/prioritize.ts';
import type { KeyAction } from '../model/key-action.ts';
import { resolveSchedule } from './schedule-actions.ts';

/** The checklist's sections, in the order they are shown. */
export type Bucket = 'overdue' | 'today' | 'week';
export const buckets: readonly Bucket[] = ['overdue', 'today', 'week'];

export interface Checklist {
  overdue: KeyAction[];
  today: KeyAction[];
  week: KeyAction[];
  /** Nothing due this week: the next actions, so the screen never just says "nothing". */
  upcoming: KeyAction[];
}

const UPCOMING = 5;

/** The Sunday closing `today`'s week (weeks start on Monday in France and in the UK). */
export function endOfWeek(today: string): string {
  const weekday = (((toDayNumber(today, 'today') + 4) % 7) + 7) % 7; // 0 = Sunday
  return addDays(today, (7 - weekday) % 7);
}

/**
 * When each action is due: its deadline, else the end core's `schedule` gives an associated
 * action placed relative to another one. `all` must hold the anchors (every action of the plan);
 * an action whose anchors form a cycle or are missing is just left undated.
 */
export function dueDates(
  actions: readonly KeyAction[],
  all: readonly KeyAction[] = actions,
): Map<string, string> {
  const due = new Map<string, string>();
  const undated: KeyAction[] = [];
  for (const action of actions) {
    if (action.deadline) due.set(action.id, action.deadline);
    else if (action.relativeTo) undated.push(action);
  }
  if (undated.length === 0) return due;
  // Actions that cannot be placed (a cycle, a missing anchor) stay undated; the rest still are.
  const { dates } = resolveSchedule(all);
  for (const action of undated) {
    const end = dates.get(action.id)?.end;
    if (end) due.set(action.id, end);
  }
  return due;
}

/** Today's checklist: open actions sorted by core's `prioritize` and split into overdue / today / this week. */
export function buildChecklist(
  open: readonly KeyAction[],
  due: ReadonlyMap<string, string>,
  today: string,
): Checklist {
  const byId = new Map(open.map((a) => [a.id, a]));
  const order = prioritize(
    open.map((a) => {
      const deadline = due.get(a.id);
      return {
        id: a.id,
        importance: a.importance,
        difficulty: a.difficulty,
        ...(deadline ? { deadline } : {}),
      };
    }),
    today,
  );
  const weekEnd = endOfWeek(today);
  const list: Checklist = { overdue: [], today: [], week: [], upcoming: [] };
  for (const id of order) {
    const action = byId.get(id);
    const date = due.get(id);
    if (!action) continue;
    if (date === undefined) continue;
    if (date < today) list.overdue.push(action);
    else if (date === today) list.today.push(action);
    else if (date <= weekEnd) list.week.push(action);
  }
  if (list.overdue.length + list.today.length + list.week.length === 0) {
    list.upcoming = open
      .filter((a) => due.has(a.id))
      .sort((a, b) => ((due.get(a.id) ?? '') < (due.get(b.id) ?? '') ? -1 : 1))
      .slice(0, UPCOMING);
  }
  return list;
}

/** What the icon badge counts: open actions due today or overdue. */
export function dueNowCount(list: Checklist): number {
  return list.overdue.length + list.today.length;
}
