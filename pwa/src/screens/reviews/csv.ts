import type { Lang } from '../../i18n/locale.ts';

/**
 * CSV files for spreadsheet users (RFC 4180), made to open with a double click in Excel:
 * - French: `;` between fields and `,` in decimals, as French Excel expects (its list separator
 *   is `;` because `,` is the decimal mark); English: `,` and `.`. The app's language picks.
 * - a UTF-8 byte order mark first, or Excel reads the accents as Windows-1252;
 * - CRLF line endings; a field holding the separator, a quote or a line break is quoted, its
 *   quotes doubled;
 * - text that a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a
 *   leading `'`: a title typed or clipped from a web page must not become `=HYPERLINK(…)`.
 *   Numbers are ours, so a negative number stays a number.
 */

export type CsvDialect = { separator: ';' | ','; decimal: ',' | '.' };
export const dialects: Record<Lang, CsvDialect> = {
  fr: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

/** Money in cents, written in units with two decimals. */
export type MoneyCell = { cents: number };
export type CsvCell = string | number | MoneyCell | null | undefined;

const BOM = '\ufeff';
const FORMULA = /^[=+\-@\t\r]/;

function numberText(value: number, dialect: CsvDialect, digits?: number): string {
  if (!Number.isFinite(value)) return '';
  // toPrecision(15) drops float noise (0.1 + 0.2); Number() then drops the trailing zeros.
  const text = digits === undefined ? String(Number(value.toPrecision(15))) : value.toFixed(digits);
  // Tiny or huge numbers would come out in exponent notation, which spreadsheets read as text.
  const plain = /e/i.test(text) ? value.toFixed(20).replace(/\.?0+$/, '') : text;
  return plain.replace('.', dialect.decimal);
}

export function csvCell(cell: CsvCell, dialect: CsvDialect): string {
  if (cell === null || cell === undefined) return '';
  let text: string;
  if (typeof cell === 'number') text = numberText(cell, dialect);
  else if (typeof cell === 'object') text = numberText(cell.cents / 100, dialect, 2);
  else text = FORMULA.test(cell) ? `'${cell}` : cell;
  const needsQuotes = text.includes(dialect.separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[], dialect: CsvDialect): string {
  return (
    BOM +
    rows.map((row) => row.map((cell) => csvCell(cell, dialect)).join(dialect.separator)).join('\r\n') +
    '\r\n'
  );
}
