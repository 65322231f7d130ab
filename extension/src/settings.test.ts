import { describe, expect, it } from 'vitest';
import { parseSettings } from './settings.ts';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual({ language: 'auto' });
  });

  it('keeps the valid fields of a damaged value and drops the rest', () => {
    expect(parseSettings({ planId: 'plan-1', language: 'klingon' })).toEqual({
      planId: 'plan-1',
      language: 'auto',
    });
    expect(parseSettings({ planId: 'a b/c', language: 'fr' })).toEqual({ language: 'fr' });
    expect(parseSettings('garbage')).toEqual({ language: 'auto' });
  });
});
