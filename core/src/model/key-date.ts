import * as z from 'zod/mini';
import { isoDate, longText, nonEmptyText, planRecordFields } from './common.ts';

/** The key dates of the year (trade shows, launches, seasons) that actions are organised around. */
export const keyDateSchema = z.object({
  ...planRecordFields,
  title: nonEmptyText,
  date: isoDate,
  kind: z._default(z.enum(['event', 'launch', 'season', 'deadline', 'other']), 'event'),
  notes: z._default(longText, ''),
});
export type KeyDate = z.infer<typeof keyDateSchema>;
