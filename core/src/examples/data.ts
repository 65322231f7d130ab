import type { KpiUnit } from '../model/kpi.ts';
import type { MonthDay } from './calendar.ts';
import type { ActionKey, KpiKey, LeverKey, ObjectiveKey, OwnerKey, PersonaKey, StageKey } from './texts.ts';

/**
 * The figures of the example plans, shared by both languages: a B2B software company that sold
 * 1 200 000 € over the last six months and aims at +30 % over the next six. Money in cents.
 */

export const EURO = 100;

export const economy = {
  currency: 'EUR',
  baselineRevenue: 1_200_000 * EURO,
  /** New revenue to win: 30 % of the baseline. */
  revenueGoal: 360_000 * EURO,
  /** A yearly subscription. */
  averageDealValue: 12_000 * EURO,
  economics: {
    averageRevenuePerAccount: 1_000 * EURO, // per month: 12 000 € a year
    grossMargin: 0.8,
    monthlyChurn: 0.02,
    /** Last year's marketing cost per new customer; the objectives method budgets on it. */
    cac: 5_000 * EURO,
    targetLtvToCac: 3,
  },
  benchmarkId: 'b2b-saas-inbound',
} as const;

/** The plan's own rates, replacing the benchmark midpoints where the company has measured them. */
export const ownRates: Partial<Record<StageKey, number>> = {
  visitor: 0.04, // the site's conversion rate, 4 %
  opportunity: 0.25, // win rate of last year's opportunities
};

export const objectiveOwners: Record<ObjectiveKey, OwnerKey> = {
  business: 'marketing',
  visitor: 'marketing',
  lead: 'marketing',
  mql: 'marketing',
  sql: 'sales',
  opportunity: 'sales',
  customers: 'sales',
};

/**
 * How a KPI was measured since the plan began (see `measures.ts`). `pace` is how fast it moves
 * against the straight line from baseline to target (1: exactly on pace), `noise` the spread of a
 * measure around it, as a share of the way from baseline to target (level) or of a week's step
 * (to date).
 */
export type Measure =
  /** A level measured at each month's end (a rate, a monthly count, a cost per lead). */
  | { kind: 'level'; cadence: 'weekly' | 'monthly'; pace: number; noise: number }
  /** A running total counted every Monday, from the plan's start or from a day of the plan. */
  | { kind: 'to-date'; pace: number; noise: number; from?: MonthDay }
  /** Sign-ups counted the day after each webinar. */
  | { kind: 'webinars'; perWebinar: readonly number[] }
  /** Qualified leads counted the day after the trade show. */
  | { kind: 'show'; value: number }
  /** Customers or revenue won, counted every Monday from the recorded revenue. */
  | { kind: 'wins'; of: 'revenue' | 'customers' };

type KpiSpec = {
  unit: KpiUnit;
  direction: 'increase' | 'decrease';
  baseline: number;
  /** A number, or the stage whose derived count is the target. */
  target: number | 'customers' | StageKey;
  objective?: ObjectiveKey;
  lever?: LeverKey;
  measure: Measure;
};

export const kpis: Record<KpiKey, KpiSpec> = {
  newRevenue: {
    unit: 'currency',
    direction: 'increase',
    baseline: 0,
    target: economy.revenueGoal,
    objective: 'business',
    measure: { kind: 'wins', of: 'revenue' },
  },
  newCustomers: {
    unit: 'number',
    direction: 'increase',
    baseline: 0,
    target: 'customers',
    objective: 'customers',
    measure: { kind: 'wins', of: 'customers' },
  },
  sqls: {
    unit: 'number',
    direction: 'increase',
    baseline: 0,
    target: 'sql',
    objective: 'sql',
    measure: { kind: 'to-date', pace: 1.04, noise: 0.35 },
  },
  organicTraffic: {
    unit: 'number',
    direction: 'increase',
    baseline: 3_000,
    target: 4_500,
    objective: 'visitor',
    lever: 'seo',
    measure: { kind: 'level', cadence: 'monthly', pace: 1.15, noise: 0.05 },
  },
  costPerLead: {
    unit: 'currency',
    direction: 'decrease',
    baseline: 133 * EURO,
    target: 106 * EURO,
    lever: 'sea',
    measure: { kind: 'level', cadence: 'monthly', pace: 0.95, noise: 0.05 },
  },
  openRate: {
    unit: 'percent',
    direction: 'increase',
    baseline: 18,
    target: 28,
    lever: 'emailing',
    measure: { kind: 'level', cadence: 'monthly', pace: 1.25, noise: 0.05 },
  },
  showLeads: {
    unit: 'number',
    direction: 'increase',
    baseline: 0,
    target: 80,
    lever: 'events',
    measure: { kind: 'show', value: 61 },
  },
  registrants: {
    unit: 'number',
    direction: 'increase',
    baseline: 0,
    target: 600,
    lever: 'webinars',
    measure: { kind: 'webinars', perWebinar: [88, 96, 107, 112, 118, 124] },
  },
  conversionRate: {
    unit: 'percent',
    direction: 'increase',
    baseline: 4,
    target: 5,
    lever: 'website',
    measure: { kind: 'level', cadence: 'weekly', pace: 1, noise: 0.08 },
  },
  chatConversations: {
    unit: 'number',
    direction: 'increase',
    baseline: 0,
    target: 600,
    lever: 'website',
    measure: { kind: 'to-date', pace: 1.25, noise: 0.3, from: [2, 1] },
  },
  websiteLeads: {
    unit: 'number',
    direction: 'increase',
    baseline: 240,
    target: 320,
    objective: 'lead',
    lever: 'website',
    measure: { kind: 'level', cadence: 'monthly', pace: 1.12, noise: 0.06 },
  },
  mqls: {
    unit: 'number',
    direction: 'increase',
    baseline: 0,
    target: 'mql',
    objective: 'mql',
    measure: { kind: 'to-date', pace: 1.08, noise: 0.3 },
  },
  opportunities: {
    unit: 'number',
    direction: 'increase',
    baseline: 0,
    target: 'opportunity',
    objective: 'opportunity',
    measure: { kind: 'to-date', pace: 0.86, noise: 0.4 },
  },
};

/** Days before `today` each persona was last reviewed (the CEO persona is added by this plan). */
export const personaReviewedDaysAgo: Record<PersonaKey, number> = { ops: 60, finance: 120, ceo: 0 };

/**
 * Customers won since the plan began, by the lever (and action, or webinar by its number from 1)
 * the sale is credited to: what the `revenues` table records. Only wins dated before today are
 * kept. Each is one customer on a yearly contract around the 12 000 € average deal.
 */
export type Win = { at: MonthDay; lever: LeverKey; action?: ActionKey | `webinar${number}`; amount: number };

export const wins: readonly Win[] = [
  { at: [1, 9], lever: 'sea', amount: 12_000 * EURO },
  { at: [1, 16], lever: 'seo', action: 'seoContent', amount: 12_000 * EURO },
  { at: [1, 23], lever: 'sea', amount: 9_600 * EURO },
  { at: [2, 3], lever: 'seo', action: 'seoContent', amount: 12_000 * EURO },
  { at: [2, 10], lever: 'website', action: 'chat', amount: 12_000 * EURO },
  { at: [2, 17], lever: 'seo', action: 'seoContent', amount: 14_400 * EURO },
  { at: [2, 24], lever: 'sea', action: 'seaCampaigns', amount: 9_600 * EURO },
  { at: [3, 3], lever: 'webinars', action: 'webinar1', amount: 12_000 * EURO },
  { at: [3, 10], lever: 'emailing', action: 'emailNurturing', amount: 12_000 * EURO },
  { at: [3, 16], lever: 'sea', action: 'seaCampaigns', amount: 12_000 * EURO },
  // The show is on the third Tuesday, between the 15th and the 21st.
  { at: [3, 23], lever: 'events', action: 'show', amount: 12_000 * EURO },
  { at: [3, 24], lever: 'events', action: 'show', amount: 14_400 * EURO },
  { at: [4, 2], lever: 'website', action: 'chat', amount: 14_400 * EURO },
  { at: [4, 8], lever: 'events', action: 'show', amount: 12_000 * EURO },
  { at: [4, 14], lever: 'sea', action: 'seaCampaigns', amount: 12_000 * EURO },
  { at: [4, 20], lever: 'webinars', action: 'webinar2', amount: 12_000 * EURO },
  { at: [4, 27], lever: 'emailing', action: 'emailNurturing', amount: 12_000 * EURO },
];
