import { toDayNumber } from '../dates.ts';
import { PlanError } from '../errors.ts';

/** `deadline` accepts `undefined` as well as absence so that stored actions can be passed as is. */
export type PrioritizableAction = {
  id: string;
  /** Impact, 1 (minor) to 5 (major). */
  importance: number;
  /** Effort, 1 (easy) to 5 (hard). */
  difficulty: number;
  deadline?: string | undefined;
};

/**
 * Days over which deadline pressure halves its extra weight: due today weighs ×2, in a week ×1.5,
 * in a month ×1.19, in a year ×1.02, no deadline ×1.
 */
const URGENCY_DAYS = 7;

/** A score kept as an exact fraction of small integers, so that ties are real ties, not float noise. */
type Fraction = { num: number; den: number };

type Ranked = { id: string; index: number; overdueDays: number; ratio: Fraction; score: Fraction };

/**
 * Order of work, first to do first:
 * 1. overdue actions (deadline before `today`), most overdue first;
 * 2. the others by score = (importance / difficulty) × urgency, highest first, where
 *    urgency = 1 + 7 / (7 + daysLeft) for an action with a deadline and 1 without one;
 * 3. ties (and overdue actions late by the same number of days) by importance / difficulty,
 *    then by input order.
 * Scores are compared by cross-multiplying integers: with 1–5 scores and day counts of four-digit
 * years every product stays below 2^53, so the comparison is exact.
 */
export function prioritize(actions: readonly PrioritizableAction[], today: string): string[] {
  const todayDay = toDayNumber(today, 'today');
  const seen = new Set<string>();
  const ranked = actions.map((action, index): Ranked => {
    const field = `actions[${index}]`;
    if (seen.has(action.id)) throw new PlanError('duplicate-id', `${field}.id`, action.id);
    seen.add(action.id);
    const importance = checkScore(action.importance, `${field}.importance`);
    const difficulty = checkScore(action.difficulty, `${field}.difficulty`);
    const ratio = { num: importance, den: difficulty };
    if (action.deadline === undefined) return { id: action.id, index, overdueDays: 0, ratio, score: ratio };
    const daysLeft = toDayNumber(action.deadline, `${field}.deadline`) - todayDay;
    if (daysLeft < 0) return { id: action.id, index, overdueDays: -daysLeft, ratio, score: ratio };
    // ratio × (1 + U / (U + d)) = importance × (2U + d) / (difficulty × (U + d))
    const score = {
      num: importance * (2 * URGENCY_DAYS + daysLeft),
      den: difficulty * (URGENCY_DAYS + daysLeft),
    };
    return { id: action.id, index, overdueDays: 0, ratio, score };
  });
  return ranked.sort(compare).map((r) => r.id);
}

function checkScore(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > 5) {
    throw new PlanError('invalid-number', field, `${value} is not an integer from 1 to 5`);
  }
  return value;
}

/** Positive when `a` is larger. */
const compareFractions = (a: Fraction, b: Fraction): number => a.num * b.den - b.num * a.den;

function compare(a: Ranked, b: Ranked): number {
  return (
    b.overdueDays - a.overdueDays ||
    compareFractions(b.score, a.score) ||
    compareFractions(b.ratio, a.ratio) ||
    a.index - b.index
  );
}
