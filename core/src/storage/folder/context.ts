import type { FolderErrorCode } from '../../sync/folder/messages.ts';
import type { Trigger } from '../../sync/folder/schedule.ts';
import type { PlanDb } from '../db.ts';
import type { DavClient, FetchLike } from './http.ts';
import {
  type DamagedFile,
  type FolderSetup,
  type SyncPhase,
  type SyncRunning,
  writeRunning,
} from './state.ts';

export interface SyncOptions {
  fetch: FetchLike;
  trigger: Trigger;
  /** The language of refusal messages kept in the report. */
  locale?: string;
  now?: () => number;
  /** `navigator.onLine`, when the app has it. */
  online?: () => boolean;
  /** A web page (the PWA): tell a CORS refusal from an unreachable server. */
  probeCors?: boolean;
  signal?: AbortSignal;
  /** Plans this device writes its file for (all by default; the extension leaves out its own inbox). */
  shares?: (planId: string) => boolean;
  /** The plan's calendar (.ics), written beside the files when the folder is not encrypted. */
  calendar?: (planId: string) => Promise<string | undefined>;
  onProgress?: (running: SyncRunning) => void;
}

/** What one round gathers as it goes, and its progress (kept in the database, throttled). */
export class Round {
  added = 0;
  updated = 0;
  deleted = 0;
  conflicts = 0;
  clockSkew = 0;
  uploaded = 0;
  downloaded = 0;
  damaged: DamagedFile[] = [];
  names: Record<string, string> = {};
  writePaused: FolderErrorCode | undefined;
  renewed = false;
  private running: SyncRunning;
  private savedAt = 0;

  constructor(
    readonly db: PlanDb,
    readonly client: DavClient,
    readonly setup: FolderSetup,
    readonly options: SyncOptions,
    readonly now: () => number,
    readonly fullRead: boolean,
    readonly mayWrite: boolean,
  ) {
    this.running = { since: now(), phase: 'listing', done: 0, total: 0 };
  }

  /** Reports progress; the database copy (what other tabs and pages see) at most every 300 ms. */
  async progress(phase: SyncPhase, done = 0, total = 0): Promise<void> {
    const changedPhase = phase !== this.running.phase;
    this.running = { ...this.running, phase, done, total };
    this.options.onProgress?.(this.running);
    const at = this.now();
    if (changedPhase || at - this.savedAt >= 300 || done === total) {
      this.savedAt = at;
      await writeRunning(this.db, this.running);
    }
  }
}

/** Thrown when this device took a new id mid-round: the round starts again under it. */
export class Renewed extends Error {
  override readonly name = 'Renewed';
}
