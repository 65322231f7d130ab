import { type FolderErrorCode, folderMessage, planCalendar, type Trigger } from '@jalon/core';
import {
  createFolder,
  type FolderDevice,
  type FolderInput,
  type FolderSetupView,
  folderDevices,
  folderRunning,
  folderSchedule,
  folderSetupView,
  folderSummary,
  forgetFolder,
  loadPlanData,
  type Reach,
  retireDevice,
  type SetupInput,
  type SyncOutcome,
  type SyncRunning,
  type SyncSummary,
  saveFolderSetup,
  syncFolder,
  type TestResult,
  testFolder,
} from '@jalon/core/storage';
import { intlLocale } from '../i18n/locale.ts';
import { translateErrorsNamed } from '../ui/errors.ts';
import { planDb } from './db.ts';
import { setFolderConfigured } from './folder-flag.ts';

// core's FolderError, by name: its words load with the folder code. Its detail never holds a secret.
translateErrorsNamed('FolderError', (error, lang) => {
  const { code, detail } = error as Error & { code: FolderErrorCode; detail: string };
  return folderMessage(code, intlLocale(lang), detail);
});

export type {
  FolderDevice,
  FolderInput,
  FolderSetupView,
  SetupInput,
  SyncRunning,
  SyncSummary,
  TestResult,
  Trigger,
};

/**
 * Folder sync for the app: the set-up, "Test the connection", rounds and what the screen shows.
 * The page's own `fetch` reaches the server (the browser enforces CORS: core tells a refusal
 * from an unreachable server); the service worker never sees these requests (cross-origin).
 */
export const reach = (): Reach => ({
  fetch: (url, init) => fetch(url, init),
  online: () => navigator.onLine,
  probeCors: true,
});

export const testConnection = (input: FolderInput): Promise<TestResult> => testFolder(input, reach());

export const createRemoteFolder = (input: FolderInput): Promise<void> => createFolder(input, reach());

export async function saveSetup(input: SetupInput): Promise<void> {
  await saveFolderSetup(planDb(), input, reach());
  setFolderConfigured(true);
}

export async function forgetSetup(): Promise<void> {
  await forgetFolder(planDb());
  setFolderConfigured(false);
}

/** The plan's calendar for the folder: the Timeline's own export, from core. */
async function calendar(planId: string, locale: string): Promise<string | undefined> {
  const data = await loadPlanData(planDb(), planId);
  return data ? planCalendar(data, locale.startsWith('fr') ? 'fr' : 'en') : undefined;
}

export function runRound(trigger: Trigger, locale: string): Promise<SyncOutcome> {
  return syncFolder(planDb(), {
    fetch: (url, init) => fetch(url, init),
    trigger,
    locale,
    online: () => navigator.onLine,
    probeCors: true,
    calendar: (planId) => calendar(planId, locale),
  });
}

/** The devices with a file in the plan's folder (every plan's, without one), this device first. */
export const planDevices = (planId: string): Promise<FolderDevice[]> =>
  folderDevices(planDb(), planId || undefined);

/** Retires another device (core marks its id in each plan folder), then syncs. */
export async function retire(device: string): Promise<void> {
  await retireDevice(planDb(), device, reach());
  const { syncNow } = await import('./folder-driver.ts');
  const outcome = await syncNow('manual');
  if ('error' in outcome) throw outcome.error;
}

/** Everything the Sync screen shows of the folder, read live. */
export interface FolderStatus {
  setup: FolderSetupView | undefined;
  summary: SyncSummary | undefined;
  running: SyncRunning | undefined;
  lastSuccess: number | undefined;
  stopped: boolean;
  retryAt: number | undefined;
}

export async function folderStatus(): Promise<FolderStatus> {
  const db = planDb();
  const [setup, summary, running, schedule] = await Promise.all([
    folderSetupView(db),
    folderSummary(db),
    folderRunning(db),
    folderSchedule(db),
  ]);
  return {
    setup,
    summary,
    running,
    lastSuccess: schedule.lastSuccess,
    stopped: schedule.stopped === true,
    retryAt: schedule.retryAt,
  };
}
