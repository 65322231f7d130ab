import { describe, expect, it } from 'vitest';
import { versionLabel } from './version.ts';

describe('versionLabel', () => {
  it('is the package version alone for a build without an id', () => {
    expect(versionLabel('0.1.0', '')).toBe('0.1.0');
    expect(versionLabel('0.1.0', 'dev')).toBe('0.1.0');
  });

  it('adds a real build id', () => {
    expect(versionLabel('0.1.0', '2026-03-15.4f2a9c1')).toBe('0.1.0 (2026-03-15.4f2a9c1)');
  });
});
