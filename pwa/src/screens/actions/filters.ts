import { type ActionStatus, actionStatusSchema, addDays, type KeyAction } from '@jalon/core';

/** When an action is due, as the list filters it. */
export const dueFilters = ['overdue', 'week', 'month', 'undated'] as const;
export type DueFilter = (typeof dueFilters)[number];

/** The list's filter, kept in the address (`?q=&owner=&status=&lever=&due=`): a link or a reload keeps it. */
export interface ActionFilter {
  q: string;
  owner: string;
  status: ActionStatus | '';
  lever: string;
  due: DueFilter | '';
}

const keys = ['q', 'owner', 'status', 'lever', 'due'] as const;
/** Longer text in the address is cut: a search is a few words. */
const MAX = 200;

/** The filter an address asks for; anything unknown is dropped, not trusted. */
export function filterFromQuery(query: URLSearchParams): ActionFilter {
  const text = (key: string) => (query.get(key) ?? '').slice(0, MAX);
  const status = actionStatusSchema.safeParse(query.get('status'));
  const due = query.get('due');
  return {
    q: text('q'),
    owner: text('owner').trim(),
    status: status.success ? status.data : '',
    lever: text('lever'),
    due: dueFilters.find((d) => d === due) ?? '',
  };
}

/** The address's query for a filter, other parameters of `query` (the view…) kept. */
export function filterToQuery(filter: ActionFilter, query = new URLSearchParams()): string {
  const next = new URLSearchParams(query);
  for (const key of keys) {
    const value = filter[key].trim();
    if (value) next.set(key, value);
    else next.delete(key);
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}

export const isFiltered = (filter: ActionFilter) => keys.some((key) => filter[key].trim() !== '');

/** Case and accents aside: "echeance" finds "Échéance". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

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
  const words = fold(filter.q).split(/\s+/).filter(Boolean);
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
    if (words.length === 0) return true;
    const haystack = fold([a.title, a.description, a.owner, ...a.steps.map((s) => s.label)].join(' '));
    return words.every((w) => haystack.includes(w));
  });
}
