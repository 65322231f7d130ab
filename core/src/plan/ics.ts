import { addDays } from '../dates.ts';

/**
 * An iCalendar file (RFC 5545) of all-day events, which calendar apps (Google, Outlook, Apple)
 * import. Pure: the same plan gives the same bytes, so the export is tested as text.
 */

export type IcsEvent = {
  /** Globally unique and stable across exports, so a re-import updates rather than duplicates. */
  uid: string;
  /** First day, ISO `YYYY-MM-DD`. */
  start: string;
  /** Last day, inclusive (the file's DTEND is the day after: RFC 5545 ends are exclusive). */
  end: string;
  summary: string;
  description?: string;
  /** When the record was last changed (ISO timestamp): the DTSTAMP of a calendar without METHOD. */
  stamp: string;
  cancelled?: boolean;
};

export type IcsCalendar = { name: string; events: readonly IcsEvent[] };

const CRLF = '\r\n';
const MAX_OCTETS = 75;

// Control characters a TEXT value may not hold (§3.3.11: CONTROL = %x00-08 / %x0A-1F / %x7F), and
// the C1 controls, which calendar apps choke on just the same. A tab becomes a space.
// biome-ignore lint/suspicious/noControlCharactersInRegex: reason: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/**
 * TEXT values (§3.3.11): backslash, semicolon and comma escaped, line breaks (CR, LF, CRLF, NEL,
 * U+2028/2029) as `\n`, tabs as spaces, every other control character dropped: a title pasted
 * from anywhere must not break the file for the calendar app that reads it.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(LINE_BREAK, '\\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '');
}

/**
 * Folds a content line (§3.1): no line longer than 75 octets of UTF-8, continuations start with
 * one space (which counts in their 75). A multi-byte character is never cut in two: apps that
 * unfold by bytes would otherwise produce mojibake.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** Octets of one code point in UTF-8 (a lone surrogate is written as U+FFFD: three). */
const utf8Length = (code: number): number => (code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4);

/** `2026-03-12` → `20260312` (a DATE value). */
export const icsDate = (iso: string): string => iso.replace(/-/g, '');

/** `2026-03-12T09:05:00.000Z` → `20260312T090500Z` (a UTC DATE-TIME value). */
export function icsStamp(timestamp: string): string {
  const date = new Date(timestamp);
  const iso = Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString();
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

export function buildIcs(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Jalon//Plan d action marketing//FR',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
  ];
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${icsStamp(event.stamp)}`,
      `DTSTART;VALUE=DATE:${icsDate(event.start)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(event.end, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      // All-day plan items should not show the marketer as busy all day.
      'TRANSP:TRANSPARENT',
      ...(event.cancelled ? ['STATUS:CANCELLED'] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
