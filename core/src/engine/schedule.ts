import { fromDayNumber, isIsoDate, toDayNumber } from '../dates.ts';
import { PlanError } from '../errors.ts';

/**
 * An action on the timeline: either dated, or placed relative to another action (an invitation
 * 14 days before a webinar, a follow-up the day after). Optional fields accept `undefined` as well
 * as absence so that stored actions can be passed as is.
 */
export type SchedulableAction = {
  id: string;
  date?: string | undefined;
  durationDays?: number | undefined;
  relativeTo?: { id: string; offsetDays: number } | undefined;
};

export type ScheduledAction = { id: string; start: string; end: string };

/** Beyond ±10^8 days `Date` cannot represent the day at all. */
const DATE_LIMIT_DAYS = 100_000_000;
/** Ids quoted in a cycle error before it is cut short (a cycle may hold thousands of actions). */
const CYCLE_IDS_SHOWN = 10;

/** Placement of one action once checked: a fixed day, or the index of its anchor plus an offset. */
type Placement = { kind: 'date'; day: number } | { kind: 'relative'; anchor: number; offset: number };

/**
 * Resolves every action to its inclusive `[start, end]` days, in input order.
 * - `relativeTo` wins over `date` when both are set: an associated action follows its anchor, and a
 *   stored date is then only a stale copy.
 * - An action with neither throws `invalid-date` on `actions[i].date`: it cannot be placed, and
 *   guessing "today" would hide a data error.
 * - `durationDays` defaults to 1 and must be a positive integer; `offsetDays` must be an integer
 *   (negative means before the anchor).
 * - Anchors are resolved with an explicit stack, never recursion, so a chain of any length fits.
 */
export function schedule(actions: readonly SchedulableAction[]): ScheduledAction[] {
  const indexById = new Map<string, number>();
  actions.forEach((action, i) => {
    if (indexById.has(action.id)) throw new PlanError('duplicate-id', `actions[${i}].id`, action.id);
    indexById.set(action.id, i);
  });
  const placements = actions.map((action, i) => place(action, i, indexById));
  const durations = actions.map((action, i) => duration(action.durationDays, `actions[${i}].durationDays`));
  const starts = resolveStarts(actions, placements);
  return actions.map((action, i) => {
    const start = starts[i] as number;
    const end = start + (durations[i] as number) - 1;
    return {
      id: action.id,
      start: dayToDate(start, placementField(placements[i], i)),
      end: dayToDate(end, `actions[${i}].durationDays`),
    };
  });
}

function place(action: SchedulableAction, i: number, indexById: ReadonlyMap<string, number>): Placement {
  const field = `actions[${i}]`;
  if (action.relativeTo !== undefined) {
    const { id, offsetDays } = action.relativeTo;
    if (!Number.isSafeInteger(offsetDays)) {
      throw new PlanError('invalid-number', `${field}.relativeTo.offsetDays`, `${offsetDays}`);
    }
    const anchor = indexById.get(id);
    if (anchor === undefined) throw new PlanError('unknown-anchor', `${field}.relativeTo.id`, id);
    return { kind: 'relative', anchor, offset: offsetDays };
  }
  if (action.date === undefined) {
    throw new PlanError('invalid-date', `${field}.date`, 'neither date nor relativeTo is set');
  }
  return { kind: 'date', day: toDayNumber(action.date, `${field}.date`) };
}

function duration(value: number | undefined, field: string): number {
  if (value === undefined) return 1;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new PlanError('invalid-number', field, `${value} is not a positive integer`);
  }
  return value;
}

const NEW = 0;
const ON_PATH = 1;
const DONE = 2;

/**
 * Start day of every action. From each unresolved action, walk anchor links until a resolved or
 * dated action, then unwind the walked path; meeting an action already on the path is a cycle.
 * Each action is walked once, so the whole is linear in the number of actions.
 */
function resolveStarts(actions: readonly SchedulableAction[], placements: readonly Placement[]): number[] {
  const starts = new Array<number>(actions.length);
  const state = new Uint8Array(actions.length);
  for (let i = 0; i < actions.length; i++) {
    const path: number[] = [];
    let current = i;
    let cycle = false;
    while (state[current] === NEW) {
      state[current] = ON_PATH;
      path.push(current);
      const p = placements[current] as Placement;
      if (p.kind === 'date') break;
      current = p.anchor;
      if (state[current] === ON_PATH) cycle = true;
    }
    if (cycle) throw cycleError(actions, path.slice(path.indexOf(current)));
    for (let k = path.length - 1; k >= 0; k--) {
      const at = path[k] as number;
      const p = placements[at] as Placement;
      const start = p.kind === 'date' ? p.day : (starts[p.anchor] as number) + p.offset;
      // Checked at every link, so a long chain of large offsets stops before leaving `Date`'s range.
      dayToDate(start, placementField(p, at));
      starts[at] = start;
      state[at] = DONE;
    }
  }
  return starts;
}

/** Names the cycle member that comes first in the input, so the error does not depend on where the walk began. */
function cycleError(actions: readonly SchedulableAction[], members: readonly number[]): PlanError {
  const from = members.reduce((best, m, k) => (m < (members[best] as number) ? k : best), 0);
  const ordered = [...members.slice(from), ...members.slice(0, from)];
  const first = ordered[0] as number;
  const shown = ordered.slice(0, CYCLE_IDS_SHOWN).map((m) => actions[m]?.id);
  const tail = ordered.length > CYCLE_IDS_SHOWN ? '…' : actions[first]?.id;
  return new PlanError('schedule-cycle', `actions[${first}].relativeTo.id`, [...shown, tail].join(' → '));
}

function placementField(p: Placement | undefined, i: number): string {
  return p?.kind === 'relative' ? `actions[${i}].relativeTo.offsetDays` : `actions[${i}].date`;
}

/** The ISO date of a day number, or `invalid-range` when it falls outside the dates core accepts. */
function dayToDate(day: number, field: string): string {
  const date = Math.abs(day) <= DATE_LIMIT_DAYS ? fromDayNumber(day) : '';
  if (!isIsoDate(date)) throw new PlanError('invalid-range', field, `day ${day} is outside the calendar`);
  return date;
}
