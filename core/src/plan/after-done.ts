import type { KeyAction } from '../model/key-action.ts';
import type { KeyDate } from '../model/key-date.ts';
import type { Kpi } from '../model/kpi.ts';
import type { Lever } from '../model/lever.ts';

/** Channels whose actions end with figures to take at once: leads met, people registered. */
const eventChannels: ReadonlySet<Lever['channel']> = new Set(['events', 'webinars']);

export interface KpiOffer {
  /** The KPIs to enter now, the action's own first. */
  kpis: Kpi[];
  /** An event action: a trade show, a webinar, or one tied to a key date of kind event. */
  event: boolean;
}

/**
 * What to ask for right after an action is ticked off: the KPIs it feeds, so that the figure is
 * entered while it is fresh ("Trade show done: how many leads?"). An action with KPIs of its own
 * offers them; an event action without any offers its lever's. Undefined when there is nothing to
 * ask (an action that feeds no KPI and is not an event).
 */
export function kpiOfferAfterDone(
  action: Pick<KeyAction, 'kpiIds' | 'leverId' | 'keyDateId'>,
  plan: { levers: readonly Lever[]; keyDates: readonly KeyDate[]; kpis: readonly Kpi[] },
): KpiOffer | undefined {
  const kpis = new Map(plan.kpis.map((k) => [k.id, k]));
  const lever = plan.levers.find((l) => l.id === action.leverId);
  const keyDate = action.keyDateId ? plan.keyDates.find((k) => k.id === action.keyDateId) : undefined;
  const event = (lever !== undefined && eventChannels.has(lever.channel)) || keyDate?.kind === 'event';
  const own = action.kpiIds.flatMap((id) => kpis.get(id) ?? []);
  if (own.length > 0) return { kpis: own, event };
  if (!event) return undefined;
  const ofLever = lever
    ? [...new Set([...lever.kpiIds, ...plan.kpis.filter((k) => k.leverId === lever.id).map((k) => k.id)])]
    : [];
  return { kpis: ofLever.flatMap((id) => kpis.get(id) ?? []), event };
}
