import type { TableName, TableRecord } from '@jalon/core';
import type { Edit, EditResult, NewRecord } from '@jalon/core/storage';
import type { commands as Commands } from './commands.ts';
import { afterLocalWrite } from './folder-flag.ts';

type C = typeof Commands;
type Lazy<K extends keyof C> = (...args: Parameters<C[K]>) => Promise<Awaited<ReturnType<C[K]>>>;

// The commands and the schemas they validate with load on the first write, not with the first
// screen: reading a plan needs neither.
const load = () => import('./commands.ts').then((m) => m.commands);

// Writes start one after the other, in the order the user made them. Two quick moves of a lever
// were seen to commit in reverse order when both were issued while the commands were loading,
// the first then overwriting the second; a queue makes the order a guarantee rather than luck.
let tail: Promise<unknown> = Promise.resolve();
function inOrder<R>(run: (c: C) => Promise<R>): Promise<R> {
  const result = tail.then(load).then(run);
  tail = result.catch(() => undefined);
  // A configured sync folder gets the change after a short pause.
  void result.then(afterLocalWrite, () => {});
  return result;
}

function lazy<K extends keyof C>(name: K): Lazy<K> {
  return (...args) => inOrder((c) => (c[name] as (...a: unknown[]) => Promise<never>)(...args));
}

/**
 * Every write the screens make: core's named commands with the app's database bound. Screens never
 * hold the database nor write records themselves (test/project/boundaries.test.ts).
 */
export const write = {
  createPlan: lazy('createPlan'),
  createInboxPlan: lazy('createInboxPlan'),
  // The two generic commands are spelled out: a mapped type would lose their table parameter.
  addRecord: <T extends TableName>(table: T, data: NewRecord<T>): Promise<TableRecord<T>> =>
    inOrder((c) => c.addRecord(table, data)),
  editRecord: <T extends TableName>(table: T, id: string, edit: Edit<T>): Promise<EditResult<T>> =>
    inOrder((c) => c.editRecord(table, id, edit)),
  addRecords: lazy('addRecords'),
  deleteRecord: lazy('deleteRecord'),
  restoreRecord: lazy('restoreRecord'),
  saveAction: lazy('saveAction'),
  setActionDone: lazy('setActionDone'),
  toggleActionStep: lazy('toggleActionStep'),
  undo: lazy('undo'),
  addKpiValue: lazy('addKpiValue'),
  recordRevenue: lazy('recordRevenue'),
  acceptIdea: lazy('acceptIdea'),
  saveClip: lazy('saveClip'),
  setIdeaStatus: lazy('setIdeaStatus'),
  resolveConflict: lazy('resolveConflict'),
  saveObjective: lazy('saveObjective'),
  savePersona: lazy('savePersona'),
  saveLever: lazy('saveLever'),
  saveKeyDate: lazy('saveKeyDate'),
  saveBudgetLine: lazy('saveBudgetLine'),
  deleteReview: lazy('deleteReview'),
};

/** A new plan's records, as `write.createPlan` takes them. */
export type { RecordsByTable as PlanRecords, WriteProgress } from '@jalon/core/storage';
