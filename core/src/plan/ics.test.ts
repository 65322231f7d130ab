import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, icsStamp } from './ics.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;
/** The reverse of folding (§3.1): a CRLF followed by one space disappears. */
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('leaves no control character in a text value (RFC 5545 §3.3.11)', () => {
    const pasted = 'Salon\u0000 B2B\u0007\tParis\u000b\u001b[31m\u007f\u0085fin\u2028ligne\u009b\rici';
    const escaped = escapeText(pasted);
    expect(escaped).toBe('Salon B2B Paris[31m\\nfin\\nligne\\nici');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: reason: the test looks for them
    expect(escaped).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});

describe('foldLine', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:Webinar')).toBe('SUMMARY:Webinar');
  });

  it('folds at 75 octets, continuation lines starting with a space', () => {
    const line = `SUMMARY:${'x'.repeat(200)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(octets(parts[0]!)).toBe(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it('never cuts a multi-byte character in two', () => {
    const line = `SUMMARY:${'é'.repeat(100)}🎯${'à'.repeat(50)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\ufffd');
    }
    expect(unfold(folded)).toBe(line);
  });
});

describe('icsStamp', () => {
  it('writes a UTC date-time without separators or milliseconds', () => {
    expect(icsStamp('2026-03-12T09:05:07.123Z')).toBe('20260312T090507Z');
  });
});

describe('buildIcs', () => {
  const text = buildIcs({
    name: 'Plan S1, 2027',
    events: [
      {
        uid: 'action-a1@jalon',
        start: '2027-03-16',
        end: '2027-03-18',
        summary: 'Salon; stand, démos',
        description: 'Owner: Events\nLever: Events',
        stamp: '2026-11-28T10:00:00.000Z',
      },
      {
        uid: 'keydate-k1@jalon',
        start: '2027-12-31',
        end: '2027-12-31',
        summary: 'Bilan',
        stamp: 'x',
        cancelled: true,
      },
    ],
  });

  it('is a VCALENDAR of VEVENTs with CRLF line endings throughout', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain('X-WR-CALNAME:Plan S1\\, 2027\r\n');
  });

  it('writes all-day events with an exclusive end, across a year end too', () => {
    expect(text).toContain('DTSTART;VALUE=DATE:20270316\r\nDTEND;VALUE=DATE:20270319\r\n');
    expect(text).toContain('DTSTART;VALUE=DATE:20271231\r\nDTEND;VALUE=DATE:20280101\r\n');
  });

  it('keeps the uid, stamps each event, and escapes the texts', () => {
    expect(text).toContain('UID:action-a1@jalon\r\nDTSTAMP:20261128T100000Z\r\n');
    expect(text).toContain('SUMMARY:Salon\\; stand\\, démos\r\n');
    expect(text).toContain('DESCRIPTION:Owner: Events\\nLever: Events\r\n');
    expect(text).toContain('DTSTAMP:19700101T000000Z'); // an unreadable stamp still gives a valid value
    expect(text).toContain('STATUS:CANCELLED');
  });

  it('holds no control character but the CRLF line ends, whatever the plan texts hold', () => {
    const hostile = buildIcs({
      name: 'Plan\u0000\u001f',
      events: [
        {
          uid: 'action-a2@jalon',
          start: '2027-01-04',
          end: '2027-01-04',
          summary: `Webinar\u0008\t${'x'.repeat(80)}\u007f`,
          description: 'Notes\u0002\u2029suite\u009f',
          stamp: '2026-11-28T10:00:00.000Z',
        },
      ],
    });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: reason: the test looks for them
    expect(hostile.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(hostile).toContain('DESCRIPTION:Notes\\nsuite\r\n');
  });

  it('gives the same bytes for the same plan', () => {
    expect(buildIcs({ name: 'P', events: [] })).toBe(buildIcs({ name: 'P', events: [] }));
  });
});
