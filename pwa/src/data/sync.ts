import { bundleLimits, bundleMessage, PlanError } from '@jalon/core';
import { BundleImportError, exportBundle, type ImportReport, StorageError } from '@jalon/core/storage';
import { running } from '../shell/busy.ts';
import { planDb } from './db.ts';
import type { ImportPhase, WorkerError, WorkerReply } from './import-protocol.ts';

export type { ImportReport };
export type ImportProgress = { phase: ImportPhase } | { phase: 'merging'; done: number; total: number };

/** The whole database as one bundle file's text. */
export function exportFile(): Promise<string> {
  return exportBundle(planDb());
}

function rebuild(error: WorkerError): Error {
  if (error.kind === 'bundle') {
    return new BundleImportError({
      code: error.code,
      message: error.message,
      ...(error.detail ? { detail: error.detail } : {}),
    });
  }
  if (error.kind === 'storage') return new StorageError(error.code);
  if (error.kind === 'plan') return new PlanError(error.code, error.field);
  return new Error('import failed');
}

/**
 * Imports a bundle file: its size is checked before anything is read, then a worker reads,
 * checks and merges it (one transaction) with progress. `signal` cancels: the worker is stopped,
 * which aborts its transaction, so a cancelled import writes nothing. Rejects with core's error
 * classes (translated refusals), or an AbortError when cancelled.
 */
export function importFile(
  file: File,
  options: { locale: string; onProgress?: (progress: ImportProgress) => void; signal?: AbortSignal },
): Promise<ImportReport> {
  if (file.size > bundleLimits.maxChars) {
    const size = `${(file.size / 1_048_576).toFixed(1)} MB > ${(bundleLimits.maxChars / 1_048_576).toFixed(1)} MB`;
    return Promise.reject(
      new BundleImportError({ code: 'too-large', message: bundleMessage('too-large', options.locale, size) }),
    );
  }
  return new Promise<ImportReport>((resolve, reject) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    running.set((n) => n + 1);
    let settled = false;
    const finish = () => {
      if (settled) return false;
      settled = true;
      worker.terminate();
      running.set((n) => n - 1);
      options.signal?.removeEventListener('abort', cancel);
      return true;
    };
    const cancel = () => {
      if (finish()) reject(new DOMException('Import cancelled', 'AbortError'));
    };
    if (options.signal?.aborted) return cancel();
    options.signal?.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'phase') options.onProgress?.({ phase: reply.phase });
      else if (reply.type === 'progress')
        options.onProgress?.({ phase: 'merging', done: reply.done, total: reply.total });
      else if (reply.type === 'done') {
        if (finish()) resolve(reply.report);
      } else if (finish()) reject(rebuild(reply.error));
    };
    worker.onerror = () => {
      if (finish()) reject(new Error('import worker failed'));
    };
    worker.postMessage({ file, locale: options.locale });
  });
}
