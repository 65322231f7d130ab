import * as z from 'zod/mini';
import { finite, idSchema, limits, longText, periodSchema, planRecordFields } from './common.ts';

export const kpiStatusValueSchema = z.enum(['achieved', 'on-track', 'at-risk', 'off-track', 'no-data']);

/** A KPI as it stood at review time, kept so that later edits do not rewrite the past. */
export const kpiSnapshotSchema = z.object({
  kpiId: idSchema,
  start: z.optional(finite),
  end: z.optional(finite),
  change: z.optional(finite),
  target: finite,
  status: kpiStatusValueSchema,
});
export type KpiSnapshot = z.infer<typeof kpiSnapshotSchema>;

/** A periodic review (step 7): results against targets, what worked, what flopped, decisions. */
export const reviewSchema = z.object({
  ...planRecordFields,
  kind: z._default(z.enum(['monthly', 'quarterly', 'half-year', 'custom']), 'monthly'),
  period: periodSchema,
  kpiSnapshot: z._default(z.array(kpiSnapshotSchema).check(z.maxLength(limits.list)), []),
  worked: z._default(longText, ''),
  flopped: z._default(longText, ''),
  decisions: z._default(longText, ''),
});
export type Review = z.infer<typeof reviewSchema>;
