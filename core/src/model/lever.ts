import * as z from 'zod/mini';
import { finite, idList, limits, longText, nonEmptyText, planRecordFields, shortText } from './common.ts';

export const channels = [
  'seo',
  'sea',
  'content',
  'netlinking',
  'social',
  'social-ads',
  'emailing',
  'events',
  'webinars',
  'website',
  'partnerships',
  'pr',
  'sales',
  'other',
] as const;
export const channelSchema = z.enum(channels);
export type Channel = z.infer<typeof channelSchema>;

/** The levers workshop sorts each lever into continue / stop / start; `undecided` until it has. */
export const leverDecisionSchema = z.enum(['continue', 'stop', 'start', 'undecided']);
export type LeverDecision = z.infer<typeof leverDecisionSchema>;

export const figureSchema = z.object({ label: shortText, value: finite, unit: z._default(shortText, '') });
export type Figure = z.infer<typeof figureSchema>;

export const leverSchema = z.object({
  ...planRecordFields,
  name: nonEmptyText,
  channel: channelSchema,
  decision: z._default(leverDecisionSchema, 'undecided'),
  /** Last period's figures and verdict, the ground for the decision. */
  lastPeriod: z._default(
    z.object({
      figures: z._default(z.array(figureSchema).check(z.maxLength(limits.list)), []),
      verdict: z._default(longText, ''),
      /** Was a flop the lever itself or its execution? The method asks before stopping a lever. */
      cause: z._default(z.enum(['lever', 'execution', 'unknown']), 'unknown'),
    }),
    { figures: [], verdict: '', cause: 'unknown' },
  ),
  objectiveIds: idList,
  target: z.optional(z.object({ metric: shortText, value: finite, unit: z._default(shortText, '') })),
  kpiIds: idList,
  /** Relative weight when the budget is split across levers by priority. */
  weight: z._default(z.number().check(z.gte(0), z.lte(1_000_000)), 1),
});
export type Lever = z.infer<typeof leverSchema>;
