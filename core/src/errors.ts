/**
 * Every invalid input to core throws a PlanError: `code` is stable (the apps map it to a
 * translated message), `field` names the offending input, `message` is for developers and logs.
 */
export type PlanErrorCode =
  | 'invalid-rate'
  | 'invalid-money'
  | 'invalid-count'
  | 'invalid-number'
  | 'invalid-date'
  | 'invalid-range'
  | 'invalid-weight'
  | 'empty-funnel'
  | 'unknown-stage'
  | 'unknown-anchor'
  | 'schedule-cycle'
  | 'duplicate-id'
  | 'invalid-locale'
  | 'invalid-record'
  /** A reference names a record that is missing, deleted, or in another plan. */
  | 'unknown-reference'
  /** The record to change does not exist (any more) on this device. */
  | 'record-missing'
  /** The record to change was deleted (in another tab, or by a sync) while it was being edited. */
  | 'record-deleted'
  /** A figure or typed value that cannot be stored on the KPI; `detail` holds a KpiValueError. */
  | 'invalid-kpi-value'
  /** A figure out of scale for its KPI (checkKpiValue) that the user did not confirm; `detail`: the figure. */
  | 'unconfirmed-kpi-value'
  /** The idea was already accepted or discarded (in another tab, or by a sync). */
  | 'idea-not-in-inbox';

export class PlanError extends Error {
  override readonly name = 'PlanError';
  readonly code: PlanErrorCode;
  readonly field: string;
  /** More about the failure, for a code that has kinds (e.g. the KpiValueError of `invalid-kpi-value`). */
  readonly detail: string | undefined;
  /** The refused input as the user wrote it (a clipped figure's text), for the message. */
  readonly input: string | undefined;

  constructor(code: PlanErrorCode, field: string, detail?: string, input?: string) {
    super(`${code}: ${field}${detail ? ` (${detail})` : ''}`);
    this.code = code;
    this.field = field;
    this.detail = detail;
    this.input = input;
  }
}
