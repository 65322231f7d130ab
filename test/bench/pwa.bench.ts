import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { localToday } from '../pwa/fixtures.ts';
import { closeApp, DIST, openApp, waitForServiceWorker } from '../pwa/harness.ts';
import { bigPlanBundle } from './big-plan.ts';
import { serveGzip } from './gzip-server.ts';
import { INITIAL_JS_BUDGET, initialJs } from './initial-js.ts';
import { runLighthouse } from './lighthouse.ts';
import { recordBudget } from './support/budgets.ts';

/**
 * The PWA's budgets, printed beside their targets. A bench reports; it never fails on a timing.
 * Run: `pnpm --filter @jalon/pwa build`, then `npx vitest run --config test/bench/vitest.config.ts pwa`
 * (or `pnpm bench`, which runs every bench; pwa.bench.ts brings this file in).
 */
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const line = (name: string, value: string, target: string, ok: boolean) =>
  console.log(`${ok ? 'ok  ' : 'OVER'}  ${name.padEnd(48)} ${value.padStart(12)}   target ${target}`);

const only = process.env.BENCH_ONLY;
const maybe = (name: string) => (only && !name.includes(only) ? it.skip : it);

it('initial JavaScript of the first screen', () => {
  const { gzip, files } = initialJs(DIST);
  for (const f of files) console.log(`      ${f.file.padEnd(46)} ${kb(f.gzip).padStart(10)}`);
  line(
    'initial JS (entry + /today, gzip)',
    kb(gzip),
    `≤ ${kb(INITIAL_JS_BUDGET)}`,
    gzip <= INITIAL_JS_BUDGET,
  );
});

maybe('Lighthouse')(
  'Lighthouse 12.2.3, mobile',
  async () => {
    const server = await serveGzip(DIST);
    try {
      const scores = await runLighthouse(`${server.url}/`);
      line('Lighthouse performance (mobile)', String(scores.performance), '≥ 95', scores.performance >= 95);
      line('Lighthouse accessibility', String(scores.accessibility), '≥ 95', scores.accessibility >= 95);
      for (const [id, score] of [
        ['lighthouse-performance', scores.performance],
        ['lighthouse-accessibility', scores.accessibility],
      ] as const)
        recordBudget(id, { figure: String(score), within: score >= 95, bench: 'pwa.bench.ts' });
      if (scores.failing.length > 0) console.log(`      audits below 0.9: ${scores.failing.join(', ')}`);
    } catch (error) {
      console.log(`Lighthouse could not run: ${String(error)}`);
    } finally {
      await server.close();
    }
  },
  300_000,
);

maybe('checklist')(
  'a plan with 5 000 actions and 50 000 KPI entries opens its checklist',
  async () => {
    const { bundle, planId } = bigPlanBundle(
      localToday(),
      Number(process.env.BENCH_ACTIONS ?? 5_000),
      Number(process.env.BENCH_ENTRIES ?? 50_000),
    );
    const file = join(tmpdir(), `jalon-big-${process.pid}.json`);
    writeFileSync(file, bundle);
    const app = await openApp({ locale: 'fr-FR' });
    try {
      const { page, server } = app;
      await page.goto(`${server.url}/sync`);
      await waitForServiceWorker(page);
      const started = Date.now();
      await page.setInputFiles('#import-file', file);
      await page.waitForSelector('[data-testid="import-report"], [data-testid="import-error"]', {
        timeout: 300_000,
      });
      const refused = page.locator('[data-testid="import-error"]');
      if ((await refused.count()) > 0)
        throw new Error(`the generated plan was refused: ${await refused.textContent()}`);
      console.log(`      bundle ${kb(bundle.length)} imported in ${Date.now() - started} ms (informative)`);
      await page.evaluate((id) => localStorage.setItem('jalon.planId', id), planId);
      const times: number[] = [];
      for (let run = 0; run < 5; run++) {
        await page.goto(`${server.url}/today`);
        await page.waitForSelector('[data-testid="action-item"]');
        times.push(
          await page.evaluate(
            () => performance.getEntriesByName('jalon:checklist')[0]?.startTime ?? Number.NaN,
          ),
        );
      }
      const sorted = [...times].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      console.log(`      navigation → checklist, 5 loads: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
      line(
        'checklist of the 5 000-action plan (median)',
        `${median.toFixed(0)} ms`,
        '< 300 ms',
        median < 300,
      );
      recordBudget('checklist', {
        figure: `${median.toFixed(0)} ms`,
        within: median < 300,
        bench: 'pwa.bench.ts',
      });
    } finally {
      await closeApp(app);
    }
  },
  600_000,
);
