import * as z from 'zod/mini';
import { cents, idSchema, nonEmptyText, periodSchema, rate, recordFields, shortText } from './common.ts';

export const stageSourceSchema = z.enum(['own', 'benchmark']);
export type StageSource = z.infer<typeof stageSourceSchema>;

/** One step of the funnel: the share of this stage that reaches the next (the last one's next is "customers"). */
export const funnelStageSchema = z.object({
  id: idSchema,
  label: shortText,
  conversionRate: rate,
  source: stageSourceSchema,
});
export type FunnelStage = z.infer<typeof funnelStageSchema>;

/** Unit economics behind the objectives method of budgeting (step 6). */
export const economicsSchema = z.object({
  averageRevenuePerAccount: cents, // per month
  grossMargin: rate,
  monthlyChurn: rate,
  cac: z.optional(cents),
  targetLtvToCac: z.optional(z.number().check(z.gt(0), z.lte(100))),
});
export type Economics = z.infer<typeof economicsSchema>;

export const planSchema = z.object({
  ...recordFields,
  name: nonEmptyText,
  description: z._default(shortText, ''),
  period: periodSchema,
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  locale: z.string().check(z.minLength(2), z.maxLength(35)),
  /** New revenue to win over the period. */
  revenueGoal: cents,
  averageDealValue: cents,
  /** Top of the funnel first. */
  stages: z.array(funnelStageSchema).check(z.minLength(1), z.maxLength(20)),
  benchmarkId: z.optional(idSchema),
  economics: z.optional(economicsSchema),
  /** Marketing budget for the period, from the objectives method or set by hand. */
  budget: z._default(cents, 0),
});
export type Plan = z.infer<typeof planSchema>;
