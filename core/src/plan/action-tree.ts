import { prioritize } from '../engine/prioritize.ts';
import type { KeyAction } from '../model/key-action.ts';
import type { Lever } from '../model/lever.ts';
import type { Objective } from '../model/objective.ts';

export type LeverBranch = {
  /** Undefined for actions whose lever is gone (deleted on another device). */
  lever: Lever | undefined;
  /** The other objectives the lever serves, beyond the one it is filed under. */
  alsoServes: Objective[];
  actions: KeyAction[];
};
export type ObjectiveBranch = { objective: Objective | undefined; levers: LeverBranch[] };

const isOpen = (a: KeyAction) => a.status === 'todo' || a.status === 'doing';

/**
 * The order of work: open actions as core's `prioritize` ranks them, then the done and the
 * cancelled ones (nothing left to decide about them), each in stored order.
 */
export function priorityOrder(actions: readonly KeyAction[], today: string): string[] {
  const open = prioritize(actions.filter(isOpen), today);
  const closed = actions
    .filter((a) => !isOpen(a))
    .sort((a, b) => Number(a.status === 'cancelled') - Number(b.status === 'cancelled'));
  return [...open, ...closed.map((a) => a.id)];
}

/**
 * Objective → lever → action, so every action shows why it exists. A lever serving several
 * objectives is filed under the first one it lists that still exists (showing it under each would
 * repeat every action), with the others named on it; levers serving none come last, under no
 * objective. Objectives and levers keep the plan's order, actions follow `order`.
 * With `keepEmpty`, levers without actions stay (to add actions to them); a filtered view drops them.
 */
export function actionTree(
  plan: { objectives: readonly Objective[]; levers: readonly Lever[]; actions: readonly KeyAction[] },
  order: readonly string[],
  keepEmpty: boolean,
): ObjectiveBranch[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const byRank = (a: KeyAction, b: KeyAction) =>
    (rank.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.id) ?? Number.MAX_SAFE_INTEGER);
  const objectives = new Map(plan.objectives.map((o) => [o.id, o]));
  const leverIds = new Set(plan.levers.map((l) => l.id));

  const branches = new Map<string | undefined, LeverBranch[]>();
  const file = (objectiveId: string | undefined, branch: LeverBranch) => {
    if (!keepEmpty && branch.actions.length === 0) return;
    branches.set(objectiveId, [...(branches.get(objectiveId) ?? []), branch]);
  };
  for (const lever of plan.levers) {
    const served = lever.objectiveIds.flatMap((id) => objectives.get(id) ?? []);
    const actions = plan.actions.filter((a) => a.leverId === lever.id).sort(byRank);
    file(served[0]?.id, { lever, alsoServes: served.slice(1), actions });
  }
  const orphans = plan.actions.filter((a) => !leverIds.has(a.leverId)).sort(byRank);
  if (orphans.length > 0) file(undefined, { lever: undefined, alsoServes: [], actions: orphans });

  const tree: ObjectiveBranch[] = plan.objectives
    .filter((o) => branches.has(o.id))
    .map((o) => ({ objective: o, levers: branches.get(o.id) ?? [] }));
  const unfiled = branches.get(undefined);
  if (unfiled) tree.push({ objective: undefined, levers: unfiled });
  return tree;
}

/**
 * The distinct owners named on actions, sorted for a filter menu in `locale`. Blank owners are
 * left out, or given as '' ("no owner") at the end with `withBlank`, for a filter that must reach
 * the unassigned actions too.
 */
export function ownersOf(
  actions: readonly KeyAction[],
  locale: string,
  { withBlank = false }: { withBlank?: boolean } = {},
): string[] {
  const all = new Set(actions.map((a) => a.owner.trim()));
  const named = [...all].filter((o) => o !== '').sort((a, b) => a.localeCompare(b, locale));
  return withBlank && all.has('') ? [...named, ''] : named;
}
