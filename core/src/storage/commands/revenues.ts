import { moneyFromText } from '../../engine/money.ts';
import { PlanError } from '../../errors.ts';
import { limits } from '../../model/common.ts';
import type { Revenue } from '../../model/revenue.ts';
import type { PlanDb } from '../db.ts';
import { guard } from '../errors.ts';
import { getRecord } from '../repository.ts';
import { addRecord } from './edit.ts';

export interface RevenueInput {
  leverId: string;
  /** The action that won it, when one did; it must belong to the lever. */
  actionId?: string;
  /** The day it was won, or the last day of the period it sums up. */
  date: string;
  /** The amount as typed in `locale` ("12 000 €", "12k"), in the plan's currency. */
  text: string;
  locale: string;
  note?: string;
}

/**
 * Records revenue (or value) won and attributed to a lever, and optionally to one of its actions,
 * for realised ROMI. The amount is read once by core (`moneyFromText`) into cents of the plan's
 * currency. Refused, writing nothing: an amount that is not money of that currency or is zero
 * (`invalid-money`), a lever or action missing, deleted or of another plan, an action of another
 * lever (`unknown-reference`), a date that is not ISO (`invalid-record`).
 */
export function recordRevenue(db: PlanDb, input: RevenueInput): Promise<Revenue> {
  return guard(() =>
    db.transaction('rw', [db.levers, db.actions, db.plans, db.revenues, db.meta], async () => {
      const lever = await getRecord(db, 'levers', input.leverId);
      if (!lever) throw new PlanError('unknown-reference', 'revenues.leverId', input.leverId);
      const plan = await getRecord(db, 'plans', lever.planId);
      if (!plan) throw new PlanError('unknown-reference', 'revenues.planId', lever.planId);
      if (input.actionId !== undefined) {
        const action = await getRecord(db, 'actions', input.actionId);
        if (!action || action.leverId !== lever.id)
          throw new PlanError('unknown-reference', 'revenues.actionId', input.actionId);
      }
      const amount = moneyFromText(input.text, plan.currency, input.locale);
      if (amount === undefined || amount === 0)
        throw new PlanError('invalid-money', 'revenues.amount', input.text);
      return addRecord(db, 'revenues', {
        planId: lever.planId,
        leverId: lever.id,
        ...(input.actionId === undefined ? {} : { actionId: input.actionId }),
        date: input.date,
        amount,
        note: (input.note ?? '').slice(0, limits.longText),
      });
    }),
  );
}
