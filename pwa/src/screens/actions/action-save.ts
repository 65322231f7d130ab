import { type KeyAction, newId, resolveSchedule, staleDates, updateRecord } from '@jalon/core';
import { db } from '../../data/db.ts';
import { type Draft, saveRecord } from '../../ui/records.ts';

/**
 * Saves an action and keeps associated actions' stored dates in step. An action placed relative
 * to another gets the dates `schedule` resolves for it; then every associated action whose anchor
 * moved (this one, or a chain through it) gets its new dates. Each write is validated by core.
 */
export async function saveAction(
  planId: string,
  existing: KeyAction | undefined,
  draft: Draft<'actions'>,
  all: readonly KeyAction[],
): Promise<KeyAction> {
  const id = existing?.id ?? newId();
  const fields: Draft<'actions'> = { ...draft };
  if (fields.relativeTo) {
    const candidate = { ...(existing ?? blank(id, planId)), ...stripUndefined(fields), id } as KeyAction;
    const resolved = resolveSchedule([...all.filter((a) => a.id !== id), candidate]);
    const at = resolved.dates.get(id);
    if (at) {
      fields.startDate = at.start;
      fields.deadline = at.end;
    }
  }
  // One transaction (core's writes join it): the action and its associated actions' new dates are
  // saved together or not at all.
  return db.transaction('rw', db.actions, db.meta, async () => {
    const saved = existing
      ? await saveRecord('actions', planId, id, fields)
      : await saveRecord('actions', planId, undefined, { ...fields, id } as Draft<'actions'>);
    const after = [...all.filter((a) => a.id !== id), saved];
    for (const change of staleDates(after, resolveSchedule(after))) {
      await updateRecord(db, 'actions', change.id, {
        startDate: change.startDate,
        deadline: change.deadline,
      });
    }
    return saved;
  });
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Defaults of a new action, only to schedule it before it exists; core fills the real ones. */
function blank(id: string, planId: string): KeyAction {
  const now = new Date(0).toISOString();
  return {
    id,
    planId,
    createdAt: now,
    updatedAt: now,
    leverId: '',
    title: '',
    description: '',
    owner: '',
    importance: 3,
    difficulty: 3,
    status: 'todo',
    steps: [],
    plannedCost: 0,
    actualCost: 0,
    expectedRevenue: 0,
    personaIds: [],
    kpiIds: [],
  };
}
