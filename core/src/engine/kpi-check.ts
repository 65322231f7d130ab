import type { KpiUnit } from '../model/kpi.ts';
import type { Metric, MetricKind } from './metric.ts';
import { type KpiValueError, toKpiValue } from './money.ts';

/** What a value is compared with: the KPI's latest entry, else its baseline, else its target. */
export type KpiReferenceKind = 'last' | 'baseline' | 'target';

/**
 * Why a value deserves a second look before it is stored; the apps translate each code. The value
 * is stored as it is if the user confirms: a KPI may really jump (a first big campaign).
 */
export interface KpiValueWarning {
  readonly code: 'ten-times' | 'a-tenth';
  readonly against: KpiReferenceKind;
  /** The value compared with, in the KPI's stored units (cents for money). */
  readonly reference: number;
}

/** The KPI fields the check reads. */
export interface CheckedKpi {
  readonly unit: KpiUnit;
  readonly baseline: number;
  readonly target: number;
}

// "Ten times" both ways: a figure off by a factor of ten or more is far more often the wrong
// figure (a budget picked for a cost per lead, euros read as cents) than a real change.
const FACTOR = 10;

/**
 * Plausibility of a value about to be stored on a KPI, in the KPI's stored units (see toKpiValue):
 * at least ten times, or at most a tenth of, the KPI's last value (else its baseline, else its
 * target, the first that is not zero). A zero value, or no non-zero reference, raises nothing:
 * there is no size to compare. Pure: the caller reads `lastValue` from wherever it keeps entries.
 */
export function checkKpiValue(value: number, kpi: CheckedKpi, lastValue?: number): KpiValueWarning[] {
  const reference = referenceOf(kpi, lastValue);
  if (!reference || value === 0 || !Number.isFinite(value)) return [];
  const ratio = Math.abs(value) / Math.abs(reference.value);
  if (ratio >= FACTOR) return [{ code: 'ten-times', against: reference.kind, reference: reference.value }];
  if (ratio <= 1 / FACTOR) return [{ code: 'a-tenth', against: reference.kind, reference: reference.value }];
  return [];
}

function referenceOf(kpi: CheckedKpi, lastValue?: number): { kind: KpiReferenceKind; value: number } | null {
  const candidates: [KpiReferenceKind, number | undefined][] = [
    ['last', lastValue],
    ['baseline', kpi.baseline],
    ['target', kpi.target],
  ];
  for (const [kind, value] of candidates) {
    if (value !== undefined && Number.isFinite(value) && value !== 0) return { kind, value };
  }
  return null;
}

export type FigureForKpi =
  | { ok: true; value: number; warnings: KpiValueWarning[] }
  | { ok: false; error: KpiValueError; currency?: string };

/**
 * A figure (clipped or typed) checked for a KPI in one step: the value to store (toKpiValue: a
 * figure of the wrong kind, money on a percent KPI for one, is refused with its code) and what to
 * ask the user before storing it (checkKpiValue).
 */
export function checkFigureForKpi(
  figure: { readonly value: number; readonly kind: MetricKind; readonly currency?: string | undefined },
  kpi: CheckedKpi,
  planCurrency: string,
  lastValue?: number,
): FigureForKpi {
  const { value, kind, currency } = figure;
  const metric: Metric = currency === undefined ? { value, kind } : { value, kind, currency };
  const converted = toKpiValue(metric, kpi.unit, planCurrency);
  if (!converted.ok) return converted;
  return { ok: true, value: converted.value, warnings: checkKpiValue(converted.value, kpi, lastValue) };
}
