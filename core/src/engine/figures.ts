import { nonFigureSpans, type Span } from './figure-spans.ts';
import { type FoundMetric, findMetrics } from './metric.ts';

/**
 * The figures worth offering from a text, out of every number `findMetrics` reads in it: years,
 * dates, times, phone numbers, addresses, references ("n° 1", "page 12", "ISO 9001"), footnote
 * marks, list numbers and shares in words ("1 sur 3") are not offered. `findMetrics` and
 * `parseMetric` stay what they are (every number; the first number): typed into a KPI field,
 * "2026" is a value, and only the surrounding text tells a year from a figure.
 *
 * `label` is the table labels of a cell ("SEA · Budget moyen"): a cell that holds a lone number
 * is a value (a "2040" under "Leads"), unless its labels say it is a year or a date.
 */
export function findFigures(text: string, locale: string, options: { label?: string } = {}): FoundMetric[] {
  if (typeof text !== 'string') return [];
  // Superscript digits are footnote marks or exponents: never part of a figure, and gluing them
  // to one ("12 %¹") must not hide it. Same length, so offsets stay those of `text`.
  const plain = text.replace(SUPERSCRIPTS, ' ');
  const spans = nonFigureSpans(plain);
  const whole = options.label !== undefined && !YEARISH_LABEL.test(options.label);
  const offered: FoundMetric[] = [];
  let previousEnd = -1;
  for (const found of findMetrics(plain, locale)) {
    const end = found.index + found.text.length;
    // A number glued to the figure before it is a footnote mark: "12 500 €2", "40 %3".
    const glued = found.index === previousEnd;
    previousEnd = end;
    if (glued || overlaps(spans, found.index, end)) continue;
    const lone = plain.trim() === found.text;
    if (isYear(found, plain) && !(whole && lone)) continue;
    offered.push({ ...found, text: text.slice(found.index, end) });
  }
  return offered;
}

const SUPERSCRIPTS = /[\u00b9\u00b2\u00b3\u2070-\u2079]/g;
const YEARISH_LABEL = /\b(?:année|annee|an|year|yr|fy|exercice|date|jour|day|mois|month|période|period)\b/i;

// Words before a bare 4-digit number that make it a count, not a year: "plus de 2000 clients".
const COUNT_BEFORE =
  /(?:plus de|moins de|près de|pres de|environ|quelque|quelques|jusqu'à|over|under|more than|less than|fewer than|nearly|almost|about|around|approximately|some|~|≈)\s*$/i;

/**
 * A year: a plain four-digit number (no sign, separator, unit or suffix) from 1900 to 2100.
 * "2 026" or "2,026" is a count; so is one after "plus de", "over"… A French count written
 * without a space ("2000 entreprises") reads as a year: write "2 000".
 */
function isYear(found: FoundMetric, text: string): boolean {
  if (found.kind !== 'number' || !/^\d{4}$/.test(found.text)) return false;
  if (found.value < 1900 || found.value > 2100) return false;
  return !COUNT_BEFORE.test(text.slice(Math.max(0, found.index - 20), found.index));
}

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => span.start < end && start < span.end);
}
