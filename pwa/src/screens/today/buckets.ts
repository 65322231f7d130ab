import { addDays, type KeyAction, prioritize, schedule, toDayNumber } from '@jalon/core';

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
 * a plan whose anchors form a cycle or are missing just leaves those actions undated.
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
  try {
    const placed = schedule(
      all.map((a) => ({
        id: a.id,
        ...(a.startDate ? { date: a.startDate } : a.deadline ? { date: a.deadline } : {}),
        ...(a.durationDays ? { durationDays: a.durationDays } : {}),
        ...(a.relativeTo
          ? { relativeTo: { id: a.relativeTo.actionId, offsetDays: a.relativeTo.offsetDays } }
          : {}),
      })),
    );
    const ends = new Map(placed.map((p) => [p.id, p.end]));
    for (const action of undated) {
      const end = ends.get(action.id);
      if (end) due.set(action.id, end);
    }
  } catch {
    // A broken chain is the plan's problem to fix on the timeline, not a reason to hide the checklist.
  }
  return due;
}

/** Open actions sorted by core's `prioritize` and split into overdue / today / this week. */
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

/** The owners of the open actions, for the filter ('' is "no owner"). */
export function ownersOf(actions: readonly KeyAction[]): string[] {
  return [...new Set(actions.map((a) => a.owner.trim()))].sort((a, b) => a.localeCompare(b));
}

/** What the icon badge counts: open actions due today or overdue. */
export function dueNowCount(list: Checklist): number {
  return list.overdue.length + list.today.length;
}
