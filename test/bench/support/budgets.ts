import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { root } from '../../project/repo.ts';

/**
 * Every budget of the project, with its target, in the order of the summary table. Benches record
 * their figure here as they measure; `zz-summary.bench.ts` (last, see vitest.config.ts) prints
 * them side by side. Byte sizes are recomputed there from the builds, so they are never stale.
 */
export const budgets = {
  'pwa-first-visit-js': {
    measure: 'PWA first visit JavaScript (entry + /start route), gzipped',
    target: '≤ 45 kB',
  },
  'pwa-initial-js': {
    measure: 'PWA home screen JavaScript (entry + /today route), gzipped',
    target: '≤ 70 kB',
  },
  'first-visit-long-tasks': {
    measure: 'PWA first visit: longest main-thread task, 4× CPU slowdown (median of 3)',
    target: '≤ 50 ms',
  },
  'popup-js': { measure: 'extension popup JavaScript, gzipped', target: '≤ 40 kB' },
  'popup-interactive': { measure: 'popup interactive, next opens (median / p95)', target: '≤ 150 ms' },
  'popup-interactive-first': { measure: 'popup interactive, first open', target: '≤ 150 ms' },
  'clip-stored': { measure: 'clip stored, first on a tab (median / worst page)', target: '≤ 100 ms' },
  'clip-stored-install': { measure: 'clip stored, very first after install', target: '≤ 100 ms' },
  checklist: {
    measure: 'checklist on screen, 5 000 actions and 50 000 KPI entries (median of 5 loads)',
    target: '< 300 ms',
  },
  'checklist-vs-raw': {
    measure: 'checklist of that plan: its own time vs a raw Dexie read of the same rows (same run)',
    target: '≤ 2×',
  },
  'figure-precision': {
    measure: 'figures offered on the fr/en corpus (test/fixtures/figures): precision',
    target: '≥ 95 %',
  },
  'figure-recall': { measure: 'figures offered on the corpus: recall', target: '≥ 95 %' },
  'lighthouse-performance': { measure: 'PWA Lighthouse performance, mobile (median of 3)', target: '≥ 95' },
  'lighthouse-accessibility': { measure: 'PWA Lighthouse accessibility (median of 3)', target: '100' },
  'merge-import': {
    measure: 'merge-import of 50 000 records vs raw bulkPut (the floor)',
    target: '≤ 1.5×',
  },
  'export-speed': {
    measure: 'export of 50 000 records vs dexie-export-import',
    target: 'faster',
  },
} as const;

export type BudgetId = keyof typeof budgets;

export interface Measured {
  figure: string;
  within: boolean;
  /** The bench file that measured it. */
  bench: string;
}

/** Cleared when `pnpm bench` starts (global setup), so the summary only shows this run's figures. */
export const BUDGETS_FILE = join(root, 'test/.tmp/bench-budgets.json');

export function readMeasured(): Partial<Record<BudgetId, Measured>> {
  return existsSync(BUDGETS_FILE) ? JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) : {};
}

/** Bench files run one at a time (fileParallelism: false), so read-modify-write is safe. */
export function recordBudget(id: BudgetId, measured: Measured): void {
  mkdirSync(dirname(BUDGETS_FILE), { recursive: true });
  writeFileSync(BUDGETS_FILE, JSON.stringify({ ...readMeasured(), [id]: measured }, null, 2));
}

export function clearMeasured(): void {
  rmSync(BUDGETS_FILE, { force: true });
}
