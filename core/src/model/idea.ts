import * as z from 'zod/mini';
import {
  finite,
  idList,
  idSchema,
  limits,
  longText,
  planRecordFields,
  shortText,
  urlText,
} from './common.ts';

/** What a page says about itself (title, Open Graph, JSON-LD…), as captured with a clip. */
export const pageMetadataSchema = z.object({
  title: z.optional(shortText),
  description: z.optional(longText),
  siteName: z.optional(shortText),
  author: z.optional(shortText),
  published: z.optional(shortText),
  language: z.optional(shortText),
  canonicalUrl: z.optional(urlText),
  image: z.optional(urlText),
});
export type PageMetadata = z.infer<typeof pageMetadataSchema>;

/** A number found in clipped text, with the row/column headers of its table cell when there is one. */
export const extractedFigureSchema = z.object({
  value: finite,
  kind: z.enum(['number', 'percent', 'currency']),
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  text: shortText,
  label: z.optional(shortText),
});
export type ExtractedFigure = z.infer<typeof extractedFigureSchema>;

export const ideaStatusSchema = z.enum(['inbox', 'accepted', 'discarded']);
export type IdeaStatus = z.infer<typeof ideaStatusSchema>;

/** An idea, quote or figure clipped from a web page into the plan's inbox. */
export const ideaSchema = z.object({
  ...planRecordFields,
  kind: z._default(z.enum(['selection', 'page', 'link', 'note']), 'selection'),
  text: longText,
  pageUrl: z._default(urlText, ''),
  pageTitle: z._default(shortText, ''),
  site: z._default(shortText, ''),
  metadata: z._default(pageMetadataSchema, {}),
  figures: z._default(z.array(extractedFigureSchema).check(z.maxLength(limits.list)), []),
  tags: z._default(z.array(shortText).check(z.maxLength(limits.tags)), []),
  note: z._default(longText, ''),
  leverId: z.optional(idSchema),
  objectiveId: z.optional(idSchema),
  personaIds: idList,
  status: z._default(ideaStatusSchema, 'inbox'),
  /** The action an accepted idea became. */
  actionId: z.optional(idSchema),
});
export type Idea = z.infer<typeof ideaSchema>;
