import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialJs, SCREENS, type ScreenId } from '../bench/initial-js.ts';
import { assertBuilt, DIST } from './harness.ts';

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Byte budgets, not timings: the first screens' JavaScript stays small enough for a slow phone. */
describe('the PWA bundle', () => {
  for (const id of Object.keys(SCREENS) as ScreenId[]) {
    const { name, budget } = SCREENS[id];
    it(`loads at most ${kB(budget)} of gzipped JavaScript for the ${name}`, () => {
      assertBuilt();
      const { gzip, files } = initialJs(DIST, id);
      console.log(`${name}: ${kB(gzip)} of ${kB(budget)}`);
      expect(files.length).toBeGreaterThan(1);
      expect(gzip, files.map((f) => `${f.file} ${f.gzip}`).join('\n')).toBeLessThanOrEqual(budget);
    });
  }

  it('loads neither Dexie nor the record schemas on a first visit', () => {
    assertBuilt();
    const code = initialJs(DIST, 'firstVisit')
      .files.map((f) => readFileSync(join(DIST, f.file), 'utf8'))
      .join('\n');
    expect(code).not.toMatch(/\bDexie\b|indexedDB\.open/);
    // zod's error messages are in every schema module it builds.
    expect(code).not.toMatch(/Invalid input|\$ZodType/);
  });
});
