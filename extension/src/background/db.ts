import { openPlanDb, type PlanDb } from '@jalon/core';

let db: PlanDb | undefined;

/**
 * The extension's database, opened on first use: the service worker starts for every menu click
 * and message, and most of its starts need no database at all.
 */
export function planDb(): PlanDb {
  db ??= openPlanDb();
  return db;
}
