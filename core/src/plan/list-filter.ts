import { addDays } from '../dates.ts';
import type { BudgetLine } from '../model/budget-line.ts';
import type { ActionStatus, KeyAction } from '../model/key-action.ts';
import type { Lever, LeverDecision } from '../model/lever.ts';
import type { Objective } from '../model/objective.ts';
import type { Revenue } from '../model/revenue.ts';

/**
 * What the long lists keep (actions, the levers board, the budget): one search that reads words
 * in any order, case and accents aside, and the filters each list offers. The screens keep the
 * filter in their address; these say which records it keeps.
 */

/** Case and accents aside: "echeance" finds "Échéance". */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

/** The words of a search, folded; a blank search has none and keeps everything. */
export const searchWords = (query: string): string[] => foldText(query).split(/\s+/).filter(Boolean);

/** Every word is found somewhere in `texts` (not necessarily in the same one). */
export function matchesWords(words: readonly string[], texts: readonly (string | undefined)[]): boolean {
  if (words.length === 0) return true;
  const haystack = foldText(texts.filter((t) => t !== undefined).join('\n'));
  return words.every((w) => haystack.includes(w));
}

/** When an action is due, as the list filters it. */
export const dueFilters = ['overdue', 'week', 'month', 'undated'] as const;
export type DueFilter = (typeof dueFilters)[number];

export type ActionFilter = {
  q: string;
  owner: string;
  status: ActionStatus | '';
  lever: string;
  due: DueFilter | '';
};

/**
 * The actions a filter keeps. `due` gives an action's date (its deadline, or the end its anchor
 * gives it); the search looks in the title, the description, the owner and the steps.
 */
export function filterActions(
  actions: readonly KeyAction[],
  filter: ActionFilter,
  due: (action: KeyAction) => string | undefined,
  today: string,
): KeyAction[] {
  const words = searchWords(filter.q);
  const weekEnd = addDays(today, 6);
  const monthEnd = addDays(today, 30);
  return actions.filter((a) => {
    if (filter.owner && a.owner.trim() !== filter.owner) return false;
    if (filter.status && a.status !== filter.status) return false;
    if (filter.lever && a.leverId !== filter.lever) return false;
    if (filter.due) {
      const date = due(a);
      const open = a.status === 'todo' || a.status === 'doing';
      if (filter.due === 'undated' ? date !== undefined : date === undefined) return false;
      if (filter.due === 'overdue' && !(open && date !== undefined && date < today)) return false;
      if (filter.due === 'week' && !(date !== undefined && date >= today && date <= weekEnd)) return false;
      if (filter.due === 'month' && !(date !== undefined && date >= today && date <= monthEnd)) return false;
    }
    return matchesWords(words, [a.title, a.description, a.owner, ...a.steps.map((s) => s.label)]);
  });
}

export type LeverFilter = {
  q: string;
  /** An objective the lever serves. */
  objective: string;
  /** The board's column. */
  decision: LeverDecision | '';
  /** Someone owning one of the lever's actions. */
  owner: string;
};

type PlanLists = {
  objectives: readonly Objective[];
  levers: readonly Lever[];
  actions: readonly KeyAction[];
};

/** The objectives' titles a lever serves: a search for an objective finds its levers. */
const servedTitles = (lever: Lever, objectives: readonly Objective[]) =>
  objectives.filter((o) => lever.objectiveIds.includes(o.id)).map((o) => o.title);

/**
 * The levers a filter keeps, in the plan's order. The search looks in the name, the verdict on
 * the last period, the target's metric and the titles of the objectives served.
 */
export function filterLevers(plan: PlanLists, filter: LeverFilter): Lever[] {
  const words = searchWords(filter.q);
  return plan.levers.filter((l) => {
    if (filter.decision && l.decision !== filter.decision) return false;
    if (filter.objective && !l.objectiveIds.includes(filter.objective)) return false;
    if (filter.owner && !plan.actions.some((a) => a.leverId === l.id && a.owner.trim() === filter.owner))
      return false;
    return matchesWords(words, [
      l.name,
      l.lastPeriod.verdict,
      l.target?.metric,
      ...servedTitles(l, plan.objectives),
    ]);
  });
}

export type BudgetFilter = {
  q: string;
  objective: string;
  lever: string;
};

export type BudgetView = { levers: Lever[]; lines: BudgetLine[]; actions: KeyAction[]; revenues: Revenue[] };

/**
 * What the budget screen shows under a filter. A lever is in an objective when it serves it; a
 * line when it funds it (a line funding no objective, when its lever serves it); an action and a
 * revenue through their lever. The search finds a record by its own words or its lever's name, so
 * that searching a lever shows all its money.
 */
export function filterBudget(
  plan: PlanLists & { budgetLines: readonly BudgetLine[]; revenues: readonly Revenue[] },
  filter: BudgetFilter,
): BudgetView {
  const words = searchWords(filter.q);
  const levers = new Map(plan.levers.map((l) => [l.id, l]));
  const titles = new Map(plan.objectives.map((o) => [o.id, o.title]));
  const actions = new Map(plan.actions.map((a) => [a.id, a.title]));
  const serves = (leverId: string | undefined) =>
    leverId !== undefined && (levers.get(leverId)?.objectiveIds.includes(filter.objective) ?? false);
  const view: BudgetView = {
    levers: plan.levers.filter(
      (l) =>
        (!filter.lever || l.id === filter.lever) &&
        (!filter.objective || l.objectiveIds.includes(filter.objective)) &&
        matchesWords(words, [l.name, ...servedTitles(l, plan.objectives)]),
    ),
    lines: plan.budgetLines.filter(
      (line) =>
        (!filter.lever || line.leverId === filter.lever) &&
        (!filter.objective ||
          (line.objectiveId === undefined ? serves(line.leverId) : line.objectiveId === filter.objective)) &&
        matchesWords(words, [
          line.label,
          line.leverId && levers.get(line.leverId)?.name,
          titles.get(line.objectiveId ?? ''),
        ]),
    ),
    actions: plan.actions.filter(
      (a) =>
        (!filter.lever || a.leverId === filter.lever) &&
        (!filter.objective || serves(a.leverId)) &&
        matchesWords(words, [a.title, a.owner, levers.get(a.leverId)?.name]),
    ),
    revenues: plan.revenues.filter(
      (r) =>
        (!filter.lever || r.leverId === filter.lever) &&
        (!filter.objective || serves(r.leverId)) &&
        matchesWords(words, [r.note, levers.get(r.leverId)?.name, actions.get(r.actionId ?? '')]),
    ),
  };
  return view;
}
