import { addDays, type Channel, daysBetween, type KeyAction, type KeyDate, type Lever } from '@jalon/core';
import type { PlanRecords } from '../../data/write.ts';
import { formatDate } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/locale.ts';
import { type Answers, assess, type Question } from './assessment.ts';
import { benchmarkPlanStages, buildFoundation, type Ids } from './foundation.ts';
import { planTexts } from './plan-texts.ts';
import { type ActionText, starterTexts } from './starter-texts.ts';

export interface StarterInput {
  answers: Answers;
  today: string;
  currency: string;
  revenueGoal: number; // cents, over the coming month
  averageDealValue: number; // cents
  owner: string;
  channel: Channel;
}

/** The next month: the starter plan is short on purpose, its end-of-month review starts the next one. */
export const STARTER_DAYS = 30;

const difficulty: Record<Question, number> = { objectives: 2, funnel: 3, personas: 3, levers: 3, reviews: 1 };

/**
 * A starter plan for the next month from the assessment, following the method: a SMART revenue
 * objective with the intermediate objectives of a benchmark funnel, the team's main channel as a
 * lever to measure before deciding on it, a "running the plan" lever that carries one action per
 * gap (weakest first, the first due today, then one a week), weekly lead tracking, and the
 * end-of-month review as a key date. (A candidate for core/src/plan, beside buildExamplePlan.)
 */
export function buildStarterPlan(input: StarterInput, lang: Lang, ids: Ids): PlanRecords {
  const texts = starterTexts[lang];
  const { newId, now } = ids;
  const { today, answers } = input;
  const end = addDays(today, STARTER_DAYS);
  const foundation = buildFoundation(
    {
      name: texts.planName(formatDate(today, lang, { month: 'long', year: 'numeric' })),
      start: today,
      end,
      currency: input.currency,
      revenueGoal: input.revenueGoal,
      averageDealValue: input.averageDealValue,
      benchmarkId: 'b2b-saas-inbound',
      stages: benchmarkPlanStages('b2b-saas-inbound', lang),
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
    name: planTexts[lang].channels[input.channel],
    channel: input.channel,
    decision: answers.levers === 2 ? 'continue' : 'undecided',
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
    text: ActionText,
    fields: Partial<KeyAction> & { leverId: string; deadline: string },
  ): KeyAction => ({
    ...base(),
    title: text.title,
    description: text.description,
    owner: input.owner,
    importance: 3,
    difficulty: 3,
    startDate: today,
    durationDays: daysBetween(today, fields.deadline) + 1,
    status: 'todo',
    steps: text.steps.map((label) => ({ id: newId(), label, done: false })),
    plannedCost: 0,
    actualCost: 0,
    expectedRevenue: 0,
    personaIds: [],
    kpiIds: [],
    ...fields,
  });

  const { gaps } = assess(answers);
  const actions: KeyAction[] = gaps.map((question, i) =>
    action(texts.gaps[question], {
      leverId: methodLever.id,
      // The weakest gap is today's first step; the others follow a week apart, inside the month.
      deadline: i === 0 ? today : addDays(today, Math.min(7 * i, STARTER_DAYS - 1)),
      importance: answers[question] === 0 ? 5 : 4,
      difficulty: difficulty[question],
    }),
  );
  actions.push(
    action(texts.track(channelLever.name), {
      leverId: channelLever.id,
      deadline: addDays(today, 7),
      importance: 4,
      difficulty: 1,
      kpiIds: kpis.leads ? [kpis.leads.id] : [],
    }),
    action(texts.review, {
      leverId: methodLever.id,
      deadline: end,
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
