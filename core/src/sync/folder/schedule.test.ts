import { describe, expect, it } from 'vitest';
import {
  backoff,
  initialSchedule,
  mayRun,
  mayWrite,
  needsFullRead,
  nextDue,
  roundFailed,
  roundStarted,
  roundSucceeded,
  scheduleTimes,
  writeRefused,
  writeSucceeded,
} from './schedule.ts';

const T = Date.UTC(2026, 10, 30, 9);

describe('the sync schedule', () => {
  it('backs off interval × 2^n after transient failures, capped at one hour, and resets on success', () => {
    expect([1, 2, 3, 4, 8, 20].map(backoff)).toEqual(
      [30_000, 60_000, 120_000, 240_000, 3_840_000, 3_600_000].map((ms) =>
        Math.min(ms, scheduleTimes.maxRetryMs),
      ),
    );
    let state = roundFailed(roundStarted(initialSchedule, T), 'transient', T);
    state = roundFailed(state, 'transient', T);
    expect(state.retryAt).toBe(T + 60_000);
    expect(mayRun(state, 'edit', T + 59_000)).toBe(false);
    expect(mayRun(state, 'edit', T + 60_000)).toBe(true);
    state = roundSucceeded(state, T + 61_000, false);
    expect(state).toMatchObject({ failures: 0, lastSuccess: T + 61_000 });
    expect(state.retryAt).toBeUndefined();
  });

  it('stops automatic rounds after refused credentials until the user acts', () => {
    const state = roundFailed(initialSchedule, 'stop', T);
    for (const trigger of ['open', 'focus', 'online', 'edit', 'timer'] as const) {
      expect(mayRun(state, trigger, T + 86_400_000), trigger).toBe(false);
    }
    expect(mayRun(state, 'manual', T)).toBe(true);
    expect(nextDue(state, T)).toBeUndefined();
  });

  it('retries at once when the network comes back', () => {
    const state = roundFailed(initialSchedule, 'transient', T);
    expect(mayRun(state, 'timer', T + 1_000)).toBe(false);
    expect(mayRun(state, 'online', T + 1_000)).toBe(true);
  });

  it('runs the timer every few minutes, not at every tick', () => {
    const state = roundSucceeded(roundStarted(initialSchedule, T), T, true);
    expect(mayRun(state, 'timer', T + 60_000)).toBe(false);
    expect(mayRun(state, 'timer', T + scheduleTimes.intervalMs)).toBe(true);
    expect(nextDue(state, T)).toBe(T + scheduleTimes.intervalMs);
  });

  it('pauses writing (not reading) after the server ran out of room', () => {
    let state = writeRefused(initialSchedule, T);
    expect(mayRun(state, 'timer', T + 1)).toBe(true);
    expect(mayWrite(state, 'timer', T + 1)).toBe(false);
    expect(mayWrite(state, 'manual', T + 1)).toBe(true);
    expect(mayWrite(state, 'timer', T + 30_000)).toBe(true);
    state = writeSucceeded(writeRefused(state, T));
    expect(mayWrite(state, 'timer', T)).toBe(true);
  });

  it('reads every peer again every few hours', () => {
    expect(needsFullRead(initialSchedule, T)).toBe(true);
    const state = roundSucceeded(initialSchedule, T, true);
    expect(needsFullRead(state, T + 60_000)).toBe(false);
    expect(needsFullRead(state, T + scheduleTimes.fullReadMs)).toBe(true);
  });
});
