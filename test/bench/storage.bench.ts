import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { expect, it } from 'vitest';
import { launch } from '../support/chromium.ts';
import { serveStatic } from '../support/server.ts';
import { recordBudget } from './support/budgets.ts';
import { fmt, machine, table, writeSection } from './support/report.ts';

/**
 * Bundle export, parse and merge-import against the floor (raw Dexie bulkPut of the same rows in
 * one transaction) and against dexie-export-import, in a real Chromium, for 1 000 to 50 000
 * records. Figures are printed and written to docs/benchmarks.md; nothing is asserted on time.
 */
const sizes = (process.env.JALON_BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);

it('measures export, parse and merge-import', async () => {
  const outDir = fileURLToPath(new URL('../.tmp/bench-storage', import.meta.url));
  await build({
    root: fileURLToPath(new URL('./storage-page', import.meta.url)),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  const server = await serveStatic(outDir);
  const browser = await launch({ args: ['--enable-precise-memory-info', '--js-flags=--expose-gc'] });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'loaded');
    const results = [];
    for (const size of sizes) {
      const result = await page.evaluate(
        (n) => (window as never as { bench: { run(n: number): Promise<unknown> } }).bench.run(n),
        size,
      );
      results.push(result as Result);
      console.log(JSON.stringify(result));
    }
    const rows = results.map((r) => [
      r.records,
      fmt(r.bundleBytes / 1_048_576, 1),
      fmt(r.exportMs),
      fmt(r.dexieExportImportExportMs),
      fmt(r.parseMs),
      fmt(r.rawBulkPutMs),
      fmt(r.importIntoEmptyMs),
      `${fmt(r.importIntoEmptyMs / r.rawBulkPutMs, 2)}×`,
      fmt(r.importIntoOverlapMs),
      fmt(r.dexieExportImportImportMs),
      fmt(r.peakHeapMB),
    ]);
    const markdown = [
      `Storage and sync, measured in Chromium (median of 3 runs per figure) on: ${machine()}.`,
      '',
      table(
        [
          'records',
          'bundle MB',
          'export ms',
          'dexie-export-import export ms',
          'parse ms',
          'raw bulkPut ms (floor)',
          'merge-import into empty ms',
          'vs floor (target ≤ 1.5×)',
          'merge-import into half-overlapping ms',
          'dexie-export-import import ms',
          'peak JS heap MB',
        ],
        rows,
      ),
    ].join('\n');
    console.log(`\n${markdown}\n`);
    writeSection('storage', markdown);
    const largest = results.reduce<Result | undefined>(
      (a, b) => (a && a.records >= b.records ? a : b),
      undefined,
    );
    if (largest) {
      const records = `${largest.records.toLocaleString('en')} records`;
      const ratio = largest.importIntoEmptyMs / largest.rawBulkPutMs;
      recordBudget('merge-import', {
        figure: `${fmt(ratio, 2)}× (${records})`,
        within: ratio <= 1.5,
        bench: 'storage.bench.ts',
      });
      recordBudget('export-speed', {
        figure: `${fmt(largest.exportMs)} ms vs ${fmt(largest.dexieExportImportExportMs)} ms (${records})`,
        within: largest.exportMs < largest.dexieExportImportExportMs,
        bench: 'storage.bench.ts',
      });
    }
    expect(results).toHaveLength(sizes.length);
  } finally {
    await browser.dispose();
    await server.close();
  }
});

interface Result {
  records: number;
  bundleBytes: number;
  rawBulkPutMs: number;
  exportMs: number;
  parseMs: number;
  importIntoEmptyMs: number;
  importIntoOverlapMs: number;
  dexieExportImportExportMs: number;
  dexieExportImportImportMs: number;
  peakHeapMB: number;
}
