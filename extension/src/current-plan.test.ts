import { describe, expect, it } from 'vitest';
import { clipPlan } from './current-plan.ts';

const imported = { id: 'imported' };
const inbox = { id: 'inbox' };
const other = { id: 'other' };

describe('clipPlan', () => {
  it('is the plan chosen in the options, while it exists', () => {
    expect(
      clipPlan([imported, inbox, other], { planId: 'other', inboxPlanId: 'inbox', language: 'auto' }),
    ).toBe(other);
    expect(clipPlan([inbox], { planId: 'inbox', inboxPlanId: 'inbox', language: 'auto' })).toBe(inbox);
  });

  it('prefers a real plan to the inbox made at install, whichever is newer', () => {
    const settings = { inboxPlanId: 'inbox', language: 'auto' } as const;
    expect(clipPlan([inbox, imported], settings)).toBe(imported);
    expect(clipPlan([imported, inbox], settings)).toBe(imported);
    expect(clipPlan([inbox], { ...settings, planId: 'deleted' })).toBe(inbox);
  });

  it('is none without plans', () => {
    expect(clipPlan([], { language: 'auto' })).toBeUndefined();
  });
});
