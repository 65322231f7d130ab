import type { Kpi } from '@jalon/core';
import { inboxCount, latestKpiValue, listRecords, newestIdeas, type PlanDb } from '@jalon/core/storage';
import { buildCapture } from '../capture/build.ts';
import type { Capture, Collected, PopupContext } from '../protocol.ts';
import { readSettings } from '../settings.ts';
import { summary } from './ideas.ts';
import { userLocale } from './locale.ts';
import { getPending } from './pending.ts';
import { currentPlan } from './plan.ts';
import { collectFromTab, popupTab, whileWarming } from './tab-capture.ts';

const RECENT = 5;

/**
 * Everything the popup shows when it opens, in one answer: it renders as soon as this arrives.
 * The tab is asked first: the page reads itself in its own process while the worker reads the
 * settings and the database, rather than after them.
 */
export async function popupContext(db: PlanDb, pendingId?: string): Promise<PopupContext> {
  const reading = pendingId ? undefined : readPopupTab();
  const [settings, plan, pending] = await Promise.all([
    readSettings(),
    currentPlan(db),
    pendingId ? getPending(pendingId) : undefined,
  ]);
  const { language, locale } = userLocale(settings);
  const [levers, objectives, personas, kpis, recent, inbox, capture] = await Promise.all([
    listRecords(db, 'levers', plan.id),
    listRecords(db, 'objectives', plan.id),
    listRecords(db, 'personas', plan.id),
    listRecords(db, 'kpis', plan.id).then((list) => withLastValues(db, list)),
    // The newest few and a count, through indexes: not every idea of the plan on each open.
    newestIdeas(db, plan.id, RECENT),
    inboxCount(db, plan.id),
    // A capture window whose pending figure is gone (saved, cancelled, browser restarted) shows
    // nothing to record rather than whatever tab happens to be active.
    reading ? captureOf(reading, locale) : Promise.resolve(pending ?? null),
  ]);
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, language);
  return {
    language,
    plan: { id: plan.id, name: plan.name, currency: plan.currency },
    levers: levers.map((l) => ({ id: l.id, name: l.name })).sort(byName),
    objectives: objectives.map((o) => ({ id: o.id, name: o.title })).sort(byName),
    personas: personas.map((p) => ({ id: p.id, name: p.name })).sort(byName),
    kpis: kpis.sort(byName),
    mode: pendingId ? 'kpi' : 'idea',
    capture,
    ...(pending && pendingId ? { pendingId } : {}),
    recent: recent.map(summary),
    inboxCount: inbox,
  };
}

/** What the figure pickers need of each KPI: its unit and scale, to check a figure before it is stored. */
function withLastValues(db: PlanDb, kpis: Kpi[]): Promise<PopupContext['kpis']> {
  return Promise.all(
    kpis.map(async ({ id, name, unit, baseline, target }) => {
      const last = await latestKpiValue(db, id);
      return { id, name, unit, baseline, target, ...(last === undefined ? {} : { last }) };
    }),
  );
}

interface TabReading {
  tab: chrome.tabs.Tab;
  collected: Promise<Collected | undefined>;
}

/**
 * The tab the popup was opened over, read for the form: its selection and the page's own tags
 * (Readability, the slow part, runs in the page after it answers; the save takes its result,
 * see page-metadata.ts). Null for no readable tab.
 */
async function readPopupTab(): Promise<TabReading | null> {
  const tab = await popupTab();
  if (tab?.id === undefined) return null;
  return {
    tab,
    collected: collectFromTab(tab.id, 0, { type: 'collect', mode: 'selection', metadata: 'tags' }),
  };
}

async function captureOf(reading: Promise<TabReading | null>, locale: string): Promise<Capture | null> {
  const read = await reading;
  if (!read) return null;
  const collected = await whileWarming(read.collected, locale);
  return buildCapture('popup', collected, { pageUrl: read.tab.url, pageTitle: read.tab.title }, locale);
}
