import type { Plan } from '@jalon/core';
import { createInboxPlan, getRecord, listPlans, type PlanDb } from '@jalon/core/storage';
import { translate } from '../i18n.ts';
import { localToday } from '../local-date.ts';
import { readSettings, writeSettings } from '../settings.ts';
import { userLocale } from './locale.ts';

let pending: Promise<Plan> | undefined;

/**
 * The plan clips go to: the one chosen in the options; else the newest plan in the database
 * (one imported from the PWA); else a plan this extension creates, "Idea inbox", so that a clip
 * made on day one has somewhere to go. One at a time: two clips on a fresh install must not
 * create two inboxes.
 */
export function currentPlan(db: PlanDb): Promise<Plan> {
  pending ??= findOrCreatePlan(db).finally(() => {
    pending = undefined;
  });
  return pending;
}

/** The plan clips go to, without creating one (for the badge: installing must not create a plan). */
export async function findPlan(db: PlanDb): Promise<Plan | undefined> {
  const settings = await readSettings();
  if (settings.planId) {
    const chosen = await getRecord(db, 'plans', settings.planId);
    if (chosen) return chosen;
  }
  const [newest] = await listPlans(db);
  if (newest) await writeSettings({ planId: newest.id });
  return newest;
}

async function findOrCreatePlan(db: PlanDb): Promise<Plan> {
  const found = await findPlan(db);
  if (found) return found;
  const { language, locale } = userLocale(await readSettings());
  const plan = await createInboxPlan(db, {
    name: translate(language, 'inboxPlanName'),
    locale,
    today: localToday(),
  });
  await writeSettings({ planId: plan.id, inboxPlanId: plan.id });
  return plan;
}
