import { describe, expect, it } from 'vitest';
import { worstStatus } from './worst-status.ts';

describe('worstStatus', () => {
  it('is the worst of the measured KPIs', () => {
    expect(worstStatus(['achieved', 'at-risk', 'on-track'])).toBe('at-risk');
    expect(worstStatus(['no-data', 'achieved'])).toBe('achieved');
    expect(worstStatus(['on-track', 'off-track'])).toBe('off-track');
  });

  it('is no-data when nothing is measured', () => {
    expect(worstStatus([])).toBe('no-data');
    expect(worstStatus(['no-data', 'no-data'])).toBe('no-data');
  });
});
