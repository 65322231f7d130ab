import { planCalendar, type Trigger } from '@jalon/core';
import {
  folderSetupView,
  listRecords,
  loadPlanData,
  moveIdeas,
  type PlanDb,
  type SyncOutcome,
  type SyncRunning,
  syncFolder,
} from '@jalon/core/storage';
import { readSettings } from '../settings.ts';
import { userLocale } from './locale.ts';
import { findPlan } from './plan.ts';

/** The periodic round (`chrome.alarms`: a service worker has no timer that outlives it). */
export const FOLDER_ALARM = 'jalon-folder-sync';
/** A round shortly after a clip; re-created by each clip, so a burst of clips makes one round. */
export const FOLDER_EDIT_ALARM = 'jalon-folder-edit';
export const FOLDER_PERIOD_MINUTES = 5;

/** The host permission a folder needs: its server, any port (asked for at set-up, never at install). */
export function folderOrigins(url: string): string[] {
  const { protocol, hostname } = new URL(url);
  return [`${protocol}//${hostname}/*`];
}

/**
 * One round with the sync folder, from the worker (alarms, clips, start-up) or the options page
 * ("Sync now"). The extension's own inbox plan is not shared: once a plan from the folder is
 * here, clips go to it and the inbox's ideas move to it (core's moveIdeas), so no clip sits in a
 * plan the app does not show. Without the host permission nothing is sent.
 */
export async function folderRound(
  db: PlanDb,
  trigger: Trigger,
  onProgress?: (running: SyncRunning) => void,
): Promise<SyncOutcome | 'no-permission' | undefined> {
  const view = await folderSetupView(db);
  if (!view) return undefined;
  if (!(await chrome.permissions.contains({ origins: folderOrigins(view.url) }))) return 'no-permission';
  const settings = await readSettings();
  const { language, locale } = userLocale(settings);
  const outcome = await syncFolder(db, {
    fetch: (url, init) => fetch(url, init),
    trigger,
    locale,
    ...(onProgress ? { onProgress } : {}),
    ...(settings.inboxPlanId ? { shares: (planId: string) => planId !== settings.inboxPlanId } : {}),
    // The Timeline's calendar, as the app writes it (core leaves it out with end-to-end encryption).
    calendar: async (planId) => {
      const data = await loadPlanData(db, planId);
      return data ? planCalendar(data, language) : undefined;
    },
  });
  if (outcome.ran && outcome.summary.ok) await followSyncedPlan(db);
  return outcome;
}

/** Moves the inbox's ideas into the plan clips now go to, when that is a plan from the folder. */
export async function followSyncedPlan(db: PlanDb): Promise<number> {
  const settings = await readSettings();
  if (!settings.inboxPlanId) return 0;
  const plan = await findPlan(db);
  if (!plan || plan.id === settings.inboxPlanId) return 0;
  const ideas = await listRecords(db, 'ideas', settings.inboxPlanId);
  const ids = ideas.filter((idea) => idea.status !== 'accepted').map((idea) => idea.id);
  return ids.length > 0 ? moveIdeas(db, ids, plan.id) : 0;
}

/** Keeps the periodic alarm in step with the set-up. */
export async function keepFolderAlarm(db: PlanDb): Promise<void> {
  if (await folderSetupView(db)) {
    if (!(await chrome.alarms.get(FOLDER_ALARM))) {
      await chrome.alarms.create(FOLDER_ALARM, { periodInMinutes: FOLDER_PERIOD_MINUTES });
    }
  } else await chrome.alarms.clear(FOLDER_ALARM);
}

/** After a clip: a round half a minute later (the shortest alarm Chrome allows). */
export async function folderAfterClip(db: PlanDb): Promise<void> {
  if (await folderSetupView(db)) await chrome.alarms.create(FOLDER_EDIT_ALARM, { delayInMinutes: 0.5 });
}
