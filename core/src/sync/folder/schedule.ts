/**
 * When a device syncs with its folder: a pure state machine the apps drive with their own timers
 * and events (the page coming back online or to the front, the extension's alarms). Local edits always
 * succeed at once; only the rounds with the server wait, retry and stop.
 */

export type Trigger =
  /** The app opened, or the set-up was saved. */
  | 'open'
  /** The app came back to the foreground. */
  | 'focus'
  /** The network came back. */
  | 'online'
  /** Local changes, debounced by the app. */
  | 'edit'
  /** The periodic timer (PWA while visible; extension alarm). */
  | 'timer'
  /** The user asked ("Sync now"). */
  | 'manual';

/** What a round's failure means for the next ones. */
export type FailureKind =
  /** Network, 5xx, 423, 429, a timeout: try again later, backing off. */
  | 'transient'
  /**
   * Bad or revoked credentials, a missing permission, a wrong passphrase: polling on would trip
   * the server's brute-force throttling (Nextcloud blocks the whole address), so automatic rounds
   * stop until the user acts.
   */
  | 'stop';

export interface ScheduleState {
  /** Consecutive failed rounds. */
  failures: number;
  /** No automatic round before this instant (ms since epoch). */
  retryAt?: number;
  /** Automatic rounds stopped until the user saves the set-up again or asks for a round. */
  stopped?: boolean;
  /** Uploads paused after a 507 or 413 (reading goes on) until this instant. */
  writeRetryAt?: number;
  writeFailures?: number;
  lastAttempt?: number;
  lastSuccess?: number;
  /** Last time every peer's file was read whatever its listing said. */
  lastFullRead?: number;
}

export const scheduleTimes = {
  /** The periodic round while the app is open. */
  intervalMs: 5 * 60_000,
  /** The first retry after a failure; doubled at each further failure. */
  retryMs: 30_000,
  maxRetryMs: 60 * 60_000,
  /** Re-read every peer even when its listing did not change (same-size rewrites in one second). */
  fullReadMs: 6 * 60 * 60_000,
  /** Local edits wait this long for more before a round. */
  debounceMs: 3_000,
  /** The folder's root (where new plans appear) is listed at most this often, bar opening and "Sync now". */
  discoveryMs: 15 * 60_000,
} as const;

export const initialSchedule: ScheduleState = { failures: 0 };

/** Whether a trigger starts a round now. The user's request always does. */
export function mayRun(state: ScheduleState, trigger: Trigger, now: number): boolean {
  if (trigger === 'manual') return true;
  if (state.stopped) return false;
  // The network coming back is the event a network failure was waiting for.
  if (trigger === 'online') return true;
  if (state.retryAt !== undefined && now < state.retryAt) return false;
  if (trigger === 'timer' && state.lastAttempt !== undefined) {
    return now - state.lastAttempt >= scheduleTimes.intervalMs - 1_000;
  }
  return true;
}

/** When the next automatic round is due, for a timer to wake for it. */
export function nextDue(state: ScheduleState, now: number): number | undefined {
  if (state.stopped) return undefined;
  const periodic = (state.lastAttempt ?? now) + scheduleTimes.intervalMs;
  return Math.max(now, state.retryAt ?? periodic);
}

export function backoff(failures: number): number {
  return Math.min(scheduleTimes.retryMs * 2 ** Math.max(0, failures - 1), scheduleTimes.maxRetryMs);
}

export function roundStarted(state: ScheduleState, now: number): ScheduleState {
  return { ...state, lastAttempt: now };
}

export function roundSucceeded(state: ScheduleState, now: number, fullRead: boolean): ScheduleState {
  const { retryAt: _retry, stopped: _stopped, ...rest } = state;
  return { ...rest, failures: 0, lastSuccess: now, ...(fullRead ? { lastFullRead: now } : {}) };
}

export function roundFailed(state: ScheduleState, kind: FailureKind, now: number): ScheduleState {
  const failures = state.failures + 1;
  if (kind === 'stop') return { ...state, failures, stopped: true };
  return { ...state, failures, retryAt: now + backoff(failures) };
}

/** Uploads refused for room (507, 413): reading goes on, writing waits and backs off. */
export function writeRefused(state: ScheduleState, now: number): ScheduleState {
  const writeFailures = (state.writeFailures ?? 0) + 1;
  return { ...state, writeFailures, writeRetryAt: now + backoff(writeFailures) };
}

export function writeSucceeded(state: ScheduleState): ScheduleState {
  const { writeRetryAt: _at, writeFailures: _n, ...rest } = state;
  return rest;
}

export function mayWrite(state: ScheduleState, trigger: Trigger, now: number): boolean {
  return trigger === 'manual' || state.writeRetryAt === undefined || now >= state.writeRetryAt;
}

/** Every few hours, peers are read again whatever their listing says. */
export function needsFullRead(state: ScheduleState, now: number): boolean {
  return state.lastFullRead === undefined || now - state.lastFullRead >= scheduleTimes.fullReadMs;
}

/**
 * Whether a round lists the folder's root to find plans other devices added: on opening, on the
 * user's request, and every quarter of an hour. The other rounds list only the plans' folders, so
 * that a round where nothing changed costs one listing per plan and no download.
 */
export function needsDiscovery(trigger: Trigger, lastAt: number | undefined, now: number): boolean {
  return (
    trigger === 'open' ||
    trigger === 'manual' ||
    lastAt === undefined ||
    now - lastAt >= scheduleTimes.discoveryMs
  );
}

/** Saving the set-up again (new password, passphrase) starts afresh. */
export function resetSchedule(state: ScheduleState): ScheduleState {
  return {
    failures: 0,
    ...(state.lastSuccess !== undefined ? { lastSuccess: state.lastSuccess } : {}),
  };
}
