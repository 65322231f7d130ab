import { describe, expect, it } from 'vitest';
import { INITIAL_JS_BUDGET, initialJs } from '../bench/initial-js.ts';
import { assertBuilt, DIST } from './harness.ts';

/** A byte budget, not a timing: the first screen's JavaScript stays small enough for a slow phone. */
describe('the PWA bundle', () => {
  it('loads at most 70 kB of gzipped JavaScript for the first screen (entry + /today)', () => {
    assertBuilt();
    const { gzip, files } = initialJs(DIST);
    expect(files.length).toBeGreaterThan(1);
    expect(gzip, files.map((f) => `${f.file} ${f.gzip}`).join('\n')).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  });
});
