import type { Lever, LeverDecision } from '@jalon/core';
import { editFields } from '../../ui/records.ts';

/**
 * The workshop's writes, one function each, so that the board's components hold no database call.
 * The lever as shown is the base: a decision changed meanwhile elsewhere is kept as a conflict.
 */

export function setDecision(lever: Lever, decision: LeverDecision): Promise<unknown> {
  return editFields('levers', lever, { decision });
}

export function setCause(lever: Lever, cause: Lever['lastPeriod']['cause']): Promise<unknown> {
  return editFields('levers', lever, { lastPeriod: { ...lever.lastPeriod, cause } });
}
