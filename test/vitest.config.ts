import { defineProject } from 'vitest/config';

// Project checks and real-browser tests: a browser test file starts its own Chromium, so files run one at a time
// (two cores here) and get long timeouts; nothing in them asserts on the clock.
export default defineProject({
  test: {
    name: 'test',
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', '.tmp/**', 'reports/**', 'bench/**'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
