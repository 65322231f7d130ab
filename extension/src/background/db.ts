import { openPlanDb, type PlanDb } from '@jalon/core/storage';

let db: PlanDb | undefined;

/** The extension's database: one connection for the service worker's lifetime. */
export function planDb(): PlanDb {
  db ??= openPlanDb();
  return db;
}
