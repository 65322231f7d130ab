import {
  extractedFigureSchema,
  finite,
  ideaStatusSchema,
  idSchema,
  kpiUnitSchema,
  limits,
  longText,
  pageMetadataSchema,
  shortText,
  urlText,
} from '@jalon/core';
import * as z from 'zod/mini';

/**
 * The protocol: every message between the content script, the service worker and the extension
 * pages, each a zod schema. Receivers `safeParse` what they get and check who sent it
 * (`background/router.ts`, `capture/content.ts`); strict objects refuse unknown keys, so a
 * forged message cannot smuggle fields past the validation.
 */

// --- service worker → content script -------------------------------------------------------

export const collectRequestSchema = z.strictObject({
  type: z.literal('collect'),
  mode: z.enum(['selection', 'page', 'link']),
  linkUrl: z.optional(urlText),
  /** `tags`: the page's own tags now, Readability after answering (the popup opening). */
  metadata: z.optional(z.enum(['full', 'tags'])),
});
export type CollectRequest = z.infer<typeof collectRequestSchema>;

/** A piece of the selection: a table cell keeps its row and column headers as its label. */
export const segmentSchema = z.strictObject({ text: longText, label: z.optional(shortText) });
export type Segment = z.infer<typeof segmentSchema>;

/** What the content script read from the page; untrusted (page-derived), checked on arrival. */
export const collectedSchema = z.strictObject({
  url: urlText,
  title: shortText,
  text: longText,
  segments: z.array(segmentSchema).check(z.maxLength(limits.list)),
  metadata: pageMetadataSchema,
  linkText: z.optional(shortText),
});
export type Collected = z.infer<typeof collectedSchema>;

// --- what a capture is, once the service worker has found its figures ----------------------

export const captureKindSchema = z.enum(['selection', 'page', 'link', 'note']);

export const captureSchema = z.strictObject({
  kind: captureKindSchema,
  text: longText,
  pageUrl: urlText,
  pageTitle: shortText,
  site: shortText,
  metadata: pageMetadataSchema,
  figures: z.array(extractedFigureSchema).check(z.maxLength(limits.list)),
  /** The locale the figures were read in (the page's language, else the user's). */
  locale: shortText,
  /** For a link clip: the page the link was found on. */
  foundOn: z.optional(urlText),
});
export type Capture = z.infer<typeof captureSchema>;

export const kpiValueSchema = z.strictObject({
  figure: z.int().check(z.gte(0), z.lt(limits.list)),
  kpiId: idSchema,
  /** The user said yes to recording a value that looked out of scale for this KPI. */
  confirmed: z.optional(z.boolean()),
});

/** The capture form, as the user leaves it when they tap save. */
export const draftSchema = z.strictObject({
  capture: captureSchema,
  saveIdea: z.boolean(),
  note: longText,
  tags: z.array(shortText).check(z.maxLength(limits.tags)),
  leverId: z.optional(idSchema),
  objectiveId: z.optional(idSchema),
  personaIds: z.array(idSchema).check(z.maxLength(limits.list)),
  kpiValues: z.array(kpiValueSchema).check(z.maxLength(limits.list)),
  pendingId: z.optional(idSchema),
});
export type Draft = z.infer<typeof draftSchema>;

// --- extension pages → service worker -------------------------------------------------------

export const pageRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('popup/open'), pendingId: z.optional(idSchema) }),
  z.strictObject({ type: z.literal('clip/save'), draft: draftSchema }),
  z.strictObject({ type: z.literal('ideas/list') }),
  z.strictObject({ type: z.literal('idea/accept'), id: idSchema, leverId: idSchema }),
  z.strictObject({ type: z.literal('idea/discard'), id: idSchema }),
  z.strictObject({ type: z.literal('pending/dismiss'), id: idSchema }),
  z.strictObject({ type: z.literal('inbox/refresh') }),
]);
export type PageRequest = z.infer<typeof pageRequestSchema>;
export type PageRequestType = PageRequest['type'];
export type RequestOf<T extends PageRequestType> = Extract<PageRequest, { type: T }>;

const option = z.strictObject({ id: idSchema, name: shortText });
export type Option = z.infer<typeof option>;

export const ideaSummarySchema = z.strictObject({
  id: idSchema,
  kind: captureKindSchema,
  text: longText,
  pageUrl: urlText,
  pageTitle: shortText,
  site: shortText,
  tags: z.array(shortText),
  leverId: z.optional(idSchema),
  status: ideaStatusSchema,
  createdAt: shortText,
});
export type IdeaSummary = z.infer<typeof ideaSummarySchema>;

export const languageSchema = z.enum(['fr', 'en']);
export type Language = z.infer<typeof languageSchema>;

export const popupContextSchema = z.strictObject({
  language: languageSchema,
  plan: z.strictObject({ id: idSchema, name: shortText, currency: shortText }),
  levers: z.array(option),
  objectives: z.array(option),
  personas: z.array(option),
  kpis: z.array(
    z.strictObject({
      id: idSchema,
      name: shortText,
      unit: kpiUnitSchema,
      baseline: finite,
      target: finite,
      /** The KPI's latest recorded value: a clipped figure is checked against it before it is stored. */
      last: z.optional(finite),
    }),
  ),
  /** `kpi` when the menu's "Record selected figure as a KPI value…" opened this page. */
  mode: z.enum(['idea', 'kpi']),
  capture: z.nullable(captureSchema),
  pendingId: z.optional(idSchema),
  recent: z.array(ideaSummarySchema),
  inboxCount: z.int(),
});
export type PopupContext = z.infer<typeof popupContextSchema>;

const empty = z.strictObject({});

/** What the service worker answers to each request type, inside the `ok` envelope below. */
export const responseSchemas = {
  'popup/open': popupContextSchema,
  'clip/save': z.strictObject({ ideaId: z.optional(idSchema), kpiEntries: z.int() }),
  'ideas/list': z.strictObject({ ideas: z.array(ideaSummarySchema) }),
  'idea/accept': z.strictObject({ actionId: idSchema }),
  'idea/discard': empty,
  'pending/dismiss': empty,
  'inbox/refresh': empty,
} satisfies Record<PageRequestType, z.ZodMiniType>;
export type ResponseOf<T extends PageRequestType> = z.infer<(typeof responseSchemas)[T]>;

// --- envelopes ------------------------------------------------------------------------------

export const errorCodeSchema = z.enum([
  'invalid-message',
  'forbidden-sender',
  'not-found',
  'no-plan-lever',
  'invalid-record',
  /** A refusal of core (a stale link, an idea handled elsewhere…), with the translated message. */
  'plan',
  'kpi-value',
  'storage',
  'unexpected',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const failureSchema = z.strictObject({
  ok: z.literal(false),
  error: z.strictObject({ code: errorCodeSchema, message: z.optional(shortText) }),
});
export type Failure = z.infer<typeof failureSchema>;

export type Result<T> = { ok: true; data: T } | Failure;

/** The schema of a whole answer: `{ ok: true, data }` with `data` checked, or a failure. */
export function resultSchema<T extends z.ZodMiniType>(data: T) {
  return z.union([z.strictObject({ ok: z.literal(true), data }), failureSchema]);
}

export const collectResultSchema = resultSchema(collectedSchema);

export function failure(code: ErrorCode, message?: string): Failure {
  return { ok: false, error: message === undefined ? { code } : { code, message: message.slice(0, 300) } };
}
