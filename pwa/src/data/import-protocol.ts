import type { BundleErrorCode, PlanErrorCode } from '@jalon/core';
import type { ImportReport, StorageErrorCode } from '@jalon/core/storage';

/** The messages between the page and the import worker (data/import.worker.ts). */
export interface ImportRequest {
  file: File;
  locale: string;
}

export type ImportPhase = 'reading' | 'checking';

/** Errors cross the worker boundary as data; the page rebuilds core's error classes from them. */
export type WorkerError =
  | { kind: 'bundle'; code: BundleErrorCode; message: string; detail: string | undefined }
  | { kind: 'storage'; code: StorageErrorCode }
  | { kind: 'plan'; code: PlanErrorCode; field: string }
  | { kind: 'other' };

export type WorkerReply =
  | { type: 'phase'; phase: ImportPhase }
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; report: ImportReport }
  | { type: 'failed'; error: WorkerError };
