import { type ExtractedFigure, findMetrics, limits } from '@jalon/core';
import type { Segment } from '../protocol.ts';

/**
 * Every number of the selection, read with the conventions of `locale`: "12,5 %" on a French page
 * is 12.5 percent, "1,234" on an English one is 1234. A table cell's headers become the label.
 */
export function figuresFrom(segments: readonly Segment[], locale: string): ExtractedFigure[] {
  const figures: ExtractedFigure[] = [];
  for (const segment of segments) {
    for (const found of findMetrics(segment.text, locale)) {
      figures.push({
        value: found.value,
        kind: found.kind,
        ...(found.currency ? { currency: found.currency } : {}),
        text: found.text.slice(0, limits.shortText),
        ...(segment.label ? { label: segment.label } : {}),
      });
      if (figures.length >= limits.list) return figures;
    }
  }
  return figures;
}

/**
 * The page's language when core can read numbers in it, else the user's: a page may declare
 * `lang="x-klingon"` or nothing at all.
 */
export function figureLocale(pageLanguage: string | undefined, userLocale: string): string {
  for (const candidate of [pageLanguage, userLocale]) {
    if (!candidate) continue;
    try {
      findMetrics('1', candidate);
      return candidate;
    } catch {
      // not a locale Intl knows: try the next one
    }
  }
  return 'en';
}
