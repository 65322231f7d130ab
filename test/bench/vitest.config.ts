import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { ByName } from './support/by-name.ts';

// `pnpm bench`: each *.bench.ts file measures in a real Chromium and prints figures next to their
// targets. Nothing here asserts on time; a bench only fails when it cannot measure at all.
// Files run one at a time, in name order: the summary (zz-summary) comes last.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['**/*.bench.ts'],
    fileParallelism: false,
    sequence: { sequencer: ByName },
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 1_800_000,
    hookTimeout: 600_000,
    reporters: ['verbose'],
    disableConsoleIntercept: true,
  },
});
