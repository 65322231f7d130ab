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
  | 'invalid-record';

export class PlanError extends Error {
  override readonly name = 'PlanError';
  readonly code: PlanErrorCode;
  readonly field: string;

  constructor(code: PlanErrorCode, field: string, detail?: string) {
    super(`${code}: ${field}${detail ? ` (${detail})` : ''}`);
    this.code = code;
    this.field = field;
  }
}
