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
 * the example is also a check that the engine agrees with itself. No KPI entries, ideas or reviews:
 * nothing has been measured or reviewed yet, and a made-up measure would mislead (the baselines
 * are on the KPIs themselves). Every record is valid against its table's schema, all fields set.
 */
export function buildExamplePlan(lang: ExampleLanguage, options: ExampleOptions): ExamplePlan {
  const texts = exampleTexts[lang];
  const { newId, now } = options;
  const period = examplePeriod(options.today);
  const stageKeys: StageKey[] = ['visitor', 'lead', 'mql', 'sql', 'opportunity'];
  const ctx: ExampleContext = {
    texts,
    period,
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
    name: texts.plan.name(period.year),
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
      title: texts.business.title(period.year),
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
      frequency: 'monthly',
      ...(spec.objective ? { objectiveId: ctx.ids.objectives[spec.objective] } : {}),
      ...(spec.lever ? { leverId: ctx.ids.levers[spec.lever] } : {}),
    };
  });

  const budgetLines = budgetByObjectiveAndLever(ctx, budget, base);
  const { keyDates, actions } = buildKeyDatesAndActions(ctx);
  return {
    plans: [plan],
    objectives,
    personas,
    levers,
    actions,
    keyDates,
    kpis,
    kpiEntries: [],
    ideas: [],
    reviews: [],
    budgetLines,
    revenues: [],
  };
}
