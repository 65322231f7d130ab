/** The pure part of @jalon/core: model, planning engine, bundle format and merge. No I/O. */
export * from './dates.ts';
export { allocateBudget, type BudgetAllocation, type BudgetShare } from './engine/allocate.ts';
export {
  type BenchmarkFunnel,
  type BenchmarkFunnelId,
  type BenchmarkSector,
  type BenchmarkSource,
  type BenchmarkStage,
  benchmarkFunnels,
  benchmarkSectorLabels,
  benchmarkSectors,
  benchmarkStageLabel,
  benchmarkStages,
} from './engine/benchmarks.ts';
export {
  type MarketingBudget,
  type MarketingBudgetInput,
  marketingBudget,
  type RomiInput,
  romi,
  type UnitEconomics,
  type UnitEconomicsInput,
  unitEconomics,
} from './engine/economics.ts';
export { findFigures } from './engine/figures.ts';
export {
  type ForwardFunnelInput,
  type ForwardFunnelResult,
  forwardFunnel,
  type ReverseFunnelInput,
  type ReverseFunnelResult,
  reverseFunnel,
  type Stage,
  type StageCount,
} from './engine/funnel.ts';
export {
  type CheckedKpi,
  checkFigureForKpi,
  checkKpiValue,
  type FigureForKpi,
  type KpiReferenceKind,
  type KpiValueWarning,
} from './engine/kpi-check.ts';
export { type KpiInput, type KpiStatus, type KpiStatusResult, kpiStatus } from './engine/kpi-status.ts';
export { type FoundMetric, findMetrics, type Metric, type MetricKind, parseMetric } from './engine/metric.ts';
export {
  type Cents,
  type KpiValue,
  type KpiValueError,
  kpiValueFromText,
  moneyFromText,
  toCents,
  toKpiValue,
} from './engine/money.ts';
export { type PrioritizableAction, prioritize } from './engine/prioritize.ts';
export { type SchedulableAction, type ScheduledAction, schedule } from './engine/schedule.ts';
export {
  checkSmart,
  type SmartCriterion,
  type SmartCriterionResult,
  type SmartReasonKey,
  type SmartResult,
  smartReasonKeys,
} from './engine/smart.ts';
export { setStageRate } from './engine/stages.ts';
export { worstStatus } from './engine/worst-status.ts';
export * from './errors.ts';
export {
  buildExamplePlan,
  type ExampleLanguage,
  type ExampleOptions,
  type ExamplePlan,
} from './examples/build.ts';
export { examplePeriod } from './examples/calendar.ts';
export { newId } from './ids.ts';
export { type Bilingual, type Language, languages } from './language.ts';
export * from './model/index.ts';
export {
  actionTree,
  type LeverBranch,
  type ObjectiveBranch,
  ownersOf,
  priorityOrder,
} from './plan/action-tree.ts';
export { type KpiOffer, kpiOfferAfterDone } from './plan/after-done.ts';
export {
  ANSWER_MAX,
  type Answer,
  type Answers,
  type Assessment,
  type AssessmentLevel,
  type AssessmentPoint,
  assess,
  assessmentPoints,
  type MethodStep,
  methodSteps,
  type StepScore,
  stepOf,
  WEAKEST_SHOWN,
} from './plan/assessment.ts';
export {
  type LeverSpend,
  linesByObjective,
  type ObjectivesMethod,
  objectivesMethod,
  spendByLever,
} from './plan/budget.ts';
export {
  type Bucket,
  buckets,
  buildChecklist,
  type Checklist,
  dueDates,
  dueNowCount,
  endOfWeek,
} from './plan/checklist.ts';
export {
  type Dashboard,
  type DashboardInput,
  type DashboardKpi,
  type DashboardObjective,
  dashboard,
  NEXT_DATES,
} from './plan/dashboard.ts';
export {
  CUSTOMERS_STAGE_ID,
  type DerivedObjective,
  type DerivedObjectives,
  deriveObjectives,
} from './plan/derive.ts';
export {
  benchmarkPlanStages,
  buildFoundation,
  type Foundation,
  formatPlanDate,
  formatPlanMoney,
  type PlanBasics,
  planLocales,
  type RecordIds,
} from './plan/foundation.ts';
export { type FoundationTexts, foundationTexts } from './plan/foundation-texts.ts';
export {
  type GanttBar,
  type GanttInput,
  type GanttLane,
  type GanttLaneBy,
  type GanttLayout,
  type GanttTick,
  ganttLayout,
} from './plan/gantt.ts';
export {
  buildIcs,
  escapeText,
  foldLine,
  type IcsCalendar,
  type IcsEvent,
  icsDate,
  icsStamp,
} from './plan/ics.ts';
export { ideaActionDescription, ideaActionTitle } from './plan/idea-title.ts';
export { inboxPlan } from './plan/inbox.ts';
export {
  type ActionKit,
  actionKits,
  buildKit,
  KIT_NAME_MAX,
  type KitActionText,
  type KitId,
  type KitInput,
  type KitRecords,
  type KitStep,
  type KitTexts,
  kitsForChannel,
} from './plan/kits.ts';
export { sortPlanData } from './plan/order.ts';
export { isReviewDue, subtractMonths } from './plan/persona-review.ts';
export { type CalendarSource, calendarEvents, calendarTexts, planCalendar } from './plan/plan-calendar.ts';
export type { DateRange, KpiReview } from './plan/review-kpis.ts';
export { defaultPeriod, type ReviewKind, reviewPeriods } from './plan/review-periods.ts';
export {
  type ActionTally,
  type LeverRomi,
  type ReviewInput,
  type ReviewReport,
  reviewReport,
  type SpendSums,
} from './plan/review-report.ts';
export {
  type ActionReturn,
  actionReturns,
  countsToward,
  type LeverReturn,
  leverReturns,
  type RomiFigures,
  romiFigures,
} from './plan/romi.ts';
export { type Resolved, resolveSchedule, staleDates, toSchedulable } from './plan/schedule-actions.ts';
export {
  ideaFromShare,
  type Shared,
  type SharedIdea,
  type SharedResult,
  sharedSchema,
  shareIdSchema,
} from './plan/shared.ts';
export {
  buildStarterPlan,
  STARTER_DAYS,
  type StarterAction,
  type StarterInput,
  type StarterPlan,
  starterActions,
} from './plan/starter.ts';
export { type StarterActionText, type StarterTexts, starterTexts } from './plan/starter-texts.ts';
export {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type Bundle,
  bundleLimits,
  bundleSchema,
  type ConflictEntry,
  conflictSchema,
  type RowTables,
  rowSchemas,
} from './sync/bundle.ts';
export { type VisibleConflict, visibleConflicts } from './sync/conflicts.ts';
export {
  damagedFileMessage,
  type FileProblem,
  type FolderErrorCode,
  failureKind,
  fileProblemMessages,
  fileProblemText,
  folderMessage,
  folderMessages,
} from './sync/folder/messages.ts';
export { type DavEntry, type DavListing, normaliseEtag, parseMultistatus } from './sync/folder/propfind.ts';
export {
  type FailureKind,
  mayRun,
  nextDue,
  type ScheduleState,
  scheduleTimes,
  type Trigger,
} from './sync/folder/schedule.ts';
export {
  basicAuth,
  CALENDAR_NAME,
  FILE_SUFFIX,
  type FolderUrl,
  type FolderUrlProblem,
  fileKind,
  KEY_FILE,
  normaliseFolderUrl,
} from './sync/folder/urls.ts';
export { isStamp, type Stamp, stampDevice } from './sync/hlc.ts';
export { mergeBundles, mergeRows, mergeTables } from './sync/merge.ts';
export { type BundleErrorCode, bundleMessage, bundleMessages } from './sync/messages.ts';
export { type BundleError, type ParseResult, parseBundle } from './sync/parse.ts';
export type { SyncMeta, SyncRow } from './sync/row.ts';
