import { describe, expect, it } from 'vitest';
import { PERSONA_REVIEW_MONTHS } from '../model/persona.ts';
import { isReviewDue, subtractMonths } from './persona-review.ts';

describe('subtractMonths', () => {
  it('keeps the day of the month', () => {
    expect(subtractMonths('2026-07-15', 6)).toBe('2026-01-15');
  });

  it('crosses the year backwards', () => {
    expect(subtractMonths('2026-03-10', 6)).toBe('2025-09-10');
  });

  it('clamps to the last day of a shorter month, leap years included', () => {
    expect(subtractMonths('2026-08-31', 6)).toBe('2026-02-28');
    expect(subtractMonths('2024-08-31', 6)).toBe('2024-02-29');
  });
});

describe('isReviewDue', () => {
  const today = '2026-07-15';

  it('is due when the persona was never reviewed', () => {
    expect(isReviewDue(undefined, today, PERSONA_REVIEW_MONTHS)).toBe(true);
  });

  it('is due once the last review is six months old', () => {
    expect(isReviewDue('2026-01-15', today, PERSONA_REVIEW_MONTHS)).toBe(true);
    expect(isReviewDue('2025-11-02', today, PERSONA_REVIEW_MONTHS)).toBe(true);
  });

  it('is not due within six months', () => {
    expect(isReviewDue('2026-01-16', today, PERSONA_REVIEW_MONTHS)).toBe(false);
    expect(isReviewDue(today, today, PERSONA_REVIEW_MONTHS)).toBe(false);
  });

  it('treats an unreadable date as never reviewed', () => {
    expect(isReviewDue('2026-02-30', today, PERSONA_REVIEW_MONTHS)).toBe(true);
  });
});
