/// <reference lib="webworker" />
import { PlanError } from '@jalon/core';
import { BundleImportError, importBundle, openPlanDb, StorageError } from '@jalon/core/storage';
import type { ImportRequest, WorkerReply } from './import-protocol.ts';

/**
 * Reads, checks and merges an import file off the main thread: a large file neither freezes the
 * page nor keeps Cancel from answering (the page terminates this worker, which aborts the import
 * transaction: nothing is written). The worker opens its own connection to the app's database.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: WorkerReply) => scope.postMessage(reply);

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { file, locale } = event.data;
  try {
    post({ type: 'phase', phase: 'reading' });
    const text = await file.text();
    post({ type: 'phase', phase: 'checking' });
    const db = openPlanDb();
    const report = await importBundle(db, text, {
      locale,
      onProgress: ({ done, total }) => post({ type: 'progress', done, total }),
    });
    db.close();
    post({ type: 'done', report });
  } catch (error) {
    if (error instanceof BundleImportError) {
      post({
        type: 'failed',
        error: { kind: 'bundle', code: error.code, message: error.message, detail: error.detail },
      });
    } else if (error instanceof StorageError) {
      post({ type: 'failed', error: { kind: 'storage', code: error.code } });
    } else if (error instanceof PlanError) {
      post({ type: 'failed', error: { kind: 'plan', code: error.code, field: error.field } });
    } else {
      post({ type: 'failed', error: { kind: 'other' } });
    }
  }
};
