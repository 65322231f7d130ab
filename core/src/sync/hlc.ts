/**
 * Hybrid logical clock stamps, as strings that sort in time order:
 * `2026-11-28T03:18:39.123Z-0000-0123456789abcdef` (wall time, a counter for edits within the same
 * millisecond, the device id). Comparing two stamps as strings compares time, then counter, then
 * device, so the device id is the tie-break of last-writer-wins.
 *
 * Bounds (docs/decisions.md, "The clock"): a stamp is a real instant (month 13 or 30 February is
 * refused, not rolled over) from 1970 up to, not including, STAMP_LIMIT. Local wall time is
 * clamped well below that limit and an import refuses stamps more than a year ahead of the
 * importing device, so that the stamp after any stored one is always representable: no field can
 * be frozen by a stamp that nothing can beat.
 */
export type Stamp = string;

export const STAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9a-f]{4}-[0-9a-f]{16}$/;
export const DEVICE_ID_PATTERN = /^[0-9a-f]{16}$/;
const MAX_COUNTER = 0xffff;

/** Stamps at or after this instant are not valid. */
export const STAMP_LIMIT_MS = Date.UTC(9000, 0, 1);
/** A device's own wall time is never read as later than this (a clock set to year 9500 is wrong). */
const MAX_WALL_MS = Date.UTC(8000, 0, 1);

export interface StampParts {
  millis: number;
  counter: number;
  device: string;
}

export function parseStamp(stamp: Stamp): StampParts {
  return {
    millis: Date.parse(stamp.slice(0, 24)),
    counter: Number.parseInt(stamp.slice(25, 29), 16),
    device: stamp.slice(30),
  };
}

export function formatStamp({ millis, counter, device }: StampParts): Stamp {
  return `${new Date(millis).toISOString()}-${counter.toString(16).padStart(4, '0')}-${device}`;
}

/** The device that wrote a stamp. */
export function stampDevice(stamp: Stamp): string {
  return stamp.slice(30);
}

/** The stamp's wall time as an ISO timestamp. */
export function stampTime(stamp: Stamp): string {
  return stamp.slice(0, 24);
}

/**
 * A well-formed stamp of a real instant within bounds. `Date.parse` alone would accept
 * "2026-02-30" (it rolls over to March), so the wall time must print back as written.
 */
export function isStamp(value: unknown): value is Stamp {
  if (typeof value !== 'string' || !STAMP_PATTERN.test(value)) return false;
  const millis = Date.parse(value.slice(0, 24));
  return (
    Number.isFinite(millis) &&
    millis >= 0 &&
    millis < STAMP_LIMIT_MS &&
    new Date(millis).toISOString() === value.slice(0, 24)
  );
}

/**
 * The next stamp of `device`, later than both its own `last` stamp and `after` (the stamp of the
 * field being overwritten). Going past `after` even when it lies in the future (another device's
 * skewed clock) is what keeps a far-future stamp from freezing a field against later edits;
 * the device's own clock is not dragged forward by imports.
 */
export function nextStamp(device: string, nowMillis: number, last?: Stamp, after?: Stamp): Stamp {
  let millis = Math.min(Math.max(Number.isFinite(nowMillis) ? Math.floor(nowMillis) : 0, 0), MAX_WALL_MS);
  let counter = 0;
  for (const previous of [last, after]) {
    if (!previous || !isStamp(previous)) continue;
    const p = parseStamp(previous);
    if (p.millis > millis) {
      millis = p.millis;
      counter = p.counter + 1;
    } else if (p.millis === millis) {
      counter = Math.max(counter, p.counter + 1);
    }
  }
  if (counter > MAX_COUNTER) {
    millis += 1;
    counter = 0;
  }
  return formatStamp({ millis, counter, device });
}

/** A new random device id (16 hex digits), kept per installation. */
export function newDeviceId(random: (bytes: Uint8Array) => Uint8Array): string {
  return Array.from(random(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
}
