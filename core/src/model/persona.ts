import * as z from 'zod/mini';
import { isoDate, longText, nonEmptyText, planRecordFields, shortText, textList } from './common.ts';

/** A buyer persona. Personas change, so each carries the date of its last review (due after six months). */
export const personaSchema = z.object({
  ...planRecordFields,
  name: nonEmptyText,
  role: z._default(shortText, ''),
  company: z._default(shortText, ''),
  goals: textList,
  stakes: textList,
  problems: textList,
  channels: textList,
  objections: textList,
  notes: z._default(longText, ''),
  lastReviewed: z.optional(isoDate),
});
export type Persona = z.infer<typeof personaSchema>;

export const PERSONA_REVIEW_MONTHS = 6;
