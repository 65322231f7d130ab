import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// One run over every package, so that the report (and CI's summary line) covers everything.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    projects: ['core', 'extension', 'pwa', 'test/vitest.config.ts'],
    reporters: ['default', ['json', { outputFile: 'test/reports/vitest.json' }]],
    passWithNoTests: true,
  },
});
