import {
  actionStatusSchema,
  channels,
  keyDateSchema,
  kpiStatusValueSchema,
  kpiUnitSchema,
  leverDecisionSchema,
  reviewSchema,
} from '@jalon/core';
import { describe, expect, it } from 'vitest';
import { labels } from './messages.ts';

const optionsOf = (schema: unknown): string[] => {
  // zod/mini enums keep their values in `options`; defaults wrap the enum in `def.innerType`.
  const s = schema as { options?: string[]; def?: { innerType?: unknown } };
  return s.options ?? optionsOf(s.def?.innerType);
};

describe('the labels of core’s enums', () => {
  const groups: [string, readonly string[]][] = [
    ['channel', channels],
    ['action', actionStatusSchema.options],
    ['decision', leverDecisionSchema.options],
    ['status', kpiStatusValueSchema.options],
    ['unit', kpiUnitSchema.options],
    ['review', optionsOf(reviewSchema.shape.kind)],
    ['keyDate', optionsOf(keyDateSchema.shape.kind)],
    ['cause', ['lever', 'execution', 'unknown']],
  ];

  it('name every value core can store, in both languages', () => {
    for (const [group, values] of groups) {
      expect(values.length, group).toBeGreaterThan(0);
      for (const value of values) {
        expect(labels.fr[`${group}.${value}` as keyof typeof labels.fr], `${group}.${value}`).toBeTruthy();
        expect(labels.en[`${group}.${value}` as keyof typeof labels.en], `${group}.${value}`).toBeTruthy();
      }
    }
  });
});
