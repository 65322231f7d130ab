import { PlanError } from '../errors.ts';

/**
 * The self-assessment: two questions per step of the method, each answered 0 (no), 1 (partly)
 * or 2 (yes). It scores each step, then names the weakest points, which the starter plan answers
 * first. Question wording is the apps' (a message per point); the points' names, which go into a
 * plan, are in `starter-texts-*.ts`.
 */

export const methodSteps = [
  'objectives',
  'personas',
  'levers',
  'actions',
  'organising',
  'budget',
  'reviews',
] as const;
export type MethodStep = (typeof methodSteps)[number];

export const assessmentPoints = [
  { id: 'smart-objectives', step: 'objectives' },
  { id: 'funnel-rates', step: 'objectives' },
  { id: 'personas-written', step: 'personas' },
  { id: 'personas-reviewed', step: 'personas' },
  { id: 'levers-measured', step: 'levers' },
  { id: 'levers-sorted', step: 'levers' },
  { id: 'actions-linked', step: 'actions' },
  { id: 'actions-owned', step: 'actions' },
  { id: 'key-dates', step: 'organising' },
  { id: 'priorities', step: 'organising' },
  { id: 'budget-method', step: 'budget' },
  { id: 'spend-tracked', step: 'budget' },
  { id: 'kpis-tracked', step: 'reviews' },
  { id: 'reviews-held', step: 'reviews' },
] as const satisfies readonly { id: string; step: MethodStep }[];
export type AssessmentPoint = (typeof assessmentPoints)[number]['id'];

export type Answer = 0 | 1 | 2;
export type Answers = Readonly<Record<AssessmentPoint, Answer>>;
export const ANSWER_MAX = 2;

export type AssessmentLevel = 'starting' | 'building' | 'solid';

export type StepScore = { step: MethodStep; score: number; max: number };

export type Assessment = {
  /** One per step of the method, in the method's order. */
  steps: StepScore[];
  total: number;
  max: number;
  level: AssessmentLevel;
  /** The three weakest points (fewer when fewer are not fully met): the starter plan's first actions. */
  weakest: AssessmentPoint[];
  /** Every point not fully met, weakest first, ties in the method's order. */
  gaps: AssessmentPoint[];
};

/** How many weak points the diagnosis names and the starter plan answers in its month. */
export const WEAKEST_SHOWN = 3;

export const stepOf = (point: AssessmentPoint): MethodStep =>
  assessmentPoints.find((p) => p.id === point)?.step ?? 'objectives';

export function assess(answers: Answers): Assessment {
  for (const { id } of assessmentPoints) {
    const answer: unknown = answers[id];
    if (answer !== 0 && answer !== 1 && answer !== 2) {
      throw new PlanError('invalid-number', `answers.${id}`, String(answer));
    }
  }
  const steps = methodSteps.map((step): StepScore => {
    const points = assessmentPoints.filter((p) => p.step === step);
    return {
      step,
      score: points.reduce((sum, p) => sum + answers[p.id], 0),
      max: points.length * ANSWER_MAX,
    };
  });
  const total = steps.reduce((sum, s) => sum + s.score, 0);
  const max = assessmentPoints.length * ANSWER_MAX;
  // A third or less: the method is to set up; three quarters or more: it is in place.
  const level: AssessmentLevel = total * 3 <= max ? 'starting' : total * 4 >= max * 3 ? 'solid' : 'building';
  const order = assessmentPoints.map((p) => p.id);
  const gaps = order
    .filter((id) => answers[id] < ANSWER_MAX)
    .sort((a, b) => answers[a] - answers[b] || order.indexOf(a) - order.indexOf(b));
  return { steps, total, max, level, weakest: gaps.slice(0, WEAKEST_SHOWN), gaps };
}
