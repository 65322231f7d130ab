import * as z from 'zod/mini';
import {
  finite,
  idList,
  idSchema,
  isoDate,
  longText,
  nonEmptyText,
  planRecordFields,
  shortText,
} from './common.ts';
import { kpiUnitSchema } from './kpi.ts';

/**
 * A SMART objective. `kind: 'intermediate'` objectives are derived from the revenue goal through
 * the reverse funnel (one per stage) and point at their `parentId`.
 */
export const objectiveSchema = z.object({
  ...planRecordFields,
  title: nonEmptyText,
  description: z._default(longText, ''),
  kind: z._default(z.enum(['business', 'intermediate']), 'business'),
  metric: z.optional(shortText),
  /** Same units as KPIs: money in cents when `currency`, percentages as shown when `percent`. */
  unit: z.optional(kpiUnitSchema),
  baseline: z.optional(finite),
  target: z.optional(finite),
  startDate: z.optional(isoDate),
  deadline: z.optional(isoDate),
  owner: z.optional(shortText),
  parentId: z.optional(idSchema),
  /** The funnel stage an intermediate objective stands for. */
  stageId: z.optional(idSchema),
  kpiIds: idList,
});
export type Objective = z.infer<typeof objectiveSchema>;
