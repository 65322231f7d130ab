/**
 * `@jalon/core/storage`: the only I/O in core — the Dexie database both apps share, its reads, the
 * named commands every write goes through, and bundle files. `@jalon/core` stays pure.
 */
/** Re-exported so that the apps observe the database through the same Dexie as core writes with. */
export { liveQuery } from 'dexie';
export { bindCommand } from './bind.ts';
export {
  BundleImportError,
  exportBundle,
  type ImportProgress,
  type ImportReport,
  importBundle,
} from './bundle-io.ts';
export { deviceId } from './clock.ts';
export * from './commands/index.ts';
export { DEFAULT_DB_NAME, type FolderSyncRow, type MetaRow, openPlanDb, type PlanDb } from './db.ts';
export {
  StorageError,
  type StorageErrorCode,
  storageMessage,
  storageMessages,
  watchConnection,
} from './errors.ts';
export * from './folder/index.ts';
export { migrations } from './migrations.ts';
export { exportPlanBundle, type PlanBundle } from './plan-bundle.ts';
export {
  inboxCount,
  type KpiWithLatest,
  kpiEntriesOf,
  kpisWithLatest,
  latestKpiValue,
  listConflicts,
  listPlans,
  loadPlanData,
  newestIdeas,
  openActions,
  requestPersistence,
} from './queries.ts';
export {
  getRecord,
  listRecords,
  type NewRecord,
  type RecordsByTable,
  toRecord,
} from './repository.ts';
