import { expect, it } from 'vitest';
import { gzipBytes, kB, pageScripts } from '../extension/bundle.ts';
import { DIST } from '../pwa/harness.ts';
import { initialJs, SCREENS } from './initial-js.ts';
import { type BudgetId, budgets, type Measured, readMeasured } from './support/budgets.ts';
import { machine, table, writeSection } from './support/report.ts';

/**
 * Every budget of the project next to its target, in one table: the byte sizes recomputed from
 * the builds, the rest as the other benches of this `pnpm bench` run measured them (this file is
 * named to run last). Run alone, it has only the sizes, and leaves docs/benchmarks.md as it is.
 */
it('sums up every budget next to its target', () => {
  const measured: Partial<Record<BudgetId, Measured>> = { ...readMeasured() };
  const fromRun = Object.keys(measured).length;
  for (const [id, screen] of [
    ['pwa-first-visit-js', 'firstVisit'],
    ['pwa-initial-js', 'home'],
  ] as const) {
    const bytes = initialJs(DIST, screen).gzip;
    measured[id] = {
      figure: kB(bytes),
      within: bytes <= SCREENS[screen].budget,
      bench: 'recomputed from the build',
    };
  }
  const popupJs = gzipBytes(pageScripts('src/popup/index.html'));
  measured['popup-js'] = {
    figure: kB(popupJs),
    within: popupJs <= 40 * 1024,
    bench: 'recomputed from the build',
  };

  const rows = (Object.keys(budgets) as BudgetId[]).map((id) => {
    const found = measured[id];
    return [
      budgets[id].measure,
      budgets[id].target,
      found?.figure ?? 'not measured in this run',
      found ? (found.within ? 'yes' : '**no**') : '—',
      found?.bench ?? '—',
    ];
  });
  const markdown = [
    `Every budget of the project, from one \`pnpm bench\` run on: ${machine()}.`,
    '',
    table(['budget', 'target', 'figure', 'within', 'measured by'], rows),
  ].join('\n');
  console.log(`\n${markdown}\n`);
  if (fromRun > 0) writeSection('summary', markdown);
  else console.log('No bench ran before this one: docs/benchmarks.md left as it is.');
  expect(rows).toHaveLength(Object.keys(budgets).length);
});
