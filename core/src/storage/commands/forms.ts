import type { TableName, TableRecord } from '../../model/tables.ts';
import type { PlanDb } from '../db.ts';
import type { NewRecord } from '../repository.ts';
import { addRecord, type Draft, deleteRecord, editRecord } from './edit.ts';

/** What a record form hands over when the user saves it. */
export interface FormSave<T extends TableName> {
  planId: string;
  /** The record as the form loaded it; absent for a new record. */
  base?: TableRecord<T> | undefined;
  /** The values the form holds now. */
  draft: Draft<T>;
  /** Bring the record back if it was deleted meanwhile (the user chose "restore and save"). */
  restore?: boolean;
}

/**
 * A form's save: a new record is created; an existing one gets only the fields the user changed
 * from `base` (editRecord: a field changed elsewhere meanwhile is left alone, or kept as a conflict
 * when the user changed it too). Returns the fields kept as conflicts.
 */
async function saveForm<T extends TableName>(
  db: PlanDb,
  table: T,
  { planId, base, draft, restore }: FormSave<T>,
): Promise<{ kept: string[] }> {
  if (base) {
    const { kept } = await editRecord(db, table, base.id, {
      base: base as Draft<T>,
      draft,
      ...(restore ? { restore: true } : {}),
    });
    return { kept };
  }
  const fields = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined));
  // reason: the schema validates the whole record inside addRecord; a draft's type is the form's,
  // and a missing required field comes back as a PlanError naming it.
  await addRecord(db, table, { ...fields, planId } as unknown as NewRecord<T>);
  return { kept: [] };
}

/** The forms' saves, one named command each (docs/decisions.md, "Commands"). */
export const saveObjective = (db: PlanDb, save: FormSave<'objectives'>) => saveForm(db, 'objectives', save);
export const savePersona = (db: PlanDb, save: FormSave<'personas'>) => saveForm(db, 'personas', save);
export const saveLever = (db: PlanDb, save: FormSave<'levers'>) => saveForm(db, 'levers', save);
export const saveKeyDate = (db: PlanDb, save: FormSave<'keyDates'>) => saveForm(db, 'keyDates', save);
export const saveBudgetLine = (db: PlanDb, save: FormSave<'budgetLines'>) =>
  saveForm(db, 'budgetLines', save);

/** Deletes a saved review (it can be restored like any record). */
export const deleteReview = (db: PlanDb, id: string) => deleteRecord(db, 'reviews', id);
