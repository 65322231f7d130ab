import { defineProject } from 'vitest/config';

// Real-browser tests: each file starts its own Chromium, so files run one at a time
// (two cores here) and get long timeouts; nothing in them asserts on the clock.
export default defineProject({
  test: {
    name: 'browser',
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
