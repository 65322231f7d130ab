import { type KeyAction, type Plan, stampDevice } from '@jalon/core';
import {
  bindCommand,
  createFolder,
  deviceId,
  deviceNames,
  editRecord,
  exportBundle,
  type FolderDevice,
  type FolderInput,
  type FolderSetupView,
  folderDevices,
  folderRunning,
  folderSchedule,
  folderSetupView,
  folderSummary,
  forgetFolder,
  getRecord,
  type ImportProgress,
  type ImportReport,
  importBundle,
  listConflicts,
  listPlans,
  listRecords,
  liveQuery,
  openPlanDb,
  type PlanDb,
  resolveConflict,
  type SetupInput,
  type SyncRunning,
  type SyncSummary,
  saveFolderSetup,
  type TestResult,
  testFolder,
  watchConnection,
} from '@jalon/core/storage';
import { folderRound, keepFolderAlarm } from '../background/folder.ts';

/**
 * The options page's one door to the extension's database (an extension page, same origin as
 * the service worker): reads, core's commands with the database bound, and bundle files.
 * Components import this module, never the database (test/project/boundaries.test.ts).
 */
let db: PlanDb | undefined;
function planDb(): PlanDb {
  db ??= openPlanDb();
  return db;
}
const on = <A extends unknown[], R>(command: (db: PlanDb, ...args: A) => R) => bindCommand(planDb, command);

export const write = {
  editRecord: on(editRecord),
  resolveConflict: on(resolveConflict),
};

export const plans = (): Promise<Plan[]> => listPlans(planDb());

/** The plan's actions, live: `next` runs again whenever they change (an import, a clip accepted). */
export function watchActions(
  planId: string,
  next: (actions: KeyAction[]) => void,
  error: (caught: unknown) => void,
): () => void {
  const subscription = liveQuery(() => listRecords(planDb(), 'actions', planId)).subscribe({ next, error });
  return () => subscription.unsubscribe();
}

/** Who wrote a value: this device, or the name its user gave another one (its id without one). */
export type Writer = { self: boolean; name: string };

/** The conflicts to review, each with the name of its record and who wrote each value. */
export async function conflicts() {
  const [found, names, self] = await Promise.all([
    listConflicts(planDb()),
    deviceNames(planDb()),
    deviceId(planDb()),
  ]);
  const writer = (stamp: string): Writer => {
    const device = stampDevice(stamp);
    return { self: device === self, name: names[device] ?? device };
  };
  return Promise.all(
    found.map(async (conflict) => {
      const record = (await getRecord(planDb(), conflict.table, conflict.recordId)) as
        | Record<string, unknown>
        | undefined;
      const name = record?.name ?? record?.title ?? record?.text ?? conflict.recordId;
      return {
        ...conflict,
        recordName: String(name).slice(0, 120),
        otherBy: writer(conflict.stamp),
        currentBy: writer(conflict.currentStamp),
      };
    }),
  );
}

/** The conflicts to review, live: a folder round (here or in the worker) that keeps one shows it. */
export function watchConflicts(
  next: (rows: Awaited<ReturnType<typeof conflicts>>) => void,
  error: (caught: unknown) => void,
): () => void {
  const subscription = liveQuery(conflicts).subscribe({ next, error });
  return () => subscription.unsubscribe();
}

export const exportFile = (): Promise<string> => exportBundle(planDb());

export function importFile(
  text: string,
  options: { locale: string; onProgress: (progress: ImportProgress) => void },
): Promise<ImportReport> {
  return importBundle(planDb(), text, options);
}

/** Tells the page when a newer version opened elsewhere closed its connection. */
export function onStale(notify: () => void): void {
  watchConnection(planDb(), notify);
}

export type { ImportProgress, ImportReport };

/** Folder sync from the options page: the worker's own round, with the page's connection. */
const reach = { fetch: (url: string, init: RequestInit) => fetch(url, init) };
export const folder = {
  test: (input: FolderInput): Promise<TestResult> => testFolder(input, reach),
  create: (input: FolderInput): Promise<void> => createFolder(input, reach),
  async save(input: SetupInput, onProgress?: (running: SyncRunning) => void) {
    await saveFolderSetup(planDb(), input, reach);
    await keepFolderAlarm(planDb());
    return folderRound(planDb(), 'manual', onProgress);
  },
  syncNow: (onProgress?: (running: SyncRunning) => void) => folderRound(planDb(), 'manual', onProgress),
  /** The devices met in the folder, this one first. */
  devices: (): Promise<FolderDevice[]> => folderDevices(planDb()),
  /** The round running now, from this page or the worker (core keeps it in the database), live. */
  watchRunning(
    next: (running: SyncRunning | undefined) => void,
    error: (caught: unknown) => void,
  ): () => void {
    const subscription = liveQuery(() => folderRunning(planDb())).subscribe({ next, error });
    return () => subscription.unsubscribe();
  },
  async forget(): Promise<void> {
    await forgetFolder(planDb());
    await keepFolderAlarm(planDb());
  },
  async status(): Promise<{ setup?: FolderSetupView; summary?: SyncSummary; lastSuccess?: number }> {
    const [setup, summary, schedule] = await Promise.all([
      folderSetupView(planDb()),
      folderSummary(planDb()),
      folderSchedule(planDb()),
    ]);
    return {
      ...(setup ? { setup } : {}),
      ...(summary ? { summary } : {}),
      ...(schedule.lastSuccess ? { lastSuccess: schedule.lastSuccess } : {}),
    };
  },
};
export type { FolderDevice, FolderInput, SyncRunning };
