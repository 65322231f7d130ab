import { Dexie, type Table } from 'dexie';
import type { TableName } from '../model/tables.ts';
import type { ConflictEntry } from '../sync/bundle.ts';
import type { SyncRow } from '../sync/row.ts';
import { migrations } from './migrations.ts';

export interface MetaRow {
  /** `imports` counts file imports that changed something (folder sync reads it). */
  key: 'device' | 'clock' | 'imports';
  value: string;
}

/** A row of folder sync's device-local state (storage/folder/state.ts). */
export interface FolderSyncRow {
  key: string;
  value: unknown;
}

export type PlanDb = Dexie & { [T in TableName]: Table<SyncRow, string> } & {
  conflicts: Table<ConflictEntry, string>;
  meta: Table<MetaRow, string>;
  folderSync: Table<FolderSyncRow, string>;
};

export const DEFAULT_DB_NAME = 'jalon';

/**
 * The one database definition both apps share. Every table is keyed by the record's global id.
 * Writes use strict durability: a save or an import reported done is on disk, not in a cache
 * that a crash or a closed laptop lid would lose.
 */
export function openPlanDb(name: string = DEFAULT_DB_NAME): PlanDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' });
  for (const migration of migrations) {
    const version = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
  return db as PlanDb;
}
