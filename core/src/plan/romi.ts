import { romi } from '../engine/economics.ts';
import type { KeyAction } from '../model/key-action.ts';
import type { Revenue } from '../model/revenue.ts';

/**
 * Return on marketing investment, expected and realised, for actions and levers. Expected: the
 * revenue actions expect against what they plan to cost. Realised: the revenue recorded as won
 * (the `revenues` table) against what was actually spent. Every ratio is core's `romi`, with the
 * plan's gross margin when it has one; undefined where nothing was spent (no answer for zero).
 */

/** Sums in cents, and the ratio when `spend` is not zero. */
export type RomiFigures = { revenue: number; spend: number; romi?: number };

export type ActionReturn = {
  actionId: string;
  /**
   * The event this action prepares or follows up (the root of its `relativeTo` chain): its money
   * counts toward that action's ROMI, and it has none of its own.
   */
  countsToward?: string;
  /** For an action that others count toward: itself and those actions (itself first). */
  members: string[];
  /** Expected revenue against planned cost; cancelled actions count for nothing. */
  expected?: RomiFigures;
  /** Revenue recorded for these actions against their actual cost. */
  realised?: RomiFigures;
};

export function romiFigures(revenue: number, spend: number, grossMargin?: number): RomiFigures {
  if (spend === 0) return { revenue, spend };
  return {
    revenue,
    spend,
    romi: romi(grossMargin === undefined ? { revenue, spend } : { revenue, spend, grossMargin }),
  };
}

/**
 * The action each action counts toward: itself, or the last action reached by following
 * `relativeTo` (invitations → webinar; a reminder placed after the invitations → the webinar).
 * An anchor missing from `actions` ends the chain where it breaks; a cycle leaves each of its
 * actions counting for itself.
 */
export function countsToward(actions: readonly KeyAction[]): Map<string, string> {
  const byId = new Map(actions.map((a) => [a.id, a]));
  const root = new Map<string, string>();
  for (const action of actions) {
    const seen = new Set([action.id]);
    let current = action;
    for (;;) {
      const next = current.relativeTo && byId.get(current.relativeTo.actionId);
      if (!next) break;
      if (seen.has(next.id)) {
        current = action;
        break;
      }
      seen.add(next.id);
      current = next;
    }
    root.set(action.id, current.id);
  }
  return root;
}

/**
 * Every action's ROMI, in input order. An associated action (placed relative to another one) has
 * no ROMI of its own: its cost and any revenue recorded against it count toward its event's.
 * `upTo` leaves out revenue recorded after that day.
 */
export function actionReturns(
  actions: readonly KeyAction[],
  revenues: readonly Revenue[],
  grossMargin?: number,
  upTo?: string,
): ActionReturn[] {
  const roots = countsToward(actions);
  const won = new Map<string, number>();
  for (const r of revenues) {
    if (r.actionId === undefined || (upTo !== undefined && r.date > upTo)) continue;
    won.set(r.actionId, (won.get(r.actionId) ?? 0) + r.amount);
  }
  const members = new Map<string, KeyAction[]>();
  for (const action of actions) {
    const root = roots.get(action.id) ?? action.id;
    members.set(root, [...(members.get(root) ?? []), action]);
  }
  return actions.map((action): ActionReturn => {
    const root = roots.get(action.id) ?? action.id;
    if (root !== action.id) return { actionId: action.id, countsToward: root, members: [] };
    const group = members.get(action.id) ?? [action];
    const live = group.filter((a) => a.status !== 'cancelled');
    return {
      actionId: action.id,
      members: group.map((a) => a.id),
      expected: romiFigures(
        sum(live, (a) => a.expectedRevenue),
        sum(live, (a) => a.plannedCost),
        grossMargin,
      ),
      realised: romiFigures(
        sum(group, (a) => won.get(a.id) ?? 0),
        sum(group, (a) => a.actualCost),
        grossMargin,
      ),
    };
  });
}

export type LeverReturn = {
  leverId: string;
  /** The lever's live actions: expected revenue against planned cost. */
  expected: RomiFigures;
  /**
   * Revenue recorded for the lever up to `upTo`, against the actual cost of its actions begun by
   * then (an action's spend carries no date: what it has cost so far is counted once it starts).
   */
  realised: RomiFigures;
};

/** Each lever's ROMI, expected and realised, in the order of `leverIds`. */
export function leverReturns(
  leverIds: readonly string[],
  actions: readonly KeyAction[],
  revenues: readonly Revenue[],
  grossMargin?: number,
  upTo?: string,
): LeverReturn[] {
  return leverIds.map((leverId) => {
    const own = actions.filter((a) => a.leverId === leverId);
    const live = own.filter((a) => a.status !== 'cancelled');
    const begun = own.filter((a) => upTo === undefined || (a.startDate ?? a.deadline ?? '') <= upTo);
    const won = revenues.filter((r) => r.leverId === leverId && (upTo === undefined || r.date <= upTo));
    return {
      leverId,
      expected: romiFigures(
        sum(live, (a) => a.expectedRevenue),
        sum(live, (a) => a.plannedCost),
        grossMargin,
      ),
      realised: romiFigures(
        sum(won, (r) => r.amount),
        sum(begun, (a) => a.actualCost),
        grossMargin,
      ),
    };
  });
}

export function sum<T>(list: readonly T[], cents: (item: T) => number): number {
  return list.reduce((total, item) => total + cents(item), 0);
}
