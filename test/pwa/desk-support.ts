// fake-indexeddb before core: Dexie picks up the global indexedDB when it loads (see fixtures.ts).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { type Bundle, parseBundle, type TableName, type TableRecord } from '@jalon/core';
import type { Download, Page } from 'playwright-core';
import { expect } from 'vitest';
import { demoPlan } from './fixtures.ts';
import { type App, writeTemp } from './harness.ts';

/**
 * The desk screens' browser tests share one way in: core's example plan (with KPI entries), made
 * in Node as a bundle file by the shared fixtures and imported through the Sync screen's file
 * input — the path a user takes — then chosen as the current plan. No test seam in the app.
 */

export type Seeded = {
  planId: string;
  /** The bundle's records, to assert against what the screens show. */
  records: <T extends TableName>(table: T) => TableRecord<T>[];
};

export async function seedExample(app: App, lang: 'fr' | 'en'): Promise<Seeded> {
  const { page, server } = app;
  const demo = await demoPlan(lang);
  const parsed = parseBundle(demo.bundle);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const bundle: Bundle = parsed.bundle;
  await page.goto(`${server.url}/sync`);
  await page.setInputFiles('#import-file', await writeTemp('plan.json', demo.bundle));
  await page.waitForSelector('[data-testid="import-report"]');
  await page.evaluate((id) => localStorage.setItem('jalon.planId', id), demo.planId);
  return {
    planId: demo.planId,
    records: (table) => bundle.tables[table] as unknown as TableRecord<typeof table>[],
  };
}

/** Opens a desk screen and waits until the plan is on it. */
export async function openScreen(app: App, path: string): Promise<void> {
  await app.page.goto(`${app.server.url}${path}`);
  await app.page.waitForSelector('main .desk');
}

/** The text of the page's main area. */
export const mainText = async (page: Page): Promise<string> =>
  (await page.locator('main').textContent()) ?? '';

/** No message key, placeholder or `undefined` leaked into what the user reads. */
export async function expectCleanText(page: Page, where: string): Promise<void> {
  const text = await mainText(page);
  expect(text, where).not.toMatch(/\bundefined\b|\bNaN\b|\[object Object\]|\{\w+\}/);
  expect(text, where).not.toMatch(/\b(smart|criterion|status|channel|decision|col|unit)\.[a-z][a-zA-Z-]*/);
}

/** Clicks `trigger` and returns the downloaded file's name and text. */
export async function download(
  page: Page,
  trigger: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = await (file as Download).path();
  return { name: (file as Download).suggestedFilename(), text: readFileSync(path, 'utf8') };
}
