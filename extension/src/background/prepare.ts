import type { PlanDb } from '@jalon/core/storage';
import { warmFigures } from '../capture/figures.ts';
import { readSettings } from '../settings.ts';
import { userLocale } from './locale.ts';
import { currentPlan } from './plan.ts';

/**
 * Run when the extension is installed or updated: the database opened (its tables created on a
 * first install) and the plan clips go to ready (the inbox made when there is no plan yet), so
 * that the very first clip only writes its idea; then core's figure tables for the user's locale,
 * for the first capture made while this worker still runs. A failure here costs nothing: the
 * first clip does the same work.
 */
export async function prepareForClips(db: PlanDb): Promise<void> {
  await db.open();
  await currentPlan(db);
  warmFigures(userLocale(await readSettings()).locale);
}
