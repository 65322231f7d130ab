import { addDays, daysBetween } from '../dates.ts';
import type { KeyAction } from '../model/key-action.ts';
import { EURO } from './data.ts';
import { seeded, spread } from './random.ts';

type Progress = Pick<KeyAction, 'status' | 'steps' | 'actualCost'> & Partial<Pick<KeyAction, 'doneOn'>>;

/** A whole number of euros, in cents. */
const euros = (cents: number): number => Math.max(0, Math.round(cents / EURO)) * EURO;

/**
 * Where an action stands on `today`. Before its start: to do. Past its deadline: done a day or
 * two early or on the day, at its planned cost give or take 8 % — unless it is one of the late
 * ones, still under way with half its steps ticked. In between: under way, its steps and its
 * spend in proportion to the time gone by. `key` seeds the noise, so an action always lands the
 * same way for the same day.
 */
export function progressOn(action: KeyAction, today: string, late: boolean, key: string): Progress {
  const random = seeded(key);
  const start = action.startDate ?? action.deadline ?? today;
  const deadline = action.deadline ?? start;
  const tick = (count: number) => action.steps.map((step, i) => ({ ...step, done: i < count }));
  if (start > today) return { status: 'todo', steps: tick(0), actualCost: 0 };
  if (deadline < today && !late) {
    const early = Math.min(Math.floor(random() * 3), daysBetween(start, deadline));
    return {
      status: 'done',
      doneOn: addDays(deadline, -early),
      steps: tick(action.steps.length),
      actualCost: euros(action.plannedCost * (1 + 0.08 * spread(random))),
    };
  }
  const share = deadline < today ? 0.5 : (daysBetween(start, today) + 1) / (daysBetween(start, deadline) + 1);
  return {
    status: 'doing',
    steps: tick(Math.min(action.steps.length - 1, Math.floor(action.steps.length * share))),
    actualCost: euros(action.plannedCost * share * (1 + 0.05 * spread(random))),
  };
}
