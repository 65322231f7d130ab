import { smartReasonKeys } from '@jalon/core';
import { describe, expect, it } from 'vitest';
import { messages } from './messages.ts';

describe('the objectives catalog', () => {
  it('translates every reason checkSmart can give, in both languages', () => {
    for (const key of smartReasonKeys) {
      expect(messages.fr[key], key).toBeTruthy();
      expect(messages.en[key], key).toBeTruthy();
    }
  });

  it('names every criterion', () => {
    for (const c of ['specific', 'measurable', 'achievable', 'realistic', 'timeBound'] as const) {
      expect(messages.fr[`criterion.${c}`]).toBeTruthy();
    }
  });
});
