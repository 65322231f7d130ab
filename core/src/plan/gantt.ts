import { addDays, daysBetween, isIsoDate } from '../dates.ts';
import { PlanError } from '../errors.ts';
import type { KeyAction } from '../model/key-action.ts';
import type { KeyDate } from '../model/key-date.ts';
import type { Lever } from '../model/lever.ts';
import { type Resolved, resolveSchedule } from './schedule-actions.ts';

/**
 * The timeline as a Gantt chart: where each action's bar sits across a date range, in lanes by
 * lever or by owner, associated actions right under their anchor; key dates and today as lines.
 * Positions are fractions of the range's width (0 = its first day's start, 1 = its last day's end),
 * so a view draws them in percent at any size.
 */

export type GanttLaneBy = 'lever' | 'owner';

export type GanttInput = {
  actions: readonly KeyAction[];
  /** In the order lanes by lever should follow. */
  levers: readonly Pick<Lever, 'id'>[];
  keyDates: readonly Pick<KeyDate, 'id' | 'date'>[];
  range: { start: string; end: string };
  laneBy: GanttLaneBy;
  today: string;
  /** To sort owners' lanes; the last lane gathers actions with no owner. */
  locale: string;
  /** From `resolveSchedule(actions)`, when the caller has it already. */
  resolved?: Resolved;
};

export type GanttBar = {
  actionId: string;
  /** Where `schedule` places the action (not cut to the range). */
  start: string;
  end: string;
  left: number;
  width: number;
  /** The action runs on before the range starts, or after it ends. */
  cutStart: boolean;
  cutEnd: boolean;
  /** 0 for an action on its own; 1 for one hanging under its anchor in the same lane, and so on. */
  depth: number;
  /** For an associated action: its anchor, and where it hangs from (its key date, else the anchor's start). */
  anchorId?: string;
  hangAt?: number;
  /** The bar lies in the right half: its label reads leftwards from its end, so it stays in view. */
  labelEnd: boolean;
};

export type GanttLane = {
  /** The lever's id, or the owner's name; '' for actions with no (existing) lever or no owner. */
  key: string;
  bars: GanttBar[];
};

export type GanttTick = { date: string; at: number };

export type GanttLayout = {
  days: number;
  lanes: GanttLane[];
  keyDates: { id: string; date: string; at: number }[];
  /** Today's middle, when today is in the range. */
  today?: number;
  /** First days of months (weeks' Mondays for a range of six weeks or less) in the range. */
  ticks: GanttTick[];
  /** Dated actions that fall outside the range, and actions `schedule` could not place. */
  outside: number;
  unplaced: number;
};

/** Up to this many days, the scale marks weeks rather than months. */
const WEEK_TICKS_MAX_DAYS = 42;

export function ganttLayout(input: GanttInput): GanttLayout {
  const { range } = input;
  if (!isIsoDate(range.start)) throw new PlanError('invalid-date', 'range.start', range.start);
  if (!isIsoDate(range.end)) throw new PlanError('invalid-date', 'range.end', range.end);
  const days = daysBetween(range.start, range.end) + 1;
  if (days < 1) throw new PlanError('invalid-range', 'range.end', range.end);
  const at = (date: string) => daysBetween(range.start, date) / days;
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  const resolved = input.resolved ?? resolveSchedule(input.actions);
  const keyDateAt = new Map(input.keyDates.map((k) => [k.id, k.date]));
  const byId = new Map(input.actions.map((a) => [a.id, a]));

  const shown = input.actions.filter((a) => {
    const when = resolved.dates.get(a.id);
    return when !== undefined && when.end >= range.start && when.start <= range.end;
  });
  const placed = input.actions.filter((a) => resolved.dates.has(a.id)).length;

  const leverIds = new Set(input.levers.map((l) => l.id));
  const laneOf = (a: KeyAction) =>
    input.laneBy === 'lever' ? (leverIds.has(a.leverId) ? a.leverId : '') : a.owner.trim();
  const laneKeys =
    input.laneBy === 'lever'
      ? [...input.levers.map((l) => l.id), '']
      : [...new Set(shown.map(laneOf).filter((k) => k !== ''))]
          .sort((a, b) => a.localeCompare(b, input.locale))
          .concat('');

  const startOf = (a: KeyAction) => resolved.dates.get(a.id)?.start ?? '';
  const byStart = (a: KeyAction, b: KeyAction) =>
    startOf(a) < startOf(b) ? -1 : startOf(a) > startOf(b) ? 1 : a.title.localeCompare(b.title, input.locale);

  const bar = (a: KeyAction, depth: number): GanttBar => {
    const when = resolved.dates.get(a.id) as { start: string; end: string };
    const left = clamp(at(when.start));
    const right = clamp(at(addDays(when.end, 1)));
    const anchor = a.relativeTo ? byId.get(a.relativeTo.actionId) : undefined;
    const hangDate =
      keyDateAt.get(a.keyDateId ?? '') ??
      keyDateAt.get(anchor?.keyDateId ?? '') ??
      (anchor ? resolved.dates.get(anchor.id)?.start : undefined);
    return {
      actionId: a.id,
      start: when.start,
      end: when.end,
      left,
      width: right - left,
      cutStart: when.start < range.start,
      cutEnd: when.end > range.end,
      depth,
      ...(anchor ? { anchorId: anchor.id } : {}),
      ...(anchor && hangDate ? { hangAt: clamp(at(hangDate)) } : {}),
      labelEnd: left + (right - left) / 2 > 0.5,
    };
  };

  const lanes: GanttLane[] = [];
  for (const key of laneKeys) {
    const members = shown.filter((a) => laneOf(a) === key).sort(byStart);
    if (members.length === 0) continue;
    const inLane = new Set(members.map((a) => a.id));
    const children = new Map<string, KeyAction[]>();
    const roots: KeyAction[] = [];
    for (const a of members) {
      const anchorId = a.relativeTo?.actionId;
      if (anchorId && inLane.has(anchorId) && anchorId !== a.id) {
        children.set(anchorId, [...(children.get(anchorId) ?? []), a]);
      } else roots.push(a);
    }
    const bars: GanttBar[] = [];
    // Depth first, with an explicit stack; `seen` guards against a cycle `schedule` let through.
    const seen = new Set<string>();
    for (const root of roots) {
      const stack: [KeyAction, number][] = [[root, 0]];
      while (stack.length > 0) {
        const [a, depth] = stack.pop() as [KeyAction, number];
        if (seen.has(a.id)) continue;
        seen.add(a.id);
        bars.push(bar(a, depth));
        const kids = children.get(a.id) ?? [];
        for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i] as KeyAction, depth + 1]);
      }
    }
    lanes.push({ key, bars });
  }

  const keyDates = input.keyDates
    .filter((k) => k.date >= range.start && k.date <= range.end)
    .map((k) => ({ id: k.id, date: k.date, at: at(k.date) }))
    .sort((a, b) => a.at - b.at);
  const ticks = days <= WEEK_TICKS_MAX_DAYS ? mondays(range) : monthStarts(range);
  return {
    days,
    lanes,
    keyDates,
    ...(input.today >= range.start && input.today <= range.end
      ? { today: (daysBetween(range.start, input.today) + 0.5) / days }
      : {}),
    ticks: ticks.map((date) => ({ date, at: at(date) })),
    outside: placed - shown.length,
    unplaced: input.actions.length - placed,
  };
}

function monthStarts(range: { start: string; end: string }): string[] {
  const out: string[] = [];
  let year = Number(range.start.slice(0, 4));
  let month = Number(range.start.slice(5, 7));
  if (range.start.slice(8) !== '01') month += 1;
  for (;;) {
    if (month > 12) {
      month = 1;
      year += 1;
    }
    const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    if (first > range.end) return out;
    out.push(first);
    month += 1;
  }
}

function mondays(range: { start: string; end: string }): string[] {
  // 1970-01-05 was a Monday.
  const offset = (((daysBetween('1970-01-05', range.start) % 7) + 7) % 7) as number;
  const out: string[] = [];
  for (let d = addDays(range.start, offset === 0 ? 0 : 7 - offset); d <= range.end; d = addDays(d, 7))
    out.push(d);
  return out;
}
