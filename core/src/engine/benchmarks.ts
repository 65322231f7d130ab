import { PlanError } from '../errors.ts';
import type { Bilingual, Language } from '../language.ts';
import { benchmarkFunnelList, stageLabels, stageShortLabels } from './benchmark-funnels.ts';
import type { Stage } from './funnel.ts';

/**
 * Sector funnels to start a plan from, before the plan has rates of its own. Each rate is a range
 * with its midpoint as the default; the midpoints are written out as exact decimals rather than
 * computed, because (0.15 + 0.3) / 2 is 0.22499999999999998 in floats. Labels and source notes
 * come in both languages; the data is in `benchmark-funnels.ts`.
 */

export type BenchmarkFunnelId =
  | 'b2b-saas-inbound'
  | 'demand-waterfall'
  | 'b2b-industry'
  | 'b2b-services'
  | 'ecommerce'
  | 'b2c-leads';

/** The kind of business a benchmark describes, to group the choice. */
export type BenchmarkSector = 'saas' | 'industry' | 'services' | 'ecommerce' | 'b2c';

/** The rate from stage `id` to stage `to`; `id` is the contract `Stage` id. */
export type BenchmarkStage = {
  readonly id: string;
  readonly to: string;
  readonly low: number;
  readonly high: number;
  readonly default: number;
};

/** Where the ranges come from, and how far to trust them (`note`, in both languages). */
export type BenchmarkSource = { readonly name: string; readonly url?: string; readonly note: Bilingual };

export type BenchmarkFunnel = {
  readonly id: BenchmarkFunnelId;
  readonly sector: BenchmarkSector;
  readonly label: Bilingual;
  readonly source: BenchmarkSource;
  readonly stages: readonly BenchmarkStage[];
};

export const benchmarkFunnels: readonly BenchmarkFunnel[] = benchmarkFunnelList;

/** The sectors in the order a picker lists them, with their names. */
export const benchmarkSectors: readonly BenchmarkSector[] = [
  'saas',
  'industry',
  'services',
  'ecommerce',
  'b2c',
];
export const benchmarkSectorLabels: Readonly<Record<BenchmarkSector, Bilingual>> = {
  saas: { fr: 'Logiciel (SaaS)', en: 'Software (SaaS)' },
  industry: { fr: 'Industrie', en: 'Industry' },
  services: { fr: 'Services', en: 'Services' },
  ecommerce: { fr: 'E-commerce', en: 'E-commerce' },
  b2c: { fr: 'Particuliers (B2C)', en: 'Consumers (B2C)' },
};

/** A benchmark as contract stages at its default rates, fresh objects the caller may edit. */
export function benchmarkStages(id: BenchmarkFunnelId): Stage[] {
  const funnel = benchmarkFunnels.find((candidate) => candidate.id === id);
  // Ids can arrive from stored settings or a URL, where the type does not reach.
  if (!funnel) throw new PlanError('invalid-record', 'id', String(id));
  return funnel.stages.map((stage) => ({ id: stage.id, conversionRate: stage.default }));
}

/**
 * The name of a benchmark stage ("Website visitors", "Add to cart"…) in `lang`, for stage ids the
 * benchmarks use and `won`/`customers`; undefined for a stage id of the plan's own. The one place
 * stage names are written: the long form is what a new plan stores, the short one is for tight
 * spots of the screens.
 */
export function benchmarkStageLabel(
  id: string,
  lang: Language,
  form: 'long' | 'short' = 'long',
): string | undefined {
  const names = form === 'long' ? stageLabels : stageShortLabels;
  return Object.hasOwn(names, id) ? names[id]?.[lang] : undefined;
}
