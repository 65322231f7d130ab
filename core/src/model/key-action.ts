import * as z from 'zod/mini';
import {
  cents,
  idList,
  idSchema,
  isoDate,
  limits,
  longText,
  nonEmptyText,
  planRecordFields,
  score,
  shortText,
} from './common.ts';

export const actionStatusSchema = z.enum(['todo', 'doing', 'done', 'cancelled']);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

export const checklistStepSchema = z.object({
  id: idSchema,
  label: nonEmptyText,
  done: z._default(z.boolean(), false),
});
export type ChecklistStep = z.infer<typeof checklistStepSchema>;

/** An associated action placed relative to another one (invitations before an event, follow-up after). */
export const relativeToSchema = z.object({
  actionId: idSchema,
  offsetDays: z.int().check(z.gte(-3650), z.lte(3650)),
});

/** Objective → lever → key action is one tree: every action names its lever. */
export const keyActionSchema = z.object({
  ...planRecordFields,
  leverId: idSchema,
  title: nonEmptyText,
  description: z._default(longText, ''),
  owner: z._default(shortText, ''),
  importance: z._default(score, 3),
  difficulty: z._default(score, 3),
  startDate: z.optional(isoDate),
  deadline: z.optional(isoDate),
  durationDays: z.optional(z.int().check(z.gte(1), z.lte(3650))),
  status: z._default(actionStatusSchema, 'todo'),
  doneOn: z.optional(isoDate),
  steps: z._default(z.array(checklistStepSchema).check(z.maxLength(limits.list)), []),
  relativeTo: z.optional(relativeToSchema),
  keyDateId: z.optional(idSchema),
  plannedCost: z._default(cents, 0),
  actualCost: z._default(cents, 0),
  expectedRevenue: z._default(cents, 0),
  personaIds: idList,
  kpiIds: idList,
  /** The idea this action came from, when it was accepted from the inbox. */
  ideaId: z.optional(idSchema),
});
export type KeyAction = z.infer<typeof keyActionSchema>;
