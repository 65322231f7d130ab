/** The only I/O in core: the Dexie database both apps share, its repositories and bundle files. */

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
  listConflicts,
  listPlans,
  loadPlanData,
  type PlanData,
  requestPersistence,
  restoreConflict,
} from './queries.ts';
export {
  type Changes,
  createRecord,
  deleteRecord,
  getRecord,
  listRecords,
  type NewRecord,
  newId,
  restoreRecord,
  toRecord,
  updateRecord,
} from './repository.ts';
