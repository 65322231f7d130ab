import { type Changes, type KeyAction, updateRecord } from '@jalon/core';
import { db } from '../../data/db.ts';
import { today } from '../../i18n/format.ts';

/** Ticks an action off; returns how to put it back as it was (the toast's Undo). */
export async function markDone(action: KeyAction): Promise<() => Promise<void>> {
  await updateRecord(db, 'actions', action.id, { status: 'done', doneOn: today() });
  const before = { status: action.status, doneOn: action.doneOn };
  return async () => {
    // An undefined field is cleared by updateRecord; the Changes type cannot say so.
    await updateRecord(db, 'actions', action.id, before as Changes<'actions'>);
  };
}

export async function toggleStep(action: KeyAction, stepId: string): Promise<void> {
  const steps = action.steps.map((step) => (step.id === stepId ? { ...step, done: !step.done } : step));
  await updateRecord(db, 'actions', action.id, { steps });
}
