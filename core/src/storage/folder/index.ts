/** Folder sync over WebDAV: the I/O half (the pure half is core/src/sync/folder). */
export { deviceNames, type FolderDevice, folderDevices, retireDevice } from './devices.ts';
export { FolderError } from './errors.ts';
export { DavClient, type FetchLike, transferLimits } from './http.ts';
export { type SyncOptions, type SyncOutcome, syncFolder } from './round.ts';
export {
  createFolder,
  type FolderInput,
  type FolderSetupView,
  folderSchedule,
  folderSetupView,
  type Reach,
  type SetupInput,
  saveFolderSetup,
  type TestResult,
  testFolder,
} from './setup.ts';
export {
  clearFolderState as forgetFolder,
  type DamagedFile,
  readRunning as folderRunning,
  readSummary as folderSummary,
  type SyncRunning,
  type SyncSummary,
} from './state.ts';
