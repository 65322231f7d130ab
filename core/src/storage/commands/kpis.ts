import type { Metric } from '../../engine/metric.ts';
import { type KpiValue, kpiValueFromText, toKpiValue } from '../../engine/money.ts';
import { PlanError } from '../../errors.ts';
import { limits } from '../../model/common.ts';
import type { KpiEntry } from '../../model/kpi-entry.ts';
import type { PlanDb } from '../db.ts';
import { guard } from '../errors.ts';
import { getRecord } from '../repository.ts';
import { addRecord } from './edit.ts';

export interface KpiValueInput {
  kpiId: string;
  date: string;
  note?: string;
  source?: KpiEntry['source'];
  sourceUrl?: string;
}

async function addEntry(
  db: PlanDb,
  input: KpiValueInput,
  read: (unit: 'number' | 'percent' | 'currency', currency: string) => KpiValue,
) {
  return guard(() =>
    db.transaction('rw', [db.kpis, db.plans, db.kpiEntries, db.meta], async () => {
      const kpi = await getRecord(db, 'kpis', input.kpiId);
      if (!kpi) throw new PlanError('unknown-reference', 'kpiEntries.kpiId', input.kpiId);
      const plan = await getRecord(db, 'plans', kpi.planId);
      if (!plan) throw new PlanError('unknown-reference', 'kpiEntries.planId', kpi.planId);
      const value = read(kpi.unit, plan.currency);
      if (!value.ok) throw new PlanError('invalid-kpi-value', 'kpiEntries.value', value.error);
      return addRecord(db, 'kpiEntries', {
        planId: kpi.planId,
        kpiId: kpi.id,
        value: value.value,
        date: input.date,
        source: input.source ?? 'manual',
        note: (input.note ?? '').slice(0, limits.longText),
        ...(input.sourceUrl ? { sourceUrl: input.sourceUrl } : {}),
      });
    }),
  );
}

/**
 * Records a KPI value from text typed in `locale` ("12,5 %", "1 234 €", "3,4 k"), converted once
 * by core (`kpiValueFromText`): cents of the plan's currency for a money KPI. A value that does
 * not fit the KPI is refused (`invalid-kpi-value`, detail: the KpiValueError) and nothing is written.
 */
export function addKpiValue(
  db: PlanDb,
  input: KpiValueInput & { text: string; locale: string },
): Promise<KpiEntry> {
  return addEntry(db, input, (unit, currency) => kpiValueFromText(input.text, unit, currency, input.locale));
}

/** Records a figure found in a page (or parsed elsewhere) as a KPI value, with the same rules. */
export function addKpiFigure(db: PlanDb, input: KpiValueInput & { figure: Metric }): Promise<KpiEntry> {
  return addEntry(db, input, (unit, currency) => toKpiValue(input.figure, unit, currency));
}
