import { addDays } from '../dates.ts';
import { benchmarkStages } from '../engine/benchmarks.ts';
import { marketingBudget } from '../engine/economics.ts';
import type { Kpi } from '../model/kpi.ts';
import type { Lever } from '../model/lever.ts';
import type { Objective } from '../model/objective.ts';
import type { Persona } from '../model/persona.ts';
import type { FunnelStage, Plan } from '../model/plan.ts';
import type { TableName, TableRecord } from '../model/tables.ts';
import { deriveObjectives } from '../plan/derive.ts';
import { buildKeyDatesAndActions } from './actions.ts';
import { budgetByObjectiveAndLever } from './budget.ts';
import { type ExamplePeriod, examplePeriod } from './calendar.ts';
import { economy, kpis as kpiSpecs, objectiveOwners, ownRates, personaReviewedDaysAgo } from './data.ts';
import { levers as leverSpecs } from './levers.ts';
import { liveRecords } from './life.ts';
import type { ExampleTexts, KpiKey, LeverKey, ObjectiveKey, PersonaKey, StageKey } from './texts.ts';
import { examplesEn } from './texts-en.ts';
import { examplesFr } from './texts-fr.ts';

export type ExampleLanguage = 'fr' | 'en';
export type ExampleOptions = { today: string; newId: () => string; now: string };
/** Every table of a plan, as arrays of records. */
export type ExamplePlan = { [T in TableName]: TableRecord<T>[] };

export const exampleTexts: Record<ExampleLanguage, ExampleTexts> = { fr: examplesFr, en: examplesEn };

export type ExampleContext = {
  texts: ExampleTexts;
  period: ExamplePeriod;
  today: string;
  now: string;
  planId: string;
  newId: () => string;
  ids: {
    objectives: Record<ObjectiveKey, string>;
    personas: Record<PersonaKey, string>;
    levers: Record<LeverKey, string>;
    kpis: Record<KpiKey, string>;
  };
};

const keysOf = <K extends string>(record: Record<K, unknown>): K[] => Object.keys(record) as K[];
const idsFor = <K extends string>(keys: readonly K[], newId: () => string): Record<K, string> =>
  Object.fromEntries(keys.map((key) => [key, newId()])) as Record<K, string>;

/**
 * A plan worked out end to end with the seven steps, for a B2B software company growing revenue
 * 30 % in six months (see `data.ts` for the figures). Intermediate objectives come from the
 * reverse funnel, the budget from the objectives method, its split from the levers' weights, so
 * the example is also a check that the engine agrees with itself.
 *
 * The plan is alive on the day it is made (`today`): it began three months ago, its past actions
 * are done (a few late), this week's are due, KPIs were measured weekly or monthly with seeded
 * noise, customers were won and money spent, ideas wait in the inbox and last month's review is
 * saved (`life.ts`). The same `today` and ids give the same plan. Every record is valid against
 * its table's schema, all fields set.
 */
export function buildExamplePlan(lang: ExampleLanguage, options: ExampleOptions): ExamplePlan {
  const texts = exampleTexts[lang];
  const { newId, now } = options;
  const period = examplePeriod(options.today);
  const stageKeys: StageKey[] = ['visitor', 'lead', 'mql', 'sql', 'opportunity'];
  const ctx: ExampleContext = {
    texts,
    period,
    today: options.today,
    now,
    newId,
    planId: newId(),
    ids: {
      objectives: idsFor<ObjectiveKey>(['business', ...stageKeys, 'customers'], newId),
      personas: idsFor(keysOf(texts.personas), newId),
      levers: idsFor(keysOf(leverSpecs), newId),
      kpis: idsFor(keysOf(kpiSpecs), newId),
    },
  };
  const base = (id = newId()) => ({ id, createdAt: now, updatedAt: now, planId: ctx.planId });

  const stages: FunnelStage[] = benchmarkStages(economy.benchmarkId).map((stage) => {
    const key = stage.id as StageKey;
    const own = ownRates[key];
    const source = own === undefined ? 'benchmark' : 'own';
    return { id: stage.id, label: texts.stages[key], conversionRate: own ?? stage.conversionRate, source };
  });
  const planPeriod = { start: period.start, end: period.end };
  const funnelPlan = { revenueGoal: economy.revenueGoal, averageDealValue: economy.averageDealValue, stages };
  const derived = deriveObjectives(
    { ...funnelPlan, period: planPeriod },
    { customersLabel: texts.customers },
  );
  const budget = marketingBudget({ newCustomers: derived.customers, cac: economy.economics.cac }).total;
  const plan: Plan = {
    id: ctx.planId,
    createdAt: now,
    updatedAt: now,
    name: texts.plan.name(monthSpan(texts, period)),
    description: texts.plan.description,
    period: planPeriod,
    currency: economy.currency,
    locale: texts.locale,
    ...funnelPlan,
    benchmarkId: economy.benchmarkId,
    economics: { ...economy.economics },
    budget,
  };

  const kpiIdsOf = (key: ObjectiveKey | LeverKey, field: 'objective' | 'lever') =>
    keysOf(kpiSpecs)
      .filter((k) => kpiSpecs[k][field] === key)
      .map((k) => ctx.ids.kpis[k]);
  const counts = new Intl.NumberFormat(texts.locale);
  const targets = new Map(derived.objectives.map((o) => [o.stageId, o.target]));

  const objectives: Objective[] = [
    {
      ...base(ctx.ids.objectives.business),
      title: texts.business.title(dateInWords(texts, period.end)),
      description: texts.business.description,
      kind: 'business',
      metric: texts.business.metric,
      unit: 'currency',
      baseline: economy.baselineRevenue,
      target: economy.baselineRevenue + economy.revenueGoal,
      startDate: period.start,
      deadline: period.end,
      owner: texts.owners[objectiveOwners.business],
      kpiIds: kpiIdsOf('business', 'objective'),
    },
    ...derived.objectives.map((o): Objective => {
      const key = o.stageId as ObjectiveKey;
      return {
        ...base(ctx.ids.objectives[key]),
        title: texts.intermediate.title(o.label, counts.format(o.target)),
        description: texts.intermediate.description,
        kind: 'intermediate',
        metric: o.metric,
        unit: 'number',
        target: o.target,
        startDate: o.startDate,
        deadline: o.deadline,
        owner: texts.owners[objectiveOwners[key]],
        parentId: ctx.ids.objectives.business,
        stageId: o.stageId,
        kpiIds: kpiIdsOf(key, 'objective'),
      };
    }),
  ];

  const personas = keysOf(texts.personas).map((key): Persona => {
    const { goals, stakes, problems, channels, objections, ...text } = texts.personas[key];
    return {
      ...base(ctx.ids.personas[key]),
      ...text,
      goals: [...goals],
      stakes: [...stakes],
      problems: [...problems],
      channels: [...channels],
      objections: [...objections],
      lastReviewed: addDays(options.today, -personaReviewedDaysAgo[key]),
    };
  });

  const levers = keysOf(leverSpecs).map((key): Lever => {
    const spec = leverSpecs[key];
    const text = texts.levers[key];
    return {
      ...base(ctx.ids.levers[key]),
      name: text.name,
      channel: spec.channel,
      decision: spec.decision,
      lastPeriod: {
        figures: spec.figures.map((f) => ({ label: texts.figures[f.key], value: f.value, unit: f.unit })),
        verdict: text.verdict,
        cause: spec.cause,
      },
      objectiveIds: spec.objectives.map((o) => ctx.ids.objectives[o]),
      ...(spec.target ? { target: { metric: text.target ?? text.name, ...spec.target } } : {}),
      kpiIds: kpiIdsOf(key, 'lever'),
      weight: spec.weight,
    };
  });

  const kpis = keysOf(kpiSpecs).map((key): Kpi => {
    const spec = kpiSpecs[key];
    return {
      ...base(ctx.ids.kpis[key]),
      ...texts.kpis[key],
      unit: spec.unit,
      direction: spec.direction,
      baseline: spec.baseline,
      target: typeof spec.target === 'number' ? spec.target : (targets.get(spec.target) ?? 0),
      startDate: period.start,
      deadline: period.end,
      frequency: spec.measure.kind === 'level' ? spec.measure.cadence : 'weekly',
      ...(spec.objective ? { objectiveId: ctx.ids.objectives[spec.objective] } : {}),
      ...(spec.lever ? { leverId: ctx.ids.levers[spec.lever] } : {}),
    };
  });

  const budgetLines = budgetByObjectiveAndLever(ctx, budget, base);
  const calendar = buildKeyDatesAndActions(ctx);
  const example: ExamplePlan = {
    plans: [plan],
    objectives,
    personas,
    levers,
    actions: calendar.actions,
    keyDates: calendar.keyDates,
    kpis,
    kpiEntries: [],
    ideas: [],
    reviews: [],
    budgetLines,
    revenues: [],
  };
  return { ...example, ...liveRecords(ctx, example, calendar) };
}

/** "31 juillet 2026", "31 July 2026". */
function dateInWords(texts: ExampleTexts, date: string): string {
  const month = texts.months[Number(date.slice(5, 7)) - 1] ?? '';
  return texts.date(Number(date.slice(8, 10)), month, Number(date.slice(0, 4)));
}

/** "février–juillet 2026", "November 2025 – April 2026". */
function monthSpan(texts: ExampleTexts, period: ExamplePeriod): string {
  const first = period.months[0];
  const last = period.months[period.months.length - 1];
  const name = (m: { month: number } | undefined) => texts.months[(m?.month ?? 1) - 1] ?? '';
  return texts.monthSpan(name(first), first?.year ?? 0, name(last), last?.year ?? 0);
}
