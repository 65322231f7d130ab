import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStamp, nextStamp, STAMP_LIMIT_MS } from './hlc.ts';
import { isSuperseded, supersede, unionSeen } from './row.ts';

const DEVICE = '00000000000000a1';
const NOW = Date.parse('2026-11-30T10:00:00.000Z');

describe('stamps', () => {
  it('accept only real instants within bounds', () => {
    expect(isStamp(`2026-11-30T10:00:00.000Z-0000-${DEVICE}`)).toBe(true);
    expect(isStamp(`2026-13-01T10:00:00.000Z-0000-${DEVICE}`)).toBe(false);
    expect(isStamp(`2026-02-29T10:00:00.000Z-0000-${DEVICE}`)).toBe(false);
    expect(isStamp(`2028-02-29T10:00:00.000Z-0000-${DEVICE}`)).toBe(true);
    expect(isStamp(`9000-01-01T00:00:00.000Z-0000-${DEVICE}`)).toBe(false);
    expect(isStamp(`2026-11-30T10:00:00.000Z-0000-${DEVICE.toUpperCase()}`)).toBe(false);
  });

  it('always issue a next stamp that is valid and later than what it overwrites', () => {
    const stamp = fc
      .tuple(
        fc.integer({ min: 0, max: STAMP_LIMIT_MS - 400 * 86_400_000 }),
        fc.integer({ min: 0, max: 0xffff }),
      )
      .map(
        ([ms, counter]) =>
          `${new Date(ms).toISOString()}-${counter.toString(16).padStart(4, '0')}-ffffffffffffffff`,
      );
    fc.assert(
      fc.property(fc.option(stamp), fc.option(stamp), fc.double({ noNaN: false }), (last, after, now) => {
        const next = nextStamp(DEVICE, now, last ?? undefined, after ?? undefined);
        expect(isStamp(next)).toBe(true);
        if (last) expect(next > last).toBe(true);
        if (after) expect(next.slice(0, 29) > after.slice(0, 29)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('read a device clock set absurdly far ahead as a representable time', () => {
    expect(isStamp(nextStamp(DEVICE, Date.UTC(9500, 0, 1)))).toBe(true);
    expect(isStamp(nextStamp(DEVICE, Number.POSITIVE_INFINITY))).toBe(true);
    expect(isStamp(nextStamp(DEVICE, -5))).toBe(true);
  });

  it('ignore a stored clock that is not a real stamp', () => {
    expect(nextStamp(DEVICE, NOW, '2026-13-01T10:00:00.000Z-0000-00000000000000a1')).toBe(
      `2026-11-30T10:00:00.000Z-0000-${DEVICE}`,
    );
  });
});

describe('the history summary', () => {
  const a = (min: number) => `2026-11-30T10:${String(min).padStart(2, '0')}:00.000Z-0000-00000000000000a1`;
  const b = (min: number) => `2026-11-30T10:${String(min).padStart(2, '0')}:00.000Z-0000-00000000000000b2`;

  it('keeps one stamp per device, the latest', () => {
    let seen: string[] = [];
    for (let i = 0; i < 50; i++) seen = supersede(seen, i % 2 ? a(i) : b(i));
    expect(seen).toEqual([b(48), a(49)].sort());
    expect(unionSeen([a(3), b(9)], [a(7), b(2)])).toEqual([a(7), b(9)]);
  });

  it('treats a device’s earlier values as replaced once a later one was seen', () => {
    expect(isSuperseded([a(7)], a(3))).toBe(true);
    expect(isSuperseded([a(7)], a(7))).toBe(true);
    expect(isSuperseded([a(7)], a(8))).toBe(false);
    expect(isSuperseded([a(7)], b(3))).toBe(false);
    expect(isSuperseded(undefined, b(3))).toBe(false);
  });
});
