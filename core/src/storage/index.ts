/** The only I/O in core: the Dexie database both apps share, its repositories and bundle files. */

/** Re-exported so that the apps observe the database through the same Dexie as core writes with. */
export { liveQuery } from 'dexie';
export {
  BundleImportError,
  exportBundle,
  type ImportProgress,
  type ImportReport,
  importBundle,
} from './bundle-io.ts';
export { deviceId } from './clock.ts';
export { DEFAULT_DB_NAME, type MetaRow, openPlanDb, type PlanDb } from './db.ts';
export { StorageError, type StorageErrorCode, storageMessage, watchConnection } from './errors.ts';
export { migrations } from './migrations.ts';
export {
  dismissConflict,
  type KpiWithLatest,
  kpiEntriesOf,
  kpisWithLatest,
  listConflicts,
  listPlans,
  loadPlanData,
  openActions,
  type PlanData,
  requestPersistence,
  restoreConflict,
} from './queries.ts';
export {
  type Changes,
  createRecord,
  createRecords,
  deleteRecord,
  getRecord,
  listRecords,
  type NewRecord,
  newId,
  type RecordsByTable,
  restoreRecord,
  toRecord,
  updateRecord,
} from './repository.ts';
