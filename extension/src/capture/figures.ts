import { type ExtractedFigure, findFigures, limits } from '@jalon/core';
import type { Segment } from '../protocol.ts';

/**
 * The figures of the selection, read with the conventions of `locale`: "12,5 %" on a French page
 * is 12.5 percent, "1,234" on an English one is 1234. Core's findFigures leaves out years, dates,
 * times, phone numbers, footnote marks and the like. A table cell's headers become the label.
 */
export function figuresFrom(segments: readonly Segment[], locale: string): ExtractedFigure[] {
  const figures: ExtractedFigure[] = [];
  for (const segment of segments) {
    const options = segment.label === undefined ? {} : { label: segment.label };
    for (const found of findFigures(segment.text, locale, options)) {
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
 * The page's language when core can read numbers in it (a tag `Intl` supports, the test core's
 * findMetrics makes), else the user's: a page may declare `lang="x-klingon"` or nothing at all.
 * Cheap: it does not build the locale's tables of symbols and suffixes.
 */
export function figureLocale(pageLanguage: string | undefined, userLocale: string): string {
  for (const candidate of [pageLanguage, userLocale]) {
    if (!candidate) continue;
    try {
      if (Intl.NumberFormat.supportedLocalesOf(candidate).length > 0) return candidate;
    } catch {
      // not a well-formed tag: try the next one
    }
  }
  return 'en';
}

/**
 * Reads a first figure in `locale`, so that core builds the locale's tables (currency symbols and
 * names, suffixes: tens of milliseconds of Intl calls the first time) before a capture needs them.
 * Called while the worker waits for the page, and at install.
 */
export function warmFigures(locale: string): void {
  try {
    findFigures('Le 1 mars 2026, 1 234,5 € (+2 %)', locale);
  } catch {
    // a locale core refuses: the capture will fall back to another one
  }
}
