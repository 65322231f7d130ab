/**
 * Stretches of text whose digits are not figures: dates, times, phone numbers, addresses, web
 * addresses, references ("n° 1", "page 12", "ISO 9001"), footnote marks, list numbers. Each rule
 * is a regular expression over the source text (French and English, any space incl. U+00A0 and
 * U+202F, which `\s` covers); `findFigures` drops every number that overlaps a span.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

const MONTHS_FR =
  'janvier|janv|février|fevrier|févr|fév|fevr|fev|mars|avril|avr|mai|juin|juillet|juil|août|aout|' +
  'septembre|sept|octobre|oct|novembre|nov|décembre|decembre|déc|dec';
const MONTHS_EN =
  'january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|' +
  'october|oct|november|nov|december|dec';
const MONTH = `(?:${MONTHS_FR}|${MONTHS_EN})\\.?`;
const WEEKDAY =
  '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|' +
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?';
// A day of the month, with its ordinal ending when there is one: "1er", "2nd", "21st".
const DAY = '\\d{1,2}(?:er|re|st|nd|rd|th)?';
const YEAR = '\\d{4}';
const TO = '(?:au|à|a|et|-|–|—|to|and|through|until)';
// Words that give the number after them a name, not a size: "n° 1", "page 12", "ISO 9001".
const REFERENCE_WORDS =
  'n°|nº|no\\.|n\\.|num\\.|numéro|number|#|réf\\.?|ref\\.?|référence|reference|id|code|lot|' +
  'étape|step|phase|page|p\\.|pp\\.|chapitre|chapter|section|partie|part|article|art\\.|annexe|appendix|' +
  'version|v\\.|saison|season|semaine|week|sprint|vague|wave|niveau|level|tome|vol\\.|épisode|' +
  'episode|édition|edition|slide|diapo|question|fig\\.|tableau|table|suite|bureau|bât\\.|bâtiment|' +
  'building|porte|gate|salle|room|stand|booth|hall|iso|rcs|siren|siret|isbn|issn|top|' +
  // Names of rankings and stock indexes: "Fortune 500", "CAC 40", "S&P 500".
  'fortune|inc\\.|cac|sbf|ftse|dax|nasdaq|s&p|stoxx|russell';
const STREET =
  'rue|avenue|av\\.|boulevard|bd|bld|place|pl\\.|allée|chemin|impasse|quai|route|square|voie|' +
  'street|st\\.|road|rd\\.|lane|ln\\.|drive|dr\\.|blvd|ct\\.|plaza';

// Each rule: the pattern and, for some, a check on the match (the whole pattern is the span).
type Rule = { pattern: RegExp; accept?: (match: RegExpExecArray, text: string) => boolean };

const rule = (source: string, flags = 'giu', accept?: Rule['accept']): Rule =>
  accept ? { pattern: new RegExp(source, flags), accept } : { pattern: new RegExp(source, flags) };

const RULES: Rule[] = [
  // Web and e-mail addresses.
  rule('\\bhttps?:\\/\\/\\S+|\\bwww\\.\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+'),
  // Numeric dates: 2026-03-12, 12/03/2026, 12.03.26, 3/14/2026, 03/2026; 12/03 and 3/21 (day and
  // month, either order) unless it reads as a score out of 5, 10, 20 or 100 (see SCORE).
  rule('\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b'),
  rule('\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})\\b(?![.,]\\d)'),
  rule('\\b\\d{1,2}/\\d{4}\\b'),
  rule('(?<![\\d.,])\\b(\\d{1,2})/(\\d{1,2})\\b(?![.,]?\\d)', 'gu', (m) => !isScore(m[1], m[2])),
  // Written dates: "12 mars 2026", "1er avril", "du 10 au 24 février", "March 4, 2026",
  // "February 2 and 20, 2026", "Jan. 20", "mars 2026", "jeudi 16", "Tuesday, May 12".
  rule(
    `\\b${DAY}(?:\\s*${TO}\\s*${DAY})?\\s+(?:de\\s+)?${MONTH}(?:\\s+${YEAR})?(?![\\p{L}])`,
    'giu',
    monthOk,
  ),
  rule(`\\b${MONTH}\\s+${DAY}(?:\\s*${TO}\\s*${DAY})?(?:,?\\s+${YEAR})?(?![\\p{L}\\d])`, 'giu', monthOk),
  rule(`\\b${MONTH}\\s+(?:de\\s+|of\\s+)?${YEAR}\\b`, 'giu', monthOk),
  rule(`\\b${WEEKDAY},?\\s+${DAY}\\b`),
  // Times: 9:30, 10:00 am, 8:00 p.m., 2 pm, 11 h, 12 h 15, 21 h 00.
  rule('\\b\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?(?:am|pm|a\\.m\\.|p\\.m\\.))?'),
  rule('\\b\\d{1,2}\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?![\\p{L}])'),
  rule('\\b\\d{1,2}\\s?h\\s?\\d{2}\\b'),
  // A duration in two units is not one number: "2 min 41 s", "1 h 05 min".
  rule('\\b\\d{1,3}\\s?(?:h|min|mn)\\s?\\d{1,2}\\s?(?:min|mn|s|sec)(?![\\p{L}])'),
  rule(
    "(?<=(?<![\\p{L}])(?:à|a|de|dès|des|vers|avant|après|jusqu'à|entre|et|at|from|to|until)\\s)\\d{1,2}\\s?h(?![\\p{L}\\d])",
  ),
  // Phone numbers (see isPhone).
  rule('(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d{1,4}(?:[\\s.-]\\d{1,4}){1,6}', 'gu', (m) =>
    isPhone(m[0]),
  ),
  // Street numbers and postal codes: "14 rue de la République", "500 Boylston Street", "69002 Lyon",
  // "MA 02116".
  rule(`\\b\\d{1,5}(?:\\s?(?:bis|ter))?,?\\s+(?:${STREET})(?![\\p{L}])`),
  rule(
    "\\b\\d{1,5}\\s+(?:\\p{Lu}[\\p{L}'-]*\\s+){1,3}(?:Street|St\\.|Avenue|Ave\\.?|Road|Rd\\.|Boulevard|Blvd\\.?|Lane|Drive|Way|Court|Plaza|Place|Square)(?![\\p{L}])",
    'gu',
  ),
  rule('\\b\\d{5}\\s+\\p{Lu}[\\p{L}-]+', 'gu'),
  rule('\\b\\p{Lu}{2}\\s\\d{5}(?:-\\d{4})?\\b(?!\\s?[\\d€$£%])', 'gu'),
  // A name given by a word before it: "n° 1", "#1", "page 12", "ISO 9001", "Suite 1200"; a
  // company registration: "RCS Nantes 852 341 907".
  rule(`(?<![\\p{L}])(?:${REFERENCE_WORDS})\\s*:?\\s*(?:n°\\s*)?\\d[\\d.\\-/]*(?:\\s\\d{3}(?!\\d))*`),
  rule('\\bRCS\\s+\\p{Lu}[\\p{L}-]+\\s+\\d[\\d\\s]*\\d', 'gu'),
  // Identifiers made of a word and a number: "COVID-19", "GPT-4".
  rule('(?<=\\p{L}-)\\d+', 'gu'),
  // Fiscal years: "2025/26", "2025-26" (the year itself is dropped by findFigures).
  rule('\\b(?:19|20)\\d{2}\\s?[/–-]\\s?\\d{2}\\b(?![/.-]?\\d)'),
  // Shares written in words, "1 sur 3", "1 in 4", "1 out of 5"; the scale of a score, "4,7/5",
  // "8/10", "4,5 sur 5" (the score itself is the figure).
  rule('(?<![\\d.,/])\\b\\d{1,3}\\s+(?:sur|in|out of)\\s+\\d{1,3}\\b(?![.,]?\\d|\\s\\d{3}(?!\\d))'),
  rule('(?<=\\d\\s?)(?:/|\\s(?:sur|out of)\\s)\\s?(?:5|10|20|100)\\b(?![.,]?\\d)'),
  // Footnote marks: "[3]", "(2)" in a text (a whole text in parentheses is an accounting negative),
  // and digits glued to the end of a word, a percent sign or a bracket: "croissance.2", "40%2".
  rule('\\[\\d{1,3}\\]'),
  rule('\\(\\d{1,2}\\)', 'gu', (m, text) => text.trim() !== m[0]),
  rule('(?<=[\\p{L}%)\\]»"”][.,]?)\\d{1,3}(?![\\d])', 'gu'),
  // List numbers at the start of a list item: "1. Planning", "… registrants. 2. Budgeting".
  rule('(?:^|(?<=[.!?•·—–]\\s))\\d{1,2}[.)](?=\\s+\\p{Lu})', 'gu'),
];

// "Mar" and "May" are English words too ("may 12 % …"): a month only when capitalised.
function monthOk(match: RegExpExecArray): boolean {
  const word = /\p{L}+/u.exec(match[0].replace(/^\d+(?:er|re|st|nd|rd|th)?/i, ''))?.[0] ?? '';
  return !(word === 'may' || word === 'mar');
}

/** "4/5", "8/10", "15/20", "72/100": a score (the first number is the figure), not a date. */
function isScore(first: string | undefined, second: string | undefined): boolean {
  const a = Number(first);
  const b = Number(second);
  return [5, 10, 20, 100].includes(b) && a <= b;
}

/**
 * A run of digit groups is a phone number when it has 8 to 15 digits and is written like one:
 * starting with "+", "(" or a 0 ("01 42 68 53 00", "+33 (0)2 40…", "(415) 555-0137", "020 7946
 * 0958"), or in pairs ("06.12.34.56.78"), or 3-3-4 ("415-555-0137"). Groups of three after the
 * first are thousands ("12 345 678"), never a phone.
 */
function isPhone(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 15) return false;
  const groups = text
    .replace(/[()+]/g, ' ')
    .trim()
    .split(/[\s.-]+/);
  if (/^[+(]/.test(text) || /^0\d/.test(text)) return true;
  if (groups.length >= 4 && groups.every((g) => g.length === 2)) return true;
  // North American: 415-555-0137, 1 800 555 0199.
  const last = groups.slice(-3).map((g) => g.length);
  return groups.length <= 4 && last.join() === '3,3,4' && (groups.length === 3 || groups[0] === '1');
}

/** Every span of `text` whose digits are not figures, in no particular order. */
export function nonFigureSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const { pattern, accept } of RULES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      if (!accept || accept(m, text)) spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return spans;
}
