import type { Plan } from '@jalon/core';
import { createInboxPlan, getRecord, listPlans, type PlanDb } from '@jalon/core/storage';
import { clipPlan } from '../current-plan.ts';
import { translate } from '../i18n.ts';
import { localToday } from '../local-date.ts';
import { readSettings, writeSettings } from '../settings.ts';
import { userLocale } from './locale.ts';

let pending: Promise<Plan> | undefined;

/**
 * The plan clips go to (see clipPlan): the one chosen in the options; else the newest plan
 * imported from the PWA; else this extension's own "Idea inbox", made at install (see prepare.ts)
 * or, should it be gone, now: a clip made on day one has somewhere to go. One at a time: two
 * clips on a fresh install must not create two inboxes.
 */
export function currentPlan(db: PlanDb): Promise<Plan> {
  pending ??= findOrCreatePlan(db).finally(() => {
    pending = undefined;
  });
  return pending;
}

/**
 * The plan clips go to, without creating one (the badge). A plan found that the user did not
 * choose is kept as the choice, so that importing another plan later does not move the clips;
 * the inbox is never kept so: a plan imported later takes over from it.
 */
export async function findPlan(db: PlanDb): Promise<Plan | undefined> {
  const settings = await readSettings();
  if (settings.planId) {
    const chosen = await getRecord(db, 'plans', settings.planId);
    if (chosen) return chosen;
  }
  const plan = clipPlan(await listPlans(db), settings);
  if (plan && plan.id !== settings.inboxPlanId) await writeSettings({ planId: plan.id });
  return plan;
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
  await writeSettings({ inboxPlanId: plan.id });
  return plan;
}
