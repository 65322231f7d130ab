/** Every write of the apps is one of these named commands (docs/decisions.md, "Commands"). */
export { type SavedAction, saveAction, setActionDone, toggleActionStep, type Undo, undo } from './actions.ts';
export { resolveConflict } from './conflicts.ts';
export {
  addRecord,
  type Draft,
  deleteRecord,
  type Edit,
  type EditResult,
  editRecord,
  restoreRecord,
} from './edit.ts';
export {
  deleteReview,
  type FormSave,
  saveBudgetLine,
  saveKeyDate,
  saveLever,
  saveObjective,
  savePersona,
} from './forms.ts';
export {
  type AcceptIdea,
  acceptIdea,
  type Clip,
  completeClip,
  moveIdeas,
  saveClip,
  setIdeaStatus,
} from './ideas.ts';
export { addKpiFigure, addKpiValue, type KpiValueInput } from './kpis.ts';
export { addRecords, createInboxPlan, createPlan, type WriteProgress } from './plans.ts';
export { type RevenueInput, recordRevenue } from './revenues.ts';
