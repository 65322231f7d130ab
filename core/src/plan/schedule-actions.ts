import { daysBetween } from '../dates.ts';
import { type SchedulableAction, type ScheduledAction, schedule } from '../engine/schedule.ts';
import { PlanError } from '../errors.ts';
import type { KeyAction } from '../model/key-action.ts';

/**
 * Stored actions → core's `schedule`. The model keeps `startDate`/`deadline` and
 * `relativeTo.actionId`; `schedule` wants one `date`, a duration and `relativeTo.id`.
 * - date: the start, else the deadline (an action known only by its deadline sits on that day);
 * - durationDays: as stored, else the span from start to deadline when both are set.
 */
export function toSchedulable(action: KeyAction): SchedulableAction {
  const date = action.startDate ?? action.deadline;
  let durationDays = action.durationDays;
  if (
    durationDays === undefined &&
    action.startDate &&
    action.deadline &&
    action.deadline >= action.startDate
  ) {
    durationDays = daysBetween(action.startDate, action.deadline) + 1;
  }
  return {
    id: action.id,
    ...(date === undefined ? {} : { date }),
    ...(durationDays === undefined ? {} : { durationDays }),
    ...(action.relativeTo
      ? { relativeTo: { id: action.relativeTo.actionId, offsetDays: action.relativeTo.offsetDays } }
      : {}),
  };
}

export type Resolved = {
  /** Start and inclusive end of every action that could be placed. */
  dates: Map<string, ScheduledAction>;
  /** Actions left out, and why: no (valid) date, an anchor that cannot be placed, or a cycle. */
  unplaced: Map<string, 'no-date' | 'unknown-anchor' | 'schedule-cycle'>;
};

/**
 * Resolves every action it can. `schedule` throws on the first action it cannot place (undated,
 * a missing anchor, a cycle), which must not blank the whole timeline: such actions are set
 * aside, with those that hang on them, and the rest is scheduled.
 */
export function resolveSchedule(actions: readonly KeyAction[]): Resolved {
  const unplaced: Resolved['unplaced'] = new Map();
  let candidates = actions.map(toSchedulable);
  for (const c of candidates)
    if (c.relativeTo === undefined && c.date === undefined) unplaced.set(c.id, 'no-date');
  // Each round removes at least one action, so this ends.
  for (;;) {
    candidates = dropOrphans(
      candidates.filter((c) => !unplaced.has(c.id)),
      unplaced,
    );
    try {
      const placed = schedule(candidates);
      return { dates: new Map(placed.map((p) => [p.id, p])), unplaced };
    } catch (error) {
      if (!(error instanceof PlanError)) throw error;
      const index = Number(/^actions\[(\d+)\]/.exec(error.field)?.[1]);
      const culprit = candidates[index];
      if (!culprit) throw error;
      const reason =
        error.code === 'schedule-cycle' || error.code === 'unknown-anchor' ? error.code : 'no-date';
      unplaced.set(culprit.id, reason);
    }
  }
}

/** Removes, repeatedly, the actions whose anchor is not among the candidates. */
function dropOrphans(candidates: SchedulableAction[], unplaced: Resolved['unplaced']): SchedulableAction[] {
  let list = candidates;
  for (;;) {
    const ids = new Set(list.map((c) => c.id));
    const orphans = list.filter((c) => c.relativeTo && !ids.has(c.relativeTo.id));
    if (orphans.length === 0) return list;
    for (const o of orphans) unplaced.set(o.id, 'unknown-anchor');
    list = list.filter((c) => !orphans.includes(c));
  }
}

/**
 * The stored dates of associated actions that no longer match where `schedule` puts them (their
 * anchor moved): the writes that keep `startDate`/`deadline` — which lists sort by and the
 * overdue check reads — in step with `relativeTo`.
 */
export function staleDates(
  actions: readonly KeyAction[],
  resolved: Resolved,
): { id: string; startDate: string; deadline: string }[] {
  return actions.flatMap((a) => {
    const at = resolved.dates.get(a.id);
    if (!a.relativeTo || !at) return [];
    if (a.startDate === at.start && a.deadline === at.end) return [];
    return [{ id: a.id, startDate: at.start, deadline: at.end }];
  });
}
