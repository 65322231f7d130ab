import { listRecords, type PlanDb } from '@jalon/core/storage';
import { buildCapture } from '../capture/build.ts';
import type { Capture, PopupContext } from '../protocol.ts';
import { readSettings } from '../settings.ts';
import { listIdeas, summary } from './ideas.ts';
import { userLocale } from './locale.ts';
import { getPending } from './pending.ts';
import { currentPlan } from './plan.ts';
import { collectFromTab } from './tab-capture.ts';

const RECENT = 5;

/** Everything the popup shows when it opens, in one answer: it renders as soon as this arrives. */
export async function popupContext(db: PlanDb, pendingId?: string): Promise<PopupContext> {
  const { language, locale } = userLocale(await readSettings());
  const plan = await currentPlan(db);
  const pending = pendingId ? await getPending(pendingId) : undefined;
  const [levers, objectives, personas, kpis, ideas, capture] = await Promise.all([
    listRecords(db, 'levers', plan.id),
    listRecords(db, 'objectives', plan.id),
    listRecords(db, 'personas', plan.id),
    listRecords(db, 'kpis', plan.id),
    listIdeas(db, plan.id),
    // A capture window whose pending figure is gone (saved, cancelled, browser restarted) shows
    // nothing to record rather than whatever tab happens to be active.
    pendingId ? Promise.resolve(pending ?? null) : activeTabCapture(locale),
  ]);
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, language);
  return {
    language,
    plan: { id: plan.id, name: plan.name, currency: plan.currency },
    levers: levers.map((l) => ({ id: l.id, name: l.name })).sort(byName),
    objectives: objectives.map((o) => ({ id: o.id, name: o.title })).sort(byName),
    personas: personas.map((p) => ({ id: p.id, name: p.name })).sort(byName),
    kpis: kpis.map((k) => ({ id: k.id, name: k.name, unit: k.unit })).sort(byName),
    mode: pendingId ? 'kpi' : 'idea',
    capture,
    ...(pending && pendingId ? { pendingId } : {}),
    recent: ideas.slice(0, RECENT).map(summary),
    inboxCount: ideas.filter((idea) => idea.status === 'inbox').length,
  };
}

/**
 * The tab the popup was opened over: the active tab of the last focused browser window (the
 * popup itself is not a window; a capture window is, of type "popup", hence the filter).
 */
async function activeTabCapture(locale: string): Promise<Capture | null> {
  const window = await chrome.windows.getLastFocused({ windowTypes: ['normal'] }).catch(() => undefined);
  if (!window?.id) return null;
  const [tab] = await chrome.tabs.query({ active: true, windowId: window.id });
  if (tab?.id === undefined || tab.url?.startsWith(chrome.runtime.getURL(''))) return null;
  const collected = await collectFromTab(tab.id, 0, { type: 'collect', mode: 'selection' });
  return buildCapture('popup', collected, { pageUrl: tab.url, pageTitle: tab.title }, locale);
}
