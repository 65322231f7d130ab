import { scheduleTimes, type Trigger } from '@jalon/core';
import type { SyncOutcome } from '@jalon/core/storage';
import { getLang, intlLocale } from '../i18n/locale.ts';
import { runRound } from './folder.ts';

/**
 * When this device syncs with its folder: on opening, when the page comes back to the front, when
 * the network returns, a few seconds after local changes, every minute while visible (core's
 * schedule lets a timer round through every few minutes, and holds rounds back after failures),
 * and when the user asks. Core serialises rounds across tabs.
 */
let started = false;
let pending: ReturnType<typeof setTimeout> | undefined;

export function startFolderSync(): void {
  if (started) return;
  started = true;
  void syncNow('open');
  addEventListener('online', () => void syncNow('online'));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void syncNow('focus');
  });
  setInterval(() => {
    if (document.visibilityState === 'visible') void syncNow('timer');
  }, 60_000);
}

export function localChange(): void {
  if (!started) startFolderSync();
  clearTimeout(pending);
  pending = setTimeout(() => void syncNow('edit'), scheduleTimes.debounceMs);
}

/**
 * One round. Its report (or its failure, translated) is kept in the database for the screen; an
 * error that is not the folder's (the database itself failing) is returned for the screen to say.
 */
export async function syncNow(trigger: Trigger): Promise<SyncOutcome | { ran: false; error: unknown }> {
  try {
    return await runRound(trigger, intlLocale(getLang()));
  } catch (error) {
    return { ran: false, error };
  }
}
