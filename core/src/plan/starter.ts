import { addDays, daysBetween } from '../dates.ts';
import type { BenchmarkFunnelId } from '../engine/benchmarks.ts';
import type { Language } from '../language.ts';
import type { KeyAction } from '../model/key-action.ts';
import type { KeyDate } from '../model/key-date.ts';
import type { Kpi } from '../model/kpi.ts';
import type { Channel, Lever } from '../model/lever.ts';
import type { Objective } from '../model/objective.ts';
import type { Plan } from '../model/plan.ts';
import { ANSWER_MAX, type Answers, type AssessmentPoint, assess } from './assessment.ts';
import { benchmarkPlanStages, buildFoundation, formatPlanDate, type RecordIds } from './foundation.ts';
import { foundationTexts } from './foundation-texts.ts';
import { type StarterActionText, starterTexts } from './starter-texts.ts';

export type StarterInput = {
  answers: Answers;
  today: string;
  currency: string;
  /** Cents, over the coming month. */
  revenueGoal: number;
  averageDealValue: number;
  owner: string;
  channel: Channel;
  benchmarkId?: BenchmarkFunnelId;
};

export type StarterPlan = {
  plans: Plan[];
  objectives: Objective[];
  levers: Lever[];
  kpis: Kpi[];
  keyDates: KeyDate[];
  actions: KeyAction[];
};

/** One action of the month, as the diagnosis shows it before the plan exists. */
export type StarterAction = {
  title: string;
  deadline: string;
  /** The point of the assessment it works on. */
  point: AssessmentPoint;
  /** Whether that point is one the assessment found weak (else the action keeps the method running). */
  weak: boolean;
};

/** The next month: the starter plan is short on purpose, its end-of-month review starts the next one. */
export const STARTER_DAYS = 30;

const difficulty: Partial<Record<AssessmentPoint, number>> = {
  'smart-objectives': 2,
  'actions-owned': 1,
  'kpis-tracked': 1,
  'reviews-held': 1,
  'budget-method': 4,
};

/**
 * The month's actions, in order: one per weakest point (the first due today, then a week apart),
 * weekly lead tracking of the main channel, and the end-of-month review; each names the point of
 * the assessment it works on.
 */
export function starterActions(input: StarterInput, lang: Language): StarterAction[] {
  const texts = starterTexts[lang];
  const { today, answers } = input;
  const { weakest } = assess(answers);
  const end = addDays(today, STARTER_DAYS);
  const weak = (point: AssessmentPoint) => answers[point] < ANSWER_MAX;
  return [
    ...weakest.map((point, i) => ({
      title: texts.points[point].action.title,
      deadline: addDays(today, Math.min(7 * i, STARTER_DAYS - 1)),
      point,
      weak: true,
    })),
    {
      title: texts.track(foundationTexts[lang].channels[input.channel]).title,
      deadline: addDays(today, 7),
      point: 'levers-measured',
      weak: weak('levers-measured'),
    },
    { title: texts.review.title, deadline: end, point: 'reviews-held', weak: weak('reviews-held') },
  ];
}

/**
 * A starter plan for the next month from the assessment, following the method: a SMART revenue
 * objective with the intermediate objectives of a benchmark funnel, the team's main channel as a
 * lever to measure before deciding on it, a "running the plan" lever that carries the actions on
 * the three weakest points, weekly lead tracking, and the end-of-month review as a key date.
 * Every action's description ends with the weak point it answers.
 */
export function buildStarterPlan(input: StarterInput, lang: Language, ids: RecordIds): StarterPlan {
  const texts = starterTexts[lang];
  const { newId, now } = ids;
  const { today, answers } = input;
  const end = addDays(today, STARTER_DAYS);
  const benchmarkId = input.benchmarkId ?? 'b2b-saas-inbound';
  const foundation = buildFoundation(
    {
      name: texts.planName(formatPlanDate(today, lang, { month: 'long', year: 'numeric' })),
      start: today,
      end,
      currency: input.currency,
      revenueGoal: input.revenueGoal,
      averageDealValue: input.averageDealValue,
      benchmarkId,
      stages: benchmarkPlanStages(benchmarkId, lang),
      owner: input.owner,
    },
    lang,
    ids,
  );
  const { plan, business, kpis } = foundation;
  plan.description = texts.planDescription;
  const planId = plan.id;
  const base = () => ({ id: newId(), planId, createdAt: now, updatedAt: now });

  const channelLever: Lever = {
    ...base(),
    name: foundationTexts[lang].channels[input.channel],
    channel: input.channel,
    decision: answers['levers-sorted'] === ANSWER_MAX ? 'continue' : 'undecided',
    lastPeriod: { figures: [], verdict: texts.channelVerdict, cause: 'unknown' },
    objectiveIds: [business.id],
    kpiIds: kpis.leads ? [kpis.leads.id] : [],
    weight: 1,
  };
  if (kpis.leads) kpis.leads.leverId = channelLever.id;
  const methodLever: Lever = {
    ...base(),
    name: texts.methodLever,
    channel: 'other',
    decision: 'start',
    lastPeriod: { figures: [], verdict: '', cause: 'unknown' },
    objectiveIds: [business.id],
    kpiIds: [],
    weight: 0, // it costs time, not budget
  };
  const reviewDate: KeyDate = { ...base(), title: texts.reviewDate, date: end, kind: 'other', notes: '' };

  const action = (
    text: StarterActionText,
    planned: StarterAction,
    fields: Partial<KeyAction> & { leverId: string },
  ): KeyAction => ({
    ...base(),
    title: text.title,
    description: planned.weak
      ? `${text.description}\n\n${texts.answers(texts.points[planned.point].weakness)}`
      : text.description,
    owner: input.owner,
    importance: 3,
    difficulty: difficulty[planned.point] ?? 3,
    startDate: today,
    deadline: planned.deadline,
    durationDays: daysBetween(today, planned.deadline) + 1,
    status: 'todo',
    steps: text.steps.map((label) => ({ id: newId(), label, done: false })),
    plannedCost: 0,
    actualCost: 0,
    expectedRevenue: 0,
    personaIds: [],
    kpiIds: [],
    ...fields,
  });

  const planned = starterActions(input, lang);
  const [track, review] = planned.slice(-2) as [StarterAction, StarterAction];
  const actions: KeyAction[] = planned.slice(0, -2).map((p) =>
    action(texts.points[p.point].action, p, {
      leverId: methodLever.id,
      importance: answers[p.point] === 0 ? 5 : 4,
    }),
  );
  actions.push(
    action(texts.track(channelLever.name), track, {
      leverId: channelLever.id,
      importance: 4,
      difficulty: 1,
      kpiIds: kpis.leads ? [kpis.leads.id] : [],
    }),
    action(texts.review, review, {
      leverId: methodLever.id,
      startDate: end,
      durationDays: 1,
      importance: 5,
      difficulty: 2,
      keyDateId: reviewDate.id,
      kpiIds: kpis.all.map((k) => k.id),
    }),
  );

  return {
    plans: [plan],
    objectives: foundation.objectives,
    levers: [channelLever, methodLever],
    kpis: kpis.all,
    keyDates: [reviewDate],
    actions,
  };
}
