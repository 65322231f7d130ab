import { type Lever, type LeverDecision, updateRecord } from '@jalon/core';
import { db } from '../../data/db.ts';

/** The workshop's writes, one function each, so that the board's components hold no database call. */

export function setDecision(lever: Lever, decision: LeverDecision): Promise<unknown> {
  return updateRecord(db, 'levers', lever.id, { decision });
}

export function setCause(lever: Lever, cause: Lever['lastPeriod']['cause']): Promise<unknown> {
  return updateRecord(db, 'levers', lever.id, { lastPeriod: { ...lever.lastPeriod, cause } });
}
