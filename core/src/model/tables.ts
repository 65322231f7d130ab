import type * as z from 'zod/mini';
import { budgetLineSchema } from './budget-line.ts';
import { ideaSchema } from './idea.ts';
import { keyActionSchema } from './key-action.ts';
import { keyDateSchema } from './key-date.ts';
import { kpiSchema } from './kpi.ts';
import { kpiEntrySchema } from './kpi-entry.ts';
import { leverSchema } from './lever.ts';
import { objectiveSchema } from './objective.ts';
import { personaSchema } from './persona.ts';
import { planSchema } from './plan.ts';
import { reviewSchema } from './review.ts';

/** Every table of a plan, by the name it has in the database and in bundle files. */
export const tableSchemas = {
  plans: planSchema,
  objectives: objectiveSchema,
  personas: personaSchema,
  levers: leverSchema,
  actions: keyActionSchema,
  keyDates: keyDateSchema,
  kpis: kpiSchema,
  kpiEntries: kpiEntrySchema,
  ideas: ideaSchema,
  reviews: reviewSchema,
  budgetLines: budgetLineSchema,
} as const;

export type TableName = keyof typeof tableSchemas;
export type TableRecord<T extends TableName> = z.infer<(typeof tableSchemas)[T]>;
export type AnyRecord = TableRecord<TableName>;

export const tableNames = Object.keys(tableSchemas) as TableName[];

/** Every live record of one plan, by table: what the views of a plan read. */
export type PlanData = { [T in TableName]: TableRecord<T>[] };

/**
 * The references between tables (field → table it points into), so that an imported file with a
 * dangling reference is refused, and a view can follow the objective → lever → action tree.
 * `planId` is implied for every table but `plans`.
 */
export const tableReferences: { [T in TableName]: Partial<Record<string, TableName>> } = {
  plans: {},
  objectives: { parentId: 'objectives', kpiIds: 'kpis' },
  personas: {},
  levers: { objectiveIds: 'objectives', kpiIds: 'kpis' },
  actions: {
    leverId: 'levers',
    keyDateId: 'keyDates',
    personaIds: 'personas',
    kpiIds: 'kpis',
    'relativeTo.actionId': 'actions',
    ideaId: 'ideas',
  },
  keyDates: {},
  kpis: { objectiveId: 'objectives', leverId: 'levers' },
  kpiEntries: { kpiId: 'kpis' },
  ideas: { leverId: 'levers', objectiveId: 'objectives', personaIds: 'personas', actionId: 'actions' },
  reviews: { 'kpiSnapshot.kpiId': 'kpis' },
  budgetLines: { objectiveId: 'objectives', leverId: 'levers', actionId: 'actions' },
};
