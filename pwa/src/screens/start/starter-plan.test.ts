import { checkSmart, type TableName, tableReferences, tableSchemas } from '@jalon/core';
import { describe, expect, it } from 'vitest';
import type { Answers } from './assessment.ts';
import { assess } from './assessment.ts';
import { buildStarterPlan, type StarterInput } from './starter-plan.ts';

let n = 0;
const ids = { newId: () => `id-${++n}`, now: '2026-11-25T08:00:00.000Z' };
const weak: Answers = { objectives: 0, funnel: 1, personas: 0, levers: 1, reviews: 2 };
const input = (answers: Answers): StarterInput => ({
  answers,
  today: '2026-11-25',
  currency: 'EUR',
  revenueGoal: 2_000_000,
  averageDealValue: 500_000,
  owner: 'Camille',
  channel: 'seo',
});

describe('the assessment', () => {
  it('scores answers and lists the gaps, weakest first', () => {
    expect(assess(weak)).toEqual({
      total: 4,
      level: 'building',
      gaps: ['objectives', 'personas', 'funnel', 'levers'],
    });
    expect(assess({ objectives: 2, funnel: 2, personas: 2, levers: 2, reviews: 2 }).level).toBe('solid');
    expect(assess({ objectives: 0, funnel: 0, personas: 0, levers: 1, reviews: 0 }).level).toBe('starting');
  });
});

describe('the starter plan', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`is valid record by record, references included (${lang})`, () => {
      const plan = buildStarterPlan(input(weak), lang, ids);
      const all = new Map<string, string>();
      for (const [table, records] of Object.entries(plan))
        for (const r of records ?? []) all.set(r.id as string, table);
      for (const [table, records] of Object.entries(plan) as unknown as [TableName, { id: string }[]][]) {
        for (const record of records) {
          const parsed = tableSchemas[table].safeParse(record);
          expect(parsed.success, `${table} ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
          if (table !== 'plans') expect(all.get((record as { planId?: string }).planId ?? '')).toBe('plans');
          for (const [field, target] of Object.entries(tableReferences[table])) {
            const value = (record as Record<string, unknown>)[field];
            for (const id of Array.isArray(value) ? value : value ? [value] : []) {
              expect(all.get(id as string), `${table}.${field}`).toBe(target);
            }
          }
        }
      }
    });

    it(`has a SMART business objective and intermediate objectives from the funnel (${lang})`, () => {
      const plan = buildStarterPlan(input(weak), lang, ids);
      const business = plan.objectives?.find((o) => o.kind === 'business');
      expect(business).toBeDefined();
      expect(checkSmart({ ...business!, unit: 'currency' }, '2026-11-25').smart).toBe(true);
      expect(plan.objectives?.filter((o) => o.kind === 'intermediate').length).toBeGreaterThan(3);
    });
  }

  it('writes one action per gap, the weakest due today, then tracking and the month-end review', () => {
    const plan = buildStarterPlan(input(weak), 'en', ids);
    const actions = plan.actions ?? [];
    expect(actions.map((a) => a.title)).toEqual([
      'Rewrite the main objective as a SMART one',
      "Write the main buyer's persona",
      'Measure the funnel conversion rates',
      'Review the levers: continue, stop, start',
      'Track the leads from Search engine optimisation (SEO) every week',
      'Hold the end-of-month review',
    ]);
    expect(actions[0]?.deadline).toBe('2026-11-25');
    expect(actions.at(-1)?.deadline).toBe('2026-12-25');
    expect(actions.every((a) => a.deadline && a.deadline <= '2026-12-25')).toBe(true);
  });

  it('still starts a plan when nothing is missing', () => {
    const plan = buildStarterPlan(
      input({ objectives: 2, funnel: 2, personas: 2, levers: 2, reviews: 2 }),
      'fr',
      ids,
    );
    expect(plan.actions?.map((a) => a.title)).toEqual([
      'Suivre chaque semaine les leads de : Référencement naturel (SEO)',
      'Tenir la revue de fin de mois',
    ]);
    expect(plan.levers?.[0]?.decision).toBe('continue');
  });
});
