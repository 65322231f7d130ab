import { navigate } from '../../shell/router.ts';

/**
 * A list's filter kept in the address (`?q=…&owner=…`): a reload, a link or Back brings the same
 * list back. Each key is free text or one of a few values; anything else in the address is dropped,
 * not trusted.
 */
export type FilterSpec<F extends Record<string, string>> = {
  readonly [K in keyof F]: 'text' | readonly Exclude<F[K], ''>[];
};

/** Longer text in the address is cut: a search is a few words. */
export const FILTER_MAX = 200;

export function filterFromQuery<F extends Record<string, string>>(
  spec: FilterSpec<F>,
  query: URLSearchParams,
): F {
  const filter: Record<string, string> = {};
  for (const [key, kind] of Object.entries(spec) as [string, FilterSpec<F>[keyof F]][]) {
    const raw = (query.get(key) ?? '').slice(0, FILTER_MAX);
    filter[key] = kind === 'text' ? raw : (kind as readonly string[]).includes(raw) ? raw : '';
  }
  return filter as F;
}

/**
 * The address's query for a filter, other parameters of `query` (the view…) kept. A search is
 * written as typed (its spaces too, or the next word could not be typed); a blank one is left out.
 */
export function filterToQuery<F extends Record<string, string>>(
  filter: F,
  query = new URLSearchParams(),
): string {
  const next = new URLSearchParams(query);
  for (const [key, value] of Object.entries(filter)) {
    if (value.trim()) next.set(key, value);
    else next.delete(key);
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}

export const isFiltered = (filter: Record<string, string>): boolean =>
  Object.values(filter).some((value) => value.trim() !== '');

/** The same keys, all blank: what "clear the filters" sets. */
export const blankFilter = <F extends Record<string, string>>(spec: FilterSpec<F>): F =>
  Object.fromEntries(Object.keys(spec).map((key) => [key, ''])) as F;

/**
 * The filter of the screen at `path`, read from its address, and how to change it: each change
 * replaces the address (no history entry per key press) and leaves the page where it is.
 */
export function useListFilter<F extends Record<string, string>>(
  path: string,
  query: URLSearchParams,
  spec: FilterSpec<F>,
): [F, (next: F) => void] {
  const filter = filterFromQuery(spec, query);
  const set = (next: F) =>
    navigate(`${path}${filterToQuery(next, query)}`, { replace: true, keepScroll: true });
  return [filter, set];
}
