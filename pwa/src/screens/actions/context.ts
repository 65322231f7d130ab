import type { KeyAction, Resolved } from '@jalon/core';
import type { LoadedPlan } from '../../ui/plan-data.tsx';

/** What every action row needs besides its action, computed once per render of the screen. */
export type ActionsContext = {
  data: LoadedPlan;
  resolved: Resolved;
  /** Action id → title, to name anchors. */
  titles: ReadonlyMap<string, string>;
  /** Action id → rank in the order of work (1 = first). */
  rank: ReadonlyMap<string, number>;
  /** Actions placed relative to each action. */
  associated: ReadonlyMap<string, KeyAction[]>;
};

export function associatedByAnchor(actions: readonly KeyAction[]): Map<string, KeyAction[]> {
  const map = new Map<string, KeyAction[]>();
  for (const a of actions) {
    if (!a.relativeTo) continue;
    map.set(a.relativeTo.actionId, [...(map.get(a.relativeTo.actionId) ?? []), a]);
  }
  return map;
}
