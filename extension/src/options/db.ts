import { openPlanDb, type PlanDb } from '@jalon/core';

/**
 * The options page opens the extension's database itself (it is an extension page, same origin
 * as the service worker): import needs its progress callback and a transaction of its own.
 */
export const db: PlanDb = openPlanDb();
