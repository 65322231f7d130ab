import type { PageMetadata } from '@jalon/core';

/** Readability's expected-metadata.json fields, and the PageMetadata field each one is. */
export const FIELDS = [
  ['title', 'title'],
  ['byline', 'author'],
  ['excerpt', 'description'],
  ['siteName', 'siteName'],
  ['lang', 'language'],
  ['publishedTime', 'published'],
] as const satisfies readonly (readonly [string, keyof PageMetadata])[];

export type Expected = Partial<Record<(typeof FIELDS)[number][0], string | null>>;

const normalize = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() || null;

/**
 * Whether the captured value agrees with the expected one: same text once whitespace is
 * collapsed (page text is indented markup), or both absent. A field the expected file does not
 * list is not counted (undefined).
 */
export function agrees(
  expected: Expected,
  captured: PageMetadata,
  field: (typeof FIELDS)[number],
): boolean | undefined {
  const [from, to] = field;
  if (!(from in expected)) return undefined;
  return normalize(expected[from]) === normalize(captured[to]);
}

export interface Agreement {
  field: string;
  agree: number;
  total: number;
  misses: string[];
}

export function agreement(
  pages: { name: string; expected: Expected; captured: PageMetadata }[],
): Agreement[] {
  return FIELDS.map((field) => {
    const counted = pages
      .map((page) => ({ name: page.name, ok: agrees(page.expected, page.captured, field) }))
      .filter((p) => p.ok !== undefined);
    return {
      field: `${field[0]} → ${field[1]}`,
      agree: counted.filter((p) => p.ok).length,
      total: counted.length,
      misses: counted.filter((p) => !p.ok).map((p) => p.name),
    };
  });
}

export function formatAgreement(rows: Agreement[]): string {
  const lines = rows.map((r) => {
    const share = r.total === 0 ? '—' : `${Math.round((100 * r.agree) / r.total)} %`;
    const misses = r.misses.length > 0 ? `  (differs: ${r.misses.join(', ')})` : '';
    return `  ${r.field.padEnd(26)} ${String(r.agree).padStart(2)}/${r.total}  ${share.padStart(5)}${misses}`;
  });
  return ['Metadata agreement with expected-metadata.json (Readability test suite):', ...lines].join('\n');
}
