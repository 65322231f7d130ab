import { describe, expect, it } from 'vitest';
import type { PlanErrorCode } from '../errors.ts';
import { expectFrenchTypography } from '../language.test-support.ts';
import { type Answer, type Answers, assess, assessmentPoints, methodSteps } from './assessment.ts';
import { starterTexts } from './starter-texts.ts';

const all = (answer: Answer): Answers =>
  Object.fromEntries(assessmentPoints.map((p) => [p.id, answer])) as unknown as Answers;
const planError = (code: PlanErrorCode, field: string) =>
  expect.objectContaining({ name: 'PlanError', code, field });

describe('the assessment', () => {
  it('asks two questions for each of the seven steps of the method', () => {
    expect(methodSteps).toHaveLength(7);
    for (const step of methodSteps) expect(assessmentPoints.filter((p) => p.step === step)).toHaveLength(2);
  });

  it('scores each step out of 4, in the method’s order', () => {
    const answers: Answers = {
      ...all(2),
      'smart-objectives': 1,
      'funnel-rates': 0,
      'personas-reviewed': 1,
      'budget-method': 0,
      'spend-tracked': 0,
    };
    const result = assess(answers);
    expect(result.steps).toEqual([
      { step: 'objectives', score: 1, max: 4 },
      { step: 'personas', score: 3, max: 4 },
      { step: 'levers', score: 4, max: 4 },
      { step: 'actions', score: 4, max: 4 },
      { step: 'organising', score: 4, max: 4 },
      { step: 'budget', score: 0, max: 4 },
      { step: 'reviews', score: 4, max: 4 },
    ]);
    expect(result.total).toBe(20);
    expect(result.max).toBe(28);
  });

  it('names the three weakest points, lowest answers first, ties in the method’s order', () => {
    const answers: Answers = {
      ...all(2),
      'reviews-held': 0,
      'smart-objectives': 1,
      'budget-method': 0,
      priorities: 0,
    };
    const result = assess(answers);
    expect(result.weakest).toEqual(['priorities', 'budget-method', 'reviews-held']);
    expect(result.gaps).toEqual(['priorities', 'budget-method', 'reviews-held', 'smart-objectives']);
  });

  it('names fewer weak points when fewer are not fully met, and none when all are', () => {
    expect(assess({ ...all(2), 'kpis-tracked': 1 }).weakest).toEqual(['kpis-tracked']);
    expect(assess(all(2)).weakest).toEqual([]);
  });

  it('tells a method to set up from one in place', () => {
    expect(assess(all(0)).level).toBe('starting');
    expect(assess(all(1)).level).toBe('building');
    expect(assess(all(2)).level).toBe('solid');
    // A third of 28 is 9.33: 9 points is still a method to set up, 10 is one being built.
    const zeros = ['smart-objectives', 'funnel-rates', 'personas-written', 'personas-reviewed'] as const;
    const nine: Answers = { ...all(1), ...Object.fromEntries(zeros.map((z) => [z, 0])), 'key-dates': 0 };
    expect(assess(nine).total).toBe(9);
    expect(assess(nine).level).toBe('starting');
    expect(assess({ ...nine, 'key-dates': 1 }).level).toBe('building');
    expect(assess({ ...all(2), 'smart-objectives': 1 }).level).toBe('solid');
    expect(
      assess({
        ...all(2),
        'smart-objectives': 0,
        'funnel-rates': 0,
        'key-dates': 0,
        'budget-method': 0,
        priorities: 1,
      }).level,
    ).toBe('building');
  });

  it('refuses an answer that is not 0, 1 or 2, naming the point', () => {
    expect(() => assess({ ...all(1), priorities: 3 as Answer })).toThrow(
      planError('invalid-number', 'answers.priorities'),
    );
    const missing = { ...all(1) } as Record<string, Answer>;
    delete missing['key-dates'];
    expect(() => assess(missing as unknown as Answers)).toThrow(
      planError('invalid-number', 'answers.key-dates'),
    );
  });

  it('names every point as a weakness and an action, in both languages', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const { id } of assessmentPoints) {
        const point = starterTexts[lang].points[id];
        expect(point.weakness.trim(), id).not.toBe('');
        expect(point.action.steps.length, id).toBeGreaterThan(0);
        if (lang === 'fr') {
          for (const text of [
            point.weakness,
            point.action.title,
            point.action.description,
            ...point.action.steps,
          ])
            expectFrenchTypography(text, id);
        }
      }
    }
    expectFrenchTypography(starterTexts.fr.answers('Objectifs pas SMART'), 'answers');
  });
});
