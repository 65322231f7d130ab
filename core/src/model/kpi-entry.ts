import * as z from 'zod/mini';
import { finite, idSchema, isoDate, longText, planRecordFields, urlText } from './common.ts';

export const kpiEntrySourceSchema = z.enum(['manual', 'clip', 'import']);

/** One measured value of a KPI: typed after an event, clipped from a page, or imported. */
export const kpiEntrySchema = z.object({
  ...planRecordFields,
  kpiId: idSchema,
  value: finite,
  date: isoDate,
  source: z._default(kpiEntrySourceSchema, 'manual'),
  note: z._default(longText, ''),
  sourceUrl: z.optional(urlText),
});
export type KpiEntry = z.infer<typeof kpiEntrySchema>;
