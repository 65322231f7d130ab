import { describe, expect, it } from 'vitest';
import { checkSmart } from '../engine/smart.ts';
import { type TableName, tableReferences, tableSchemas } from '../model/tables.ts';
import { type Answers, assessmentPoints } from './assessment.ts';
import { buildStarterPlan, type StarterInput, starterActions } from './starter.ts';

let n = 0;
const ids = { newId: () => `id-${++n}`, now: '2026-11-25T08:00:00.000Z' };
const all = (answer: 0 | 1 | 2): Answers =>
  Object.fromEntries(assessmentPoints.map((p) => [p.id, answer])) as unknown as Answers;
const weak: Answers = {
  ...all(2),
  'smart-objectives': 0,
  'funnel-rates': 1,
  'personas-written': 0,
  'levers-sorted': 1,
  'kpis-tracked': 1,
};
const input = (answers: Answers): StarterInput => ({
  answers,
  today: '2026-11-25',
  currency: 'EUR',
  revenueGoal: 2_000_000,
  averageDealValue: 500_000,
  owner: 'Camille',
  channel: 'seo',
});

describe('the starter plan', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`is valid record by record, references included (${lang})`, () => {
      const plan = buildStarterPlan(input(weak), lang, ids);
      const all = new Map<string, string>();
      for (const [table, records] of Object.entries(plan)) for (const r of records) all.set(r.id, table);
      for (const [table, records] of Object.entries(plan) as [TableName, { id: string }[]][]) {
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
      const business = plan.objectives.find((o) => o.kind === 'business');
      expect(business).toBeDefined();
      expect(checkSmart({ ...business!, unit: 'currency' }, '2026-11-25').smart).toBe(true);
      expect(plan.objectives.filter((o) => o.kind === 'intermediate').length).toBeGreaterThan(3);
    });
  }

  it('answers the three weakest points first, a week apart, then tracking and the month-end review', () => {
    const plan = buildStarterPlan(input(weak), 'en', ids);
    expect(plan.actions.map((a) => [a.title, a.deadline])).toEqual([
      ['Rewrite the main objective as a SMART one', '2026-11-25'],
      ["Write the main buyer's persona", '2026-12-02'],
      ['Measure the funnel conversion rates', '2026-12-09'],
      ['Track the leads from Search engine optimisation (SEO) every week', '2026-12-02'],
      ['Hold the end-of-month review', '2026-12-25'],
    ]);
  });

  it('ends each action on the weakness it answers, and says nothing of strong points', () => {
    const plan = buildStarterPlan(input(weak), 'fr', ids);
    const [first, , , track, review] = plan.actions;
    expect(first?.description).toMatch(/Répond au point faible\u202f: «\u00a0Objectifs pas SMART\u00a0»\.$/);
    // Levers are measured and reviews held (answered 2): those actions answer no weakness.
    expect(track?.description).not.toContain('Répond au point faible');
    expect(review?.description).not.toContain('Répond au point faible');
    const planned = starterActions(input({ ...weak, 'reviews-held': 1 }), 'en');
    expect(planned.at(-1)).toMatchObject({ point: 'reviews-held', weak: true });
  });

  it('still starts a plan when nothing is missing', () => {
    const plan = buildStarterPlan(input(all(2)), 'fr', ids);
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Suivre chaque semaine les leads de\u202f: Référencement naturel (SEO)',
      'Tenir la revue de fin de mois',
    ]);
    expect(plan.levers[0]?.decision).toBe('continue');
  });

  it('starts from the benchmark funnel it is given', () => {
    const plan = buildStarterPlan({ ...input(weak), benchmarkId: 'ecommerce' }, 'en', ids);
    expect(plan.plans[0]?.stages.map((s) => s.label)).toEqual([
      'Website visitors',
      'Add-to-carts',
      'Checkouts started',
    ]);
    expect(plan.kpis.map((k) => k.name)).toEqual(['New revenue', 'Add-to-carts']);
  });
});
