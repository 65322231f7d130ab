// fake-indexeddb first: Dexie (inside @jalon/core) picks up the global indexedDB when it loads.
import 'fake-indexeddb/auto';
import { addDays, buildExamplePlan, type ExamplePlan, newId } from '@jalon/core';
import { createPlan, exportBundle, openPlanDb, type PlanDb } from '@jalon/core/storage';

/**
 * Bundles made in Node with core's own commands (over fake-indexeddb), as another device
 * would: real stamps, real device ids. The tests import them through the page's UI.
 */

/** Today in this machine's time zone, as the page computes it. */
export function localToday(now = new Date()): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

let dbCount = 0;
export function nodeDb(): PlanDb {
  return openPlanDb(`node-${process.pid}-${++dbCount}`);
}

export async function writeAll(db: PlanDb, plan: Partial<ExamplePlan>): Promise<void> {
  await createPlan(db, plan);
}

export interface DemoPlan {
  bundle: string;
  planId: string;
  /** The actions made due: overdue (feeding the KPI `kpiName`), today. */
  due: { id: string; title: string }[];
  kpiName: string;
  /** A percentage KPI, for typing "12,5 %". */
  kpiId: string;
}

/**
 * core's example plan (alive on today: KPIs measured, actions done and late, spend, revenue),
 * with two open actions made due (yesterday and today) so the checklist has something to tick,
 * and, in place of the example's ideas, three clipped ideas — one with a `javascript:` link
 * and markup in its text, which must stay inert.
 */
export async function demoPlan(lang: 'fr' | 'en'): Promise<DemoPlan> {
  const today = localToday();
  const now = new Date().toISOString();
  const plan = buildExamplePlan(lang, { today, newId, now });
  const planId = plan.plans[0]!.id;
  const kpi = plan.kpis.find((k) => k.unit === 'percent') ?? plan.kpis[0]!;
  const plainLever = plan.levers.find((l) => l.channel !== 'events' && l.channel !== 'webinars');
  const movable = plan.actions.filter((a) => !a.relativeTo && a.steps.length > 0 && a.status !== 'done');
  const dates = [addDays(today, -1), today];
  const due = movable.slice(0, dates.length).map((action, i) => {
    action.startDate = dates[i]!;
    action.deadline = dates[i]!;
    action.durationDays = 1;
    // Not started yet, none of its steps ticked: the tests tick them.
    action.status = 'todo';
    action.steps = action.steps.map((step) => ({ ...step, done: false }));
    // The overdue one feeds the KPI with entries: ticking it offers to enter that KPI; the one due
    // today feeds none and is no event, so ticking it asks nothing.
    if (i === 0) action.kpiIds = [kpi.id];
    else {
      action.kpiIds = [];
      delete action.keyDateId;
      action.leverId = plainLever?.id ?? action.leverId;
    }
    return { id: action.id, title: action.title };
  });
  const lever = plan.levers[0]!;
  const idea = (fields: Record<string, unknown>) => ({
    id: newId(),
    planId,
    createdAt: now,
    updatedAt: now,
    ...fields,
  });
  const ideas = [
    idea({
      kind: 'selection',
      text:
        lang === 'fr'
          ? '62 % des acheteurs B2B consultent trois contenus avant de parler à un commercial.'
          : '62% of B2B buyers read three pieces of content before talking to sales.',
      pageUrl: 'https://example.com/b2b-study',
      pageTitle: lang === 'fr' ? 'Étude acheteurs B2B 2026' : 'B2B buyer study 2026',
      site: 'example.com',
      figures: [{ value: 62, kind: 'percent', text: '62 %', label: lang === 'fr' ? 'acheteurs' : 'buyers' }],
      tags: ['contenu', 'b2b'],
      leverId: lever.id,
    }),
    idea({
      kind: 'selection',
      text: '<img src=x onerror="document.title=\'pwned\'"> <b>not bold</b>',
      pageUrl: 'javascript:document.title="pwned"',
      pageTitle: lang === 'fr' ? 'Page suspecte' : 'Suspicious page',
      site: 'evil.example',
      figures: [{ value: 1234.5, kind: 'currency', currency: 'EUR', text: '1 234,50 €' }],
    }),
    idea({
      kind: 'note',
      text: lang === 'fr' ? 'Tester un chat sur la page tarifs' : 'Try a chat on the pricing page',
      status: 'discarded',
    }),
  ];
  const db = nodeDb();
  await writeAll(db, { ...plan, ideas: ideas as never });
  const bundle = await exportBundle(db);
  db.close();
  return { bundle, planId, due, kpiName: kpi.name, kpiId: kpi.id };
}
