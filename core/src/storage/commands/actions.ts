import { PlanError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { KeyAction } from '../../model/key-action.ts';
import { resolveSchedule, staleDates } from '../../plan/schedule-actions.ts';
import type { SyncRow } from '../../sync/row.ts';
import type { PlanDb } from '../db.ts';
import { guard } from '../errors.ts';
import { referencedTables } from '../references.ts';
import { getRecord, type NewRecord, toRecord, updateRecord } from '../repository.ts';
import { addRecord, type Draft, editRecord } from './edit.ts';

/** What undoes a command: the edit that puts the fields back, if nobody changed them since. */
export interface Undo<T extends 'actions'> {
  table: T;
  id: string;
  base: Draft<T>;
  draft: Draft<T>;
}

function scope(db: PlanDb) {
  return [...new Set(['actions' as const, ...referencedTables('actions')])].map((t) => db.table(t));
}

/** The plan's live actions, read inside the caller's transaction. */
async function planActions(db: PlanDb, planId: string): Promise<KeyAction[]> {
  const rows = (await db.actions.where('planId').equals(planId).toArray()) as SyncRow[];
  return rows.filter((r) => !r._d).map((r) => toRecord<'actions'>(r));
}

/**
 * Brings the stored dates of associated actions in step with their anchors (an action placed
 * relative to another gets the dates `schedule` resolves for it; a chain follows). Returns how
 * many actions moved.
 */
async function placeAssociated(db: PlanDb, planId: string): Promise<number> {
  const actions = await planActions(db, planId);
  const moves = staleDates(actions, resolveSchedule(actions));
  for (const move of moves) {
    await updateRecord(db, 'actions', move.id, { startDate: move.startDate, deadline: move.deadline });
  }
  return moves.length;
}

export interface SavedAction {
  action: KeyAction;
  /** Fields also changed elsewhere meanwhile; the other values are kept as conflicts. */
  kept: string[];
  /** Associated actions (this one included) whose dates moved with their anchor. */
  moved: number;
}

/**
 * Saves a key action — a new one (`id` absent) or what the user changed of an existing one (see
 * editRecord) — and moves its associated actions with it, all in one transaction: the action and
 * the actions placed relative to it are saved together or not at all.
 */
export async function saveAction(
  db: PlanDb,
  input:
    | { planId: string; draft: Draft<'actions'> }
    | { planId: string; id: string; base: Draft<'actions'>; draft: Draft<'actions'>; restore?: boolean },
): Promise<SavedAction> {
  return guard(() =>
    db.transaction('rw', [...scope(db), db.meta, db.conflicts], async () => {
      let kept: string[] = [];
      let id: string;
      if ('id' in input) {
        id = input.id;
        ({ kept } = await editRecord(db, 'actions', id, input));
      } else {
        const fields = Object.fromEntries(Object.entries(input.draft).filter(([, v]) => v !== undefined));
        id = (fields.id as string | undefined) ?? newId();
        await addRecord(db, 'actions', { ...fields, id, planId: input.planId } as NewRecord<'actions'>);
      }
      const moved = await placeAssociated(db, input.planId);
      const action = await getRecord(db, 'actions', id);
      if (!action) throw new PlanError('record-missing', `actions.${id}`);
      return { action, kept, moved };
    }),
  );
}

/**
 * Ticks an action off (`done`), or puts it back to do. Returns the Undo that restores its status
 * and completion date, unless they were changed again in between.
 */
export async function setActionDone(
  db: PlanDb,
  id: string,
  options: { done: boolean; today: string },
): Promise<Undo<'actions'>> {
  return guard(() =>
    db.transaction('rw', [...scope(db), db.meta, db.conflicts], async () => {
      const row = (await db.actions.get(id)) as SyncRow | undefined;
      if (!row) throw new PlanError('record-missing', `actions.${id}`);
      if (row._d) throw new PlanError('record-deleted', `actions.${id}`);
      const before = toRecord<'actions'>(row);
      const base = { status: before.status, doneOn: before.doneOn };
      const draft = options.done
        ? { status: 'done' as const, doneOn: before.status === 'done' ? before.doneOn : options.today }
        : { status: 'todo' as const, doneOn: undefined };
      await editRecord(db, 'actions', id, { base, draft });
      return { table: 'actions', id, base: draft, draft: base };
    }),
  );
}

/** Undoes a command, field by field, leaving alone what was changed since (see editRecord). */
export async function undo(db: PlanDb, token: Undo<'actions'>): Promise<void> {
  await editRecord(db, token.table, token.id, {
    base: token.base,
    draft: token.draft,
    onlyIfUnchanged: true,
  });
}

/**
 * Ticks or unticks one step of an action's checklist. The steps are read inside the transaction,
 * so a step ticked in another tab meanwhile is not reverted.
 */
export async function toggleActionStep(db: PlanDb, actionId: string, stepId: string): Promise<void> {
  await guard(() =>
    db.transaction('rw', [db.actions, db.meta, db.conflicts], async () => {
      const row = (await db.actions.get(actionId)) as SyncRow | undefined;
      if (!row || row._d)
        throw new PlanError(row ? 'record-deleted' : 'record-missing', `actions.${actionId}`);
      const action = toRecord<'actions'>(row);
      if (!action.steps.some((s) => s.id === stepId)) {
        throw new PlanError('record-missing', `actions.${actionId}.steps`, stepId);
      }
      const steps = action.steps.map((s) => (s.id === stepId ? { ...s, done: !s.done } : s));
      await updateRecord(db, 'actions', actionId, { steps });
    }),
  );
}
