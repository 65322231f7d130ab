import * as z from 'zod/mini';
import { isIsoDate } from '../dates.ts';

/**
 * Building blocks shared by the domain schemas. Caps are part of the format: an imported file
 * is untrusted, so every string and array has a maximum (see docs/bundle-format.md).
 */
export const limits = {
  id: 64,
  shortText: 300,
  longText: 20_000,
  url: 4_096,
  list: 500,
  tags: 50,
} as const;

export const idSchema = z.string().check(z.minLength(1), z.maxLength(limits.id), z.regex(/^[\w-]+$/));
export const shortText = z.string().check(z.maxLength(limits.shortText));
export const longText = z.string().check(z.maxLength(limits.longText));
export const nonEmptyText = z.string().check(z.minLength(1), z.maxLength(limits.shortText));
export const urlText = z.string().check(z.maxLength(limits.url));

/** A real calendar date, `YYYY-MM-DD` (2026-02-30 is refused, unlike a bare regex). */
export const isoDate = z.string().check(z.refine(isIsoDate, 'invalid-date'));
export const timestamp = z.iso.datetime();

/** Money in integer minor units (cents) of the plan's currency. */
export const cents = z.int().check(z.gte(0), z.lte(Number.MAX_SAFE_INTEGER));
/** A conversion rate: the share of one stage that reaches the next, in (0, 1]. */
export const rate = z.number().check(z.gt(0), z.lte(1));
export const finite = z.number().check(z.refine(Number.isFinite, 'invalid-number'));
export const score = z.int().check(z.gte(1), z.lte(5));

export const idList = z._default(z.array(idSchema).check(z.maxLength(limits.list)), []);
export const textList = z._default(z.array(shortText).check(z.maxLength(limits.list)), []);

/** Fields every record carries: a global id (never auto-increment) and its timestamps. */
export const recordFields = {
  id: idSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
};

/** Every record but the plan itself belongs to one plan. */
export const planRecordFields = { ...recordFields, planId: idSchema };

export const periodSchema = z
  .object({ start: isoDate, end: isoDate })
  .check(z.refine((p) => p.start <= p.end, { message: 'invalid-range', path: ['end'] }));
export type Period = z.infer<typeof periodSchema>;
