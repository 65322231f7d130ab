import * as z from 'zod/mini';
import { cents, idSchema, isoDate, nonEmptyText, planRecordFields } from './common.ts';

/** A line of the budget by objectives: planned and actual spend, tied to an objective and a lever. */
export const budgetLineSchema = z.object({
  ...planRecordFields,
  label: nonEmptyText,
  objectiveId: z.optional(idSchema),
  leverId: z.optional(idSchema),
  actionId: z.optional(idSchema),
  planned: z._default(cents, 0),
  actual: z._default(cents, 0),
  date: z.optional(isoDate),
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;
