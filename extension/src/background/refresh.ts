import { readSettings } from '../settings.ts';
import { showInboxCount } from './badge.ts';
import { planDb } from './db.ts';
import { userLocale } from './locale.ts';
import { findPlan } from './plan.ts';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Recounts the inbox of the current plan onto the badge; returns the count. One at a time: two
 * clips in a row must not let the older count be written last.
 */
export function refreshBadge(): Promise<number> {
  const run = queue.then(async () => {
    const db = planDb();
    const plan = await findPlan(db);
    return showInboxCount(db, plan?.id, userLocale(await readSettings()).language);
  });
  queue = run.catch(() => {});
  return run;
}
