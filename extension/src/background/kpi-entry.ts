import {
  checkFigureForKpi,
  type ExtractedFigure,
  type Kpi,
  type KpiValueError,
  limits,
  type NewRecord,
  type PlanDb,
} from '@jalon/core';
import type { Capture } from '../messages.ts';
import { lastKpiValue } from './kpi-last.ts';

/** A figure the worker will not record on the KPI picked for it; the router words it for the user. */
export class KpiValueRefused extends Error {
  override readonly name = 'KpiValueRefused';
  constructor(
    /** A refusal of core's toKpiValue, or `unconfirmed`: out of scale and not confirmed by the user. */
    readonly reason: KpiValueError | 'unconfirmed',
    readonly figure: string,
    readonly currency: string,
  ) {
    super(`${figure}: ${reason}`);
  }
}

/**
 * The KPI entry a clipped figure gives, converted and checked by core (checkFigureForKpi) with the
 * KPI's latest value read in the same transaction. The popup asks before it sends a figure that
 * looks out of scale; the worker checks again, since a draft is only a message.
 */
export async function clippedKpiEntry(
  db: PlanDb,
  planCurrency: string,
  kpi: Kpi,
  figure: ExtractedFigure,
  confirmed: boolean,
  capture: Capture,
  today: string,
): Promise<NewRecord<'kpiEntries'>> {
  const checked = checkFigureForKpi(figure, kpi, planCurrency, await lastKpiValue(db, kpi.id));
  if (!checked.ok) throw new KpiValueRefused(checked.error, figure.text, planCurrency);
  if (checked.warnings.length > 0 && !confirmed)
    throw new KpiValueRefused('unconfirmed', figure.text, planCurrency);
  const where = [figure.label, capture.pageTitle].filter(Boolean).join(' — ');
  return {
    planId: kpi.planId,
    kpiId: kpi.id,
    value: checked.value,
    date: today,
    source: 'clip',
    note: `${figure.text}${where ? ` (${where})` : ''}`.slice(0, limits.longText),
    ...(capture.pageUrl ? { sourceUrl: capture.pageUrl } : {}),
  };
}
