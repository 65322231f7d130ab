import { isIsoDate, toDayNumber } from '../dates.ts';

/**
 * The SMART check of an objective (step 1 of the method). It is a linter for drafts: a missing or
 * malformed field of the objective is reported as a failed criterion with a reason, never thrown;
 * only `today`, which the app supplies, throws `invalid-date`.
 * Fields accept `undefined` as well as absence so that a stored `Objective` can be passed as is.
 */
export type SmartObjective = {
  title: string;
  metric?: string | undefined;
  baseline?: number | undefined;
  target?: number | undefined;
  unit?: string | undefined;
  startDate?: string | undefined;
  deadline?: string | undefined;
  owner?: string | undefined;
};

/** Every reason `checkSmart` can give: message keys the apps must translate (a test checks it). */
export const smartReasonKeys = [
  'smart.specific.tooShort',
  'smart.specific.vague',
  'smart.specific.noMetric',
  'smart.measurable.noMetric',
  'smart.measurable.noTarget',
  'smart.measurable.targetEqualsBaseline',
  'smart.achievable.noBaseline',
  'smart.achievable.noOwner',
  'smart.realistic.percentOver100',
  'smart.realistic.noFigures',
  'smart.realistic.tooSteep',
  'smart.timeBound.noDeadline',
  'smart.timeBound.invalidDeadline',
  'smart.timeBound.invalidStartDate',
  'smart.timeBound.startAfterDeadline',
  'smart.timeBound.pastDeadline',
] as const;
export type SmartReasonKey = (typeof smartReasonKeys)[number];

export type SmartCriterion = 'specific' | 'measurable' | 'achievable' | 'realistic' | 'timeBound';
export type SmartCriterionResult = { ok: boolean; reason?: SmartReasonKey };
export type SmartResult = { smart: boolean; criteria: Record<SmartCriterion, SmartCriterionResult> };

/** A title needs at least this many words to say what, for whom or by how much. */
const MIN_TITLE_WORDS = 3;
/** Growth beyond this multiple of the baseline within one plan period is treated as wishful. */
const MAX_GROWTH_FACTOR = 10;

// Words are compared lower-cased and without accents ("être" → "etre", "visibilité" → "visibilite").
const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Grammar words that carry no meaning of their own, in English and French. */
const STOP_WORDS = words(`
  a an the our my your their its we us i to of on in for and with at by from this that
  le la les l un une des de du d notre nos mon ma mes votre vos son sa ses nous on se s
  sur en et pour avec au aux a chez par que qui je y ce cette ces
`);

/**
 * The vocabulary of a wish rather than an objective: vague verbs, comparatives and generic nouns
 * or adjectives. A title made only of these (and grammar words), with no figure, is vague:
 * "sell more", "vendre plus", "more leads", "être plus visible", "improve our visibility".
 */
const VAGUE_WORDS = words(`
  sell grow increase improve boost raise get gain have do make develop win generate drive attract
  reach be become expand enhance optimize optimise maximize maximise strengthen accelerate find
  more better bigger higher greater faster much many lot lots most best top new some again even
  sales revenue leads customers clients prospects traffic visibility awareness growth business money
  results performance presence market share brand conversions engagement followers audience
  subscribers visible known popular successful efficient effective
  vendre augmenter ameliorer developper booster accroitre gagner avoir faire obtenir generer attirer
  etre devenir progresser croitre optimiser renforcer maximiser accelerer conquerir trouver reussir
  plus mieux davantage beaucoup encore meilleur meilleure meilleurs meilleures nouveau nouveaux
  nouvelle nouvelles ventes chiffre affaires ca trafic visibilite notoriete croissance argent
  resultats presence marche part parts marque abonnes connu connue connus connues populaire
  present presente presents efficace efficaces performant performants
`);

function titleWords(title: string): string[] {
  const plain = title.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return plain.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const filled = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';
const known = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n);
const pass: SmartCriterionResult = { ok: true };
const fail = (reason: SmartReasonKey): SmartCriterionResult => ({ ok: false, reason });

/** Specific: enough words, not only vague vocabulary (a figure in the title is never vague), and a metric. */
function specific(o: SmartObjective): SmartCriterionResult {
  const all = titleWords(o.title);
  const meaningful = all.filter((w) => !STOP_WORDS.has(w));
  const hasFigure = all.some((w) => /\p{N}/u.test(w));
  if (all.length > 0 && !hasFigure && meaningful.every((w) => VAGUE_WORDS.has(w))) {
    return fail('smart.specific.vague');
  }
  if (all.length < MIN_TITLE_WORDS) return fail('smart.specific.tooShort');
  if (!filled(o.metric)) return fail('smart.specific.noMetric');
  return pass;
}

/** Measurable: a metric and a finite numeric target that differs from the baseline. */
function measurable(o: SmartObjective): SmartCriterionResult {
  if (!filled(o.metric)) return fail('smart.measurable.noMetric');
  if (!known(o.target)) return fail('smart.measurable.noTarget');
  if (known(o.baseline) && o.baseline === o.target) return fail('smart.measurable.targetEqualsBaseline');
  return pass;
}

/** Achievable: progress can be judged (a baseline) and someone answers for it (an owner). */
function achievable(o: SmartObjective): SmartCriterionResult {
  if (!known(o.baseline)) return fail('smart.achievable.noBaseline');
  if (!filled(o.owner)) return fail('smart.achievable.noOwner');
  return pass;
}

const isPercent = (unit: string | undefined): boolean =>
  unit !== undefined && /^\s*(%|percent|pourcent|pct)\s*$/i.test(unit);

/**
 * Realistic: a percentage cannot exceed 100 %; otherwise the target may be at most ×10 the
 * baseline. Only growth between two positive figures is judged: from zero ("launch a newsletter,
 * 0 → 1 000 subscribers") or across signs there is no meaningful multiple, and falling targets
 * are bounded by zero. The ×10 ceiling assumes a plan period (a year or less), so it does not
 * scale with the dates.
 */
function realistic(o: SmartObjective): SmartCriterionResult {
  if (known(o.target) && isPercent(o.unit) && o.target > 100) return fail('smart.realistic.percentOver100');
  if (!known(o.baseline) || !known(o.target)) return fail('smart.realistic.noFigures');
  const growth = Math.abs(o.target) / Math.abs(o.baseline);
  const sameSign = Math.sign(o.target) === Math.sign(o.baseline) && o.baseline !== 0;
  if (sameSign && growth > MAX_GROWTH_FACTOR) return fail('smart.realistic.tooSteep');
  return pass;
}

/** Time-bound: a real deadline, not before the start date and not already past. */
function timeBound(o: SmartObjective, todayDay: number): SmartCriterionResult {
  if (!filled(o.deadline)) return fail('smart.timeBound.noDeadline');
  if (!isIsoDate(o.deadline)) return fail('smart.timeBound.invalidDeadline');
  const deadline = toDayNumber(o.deadline, 'objective.deadline');
  if (filled(o.startDate)) {
    if (!isIsoDate(o.startDate)) return fail('smart.timeBound.invalidStartDate');
    if (toDayNumber(o.startDate, 'objective.startDate') > deadline) {
      return fail('smart.timeBound.startAfterDeadline');
    }
  }
  // Due today still counts as time-bound: the deadline has not passed yet.
  if (deadline < todayDay) return fail('smart.timeBound.pastDeadline');
  return pass;
}

export function checkSmart(objective: SmartObjective, today: string): SmartResult {
  const todayDay = toDayNumber(today, 'today');
  const criteria: Record<SmartCriterion, SmartCriterionResult> = {
    specific: specific(objective),
    measurable: measurable(objective),
    achievable: achievable(objective),
    realistic: realistic(objective),
    timeBound: timeBound(objective, todayDay),
  };
  return { smart: Object.values(criteria).every((c) => c.ok), criteria };
}
