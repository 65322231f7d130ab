import * as z from 'zod/mini';
import { cents, idSchema, isoDate, longText, planRecordFields } from './common.ts';

/**
 * Revenue (or value) actually won and attributed to a lever, and optionally to one of its actions:
 * what realised ROMI divides by spend. `date` is the day it was won, or the last day of the period
 * it sums up (a month's signed contracts). An action of another lever is not refused here: sync
 * merges field by field, so each field must stay valid alone; the lever counts for the lever's
 * ROMI, the action for the action's.
 */
export const revenueSchema = z.object({
  ...planRecordFields,
  leverId: idSchema,
  actionId: z.optional(idSchema),
  date: isoDate,
  amount: cents,
  note: z._default(longText, ''),
});
export type Revenue = z.infer<typeof revenueSchema>;
