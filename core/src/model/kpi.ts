import * as z from 'zod/mini';
import { finite, idSchema, isoDate, nonEmptyText, planRecordFields, shortText } from './common.ts';

/**
 * A key performance indicator. Values of a `currency` KPI are integer cents of the plan's
 * currency, like all money in core; `percent` values are percentages as shown (12.5 for 12,5 %).
 */
export const kpiUnitSchema = z.enum(['number', 'percent', 'currency']);
export type KpiUnit = z.infer<typeof kpiUnitSchema>;

// No cross-field refinement (startDate ≤ deadline) here: sync merges field by field, so a record
// must stay valid whatever mix of fields two devices produce. kpiStatus reports a bad range.
export const kpiSchema = z.object({
  ...planRecordFields,
  name: nonEmptyText,
  unit: z._default(kpiUnitSchema, 'number'),
  direction: z._default(z.enum(['increase', 'decrease']), 'increase'),
  baseline: finite,
  target: finite,
  startDate: isoDate,
  deadline: isoDate,
  frequency: z._default(z.enum(['daily', 'weekly', 'monthly', 'quarterly']), 'monthly'),
  objectiveId: z.optional(idSchema),
  leverId: z.optional(idSchema),
  description: z._default(shortText, ''),
});
export type Kpi = z.infer<typeof kpiSchema>;
