import {
  acceptIdea,
  addKpiValue,
  addRecord,
  addRecords,
  bindCommand,
  createInboxPlan,
  createPlan,
  deleteRecord,
  editRecord,
  type PlanDb,
  recordRevenue,
  resolveConflict,
  restoreRecord,
  saveAction,
  saveClip,
  setActionDone,
  setIdeaStatus,
  toggleActionStep,
  undo,
} from '@jalon/core/storage';
import { planDb } from './db.ts';

const on = <A extends unknown[], R>(command: (db: PlanDb, ...args: A) => R) => bindCommand(planDb, command);

/** Core's commands with the app's database bound (loaded on the first write: see write.ts). */
export const commands = {
  createPlan: on(createPlan),
  createInboxPlan: on(createInboxPlan),
  addRecord: on(addRecord),
  addRecords: on(addRecords),
  editRecord: on(editRecord),
  deleteRecord: on(deleteRecord),
  restoreRecord: on(restoreRecord),
  saveAction: on(saveAction),
  setActionDone: on(setActionDone),
  toggleActionStep: on(toggleActionStep),
  undo: on(undo),
  addKpiValue: on(addKpiValue),
  recordRevenue: on(recordRevenue),
  acceptIdea: on(acceptIdea),
  saveClip: on(saveClip),
  setIdeaStatus: on(setIdeaStatus),
  resolveConflict: on(resolveConflict),
};
