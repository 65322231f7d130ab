import type { IdeaSummary } from '../protocol.ts';

/** Case- and accent-insensitive, so that "evenement" finds "Événement". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Every word of the query appears in the idea's text, page title, site or tags. */
export function matches(idea: IdeaSummary, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const haystack = fold([idea.text, idea.pageTitle, idea.site, ...idea.tags].join(' '));
  return words.every((word) => haystack.includes(word));
}
