import { describe, expect, it } from 'vitest';
import { pluralKey } from './plural.ts';

describe('pluralKey', () => {
  it('follows each language’s rule: French counts 0 and 1 as one, English only 1', () => {
    expect([0, 1, 2].map((n) => pluralKey('items', n, 'fr'))).toEqual([
      'items.one',
      'items.one',
      'items.other',
    ]);
    expect([0, 1, 2].map((n) => pluralKey('items', n, 'en'))).toEqual([
      'items.other',
      'items.one',
      'items.other',
    ]);
  });
});
