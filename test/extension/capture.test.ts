import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFigures, type PageMetadata } from '@jalon/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../support/server.ts';
import { agreement, type Expected, formatAgreement } from './metadata-agreement.ts';
import {
  clickMenu,
  type Extension,
  FIXTURE_PAGES,
  grantActiveTab,
  launchExtension,
  readTable,
} from './support.ts';

const pages = readdirSync(FIXTURE_PAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** Selects the first paragraph with some substance (≥ 80 characters); returns its text. */
async function selectFirstParagraph(page: Page): Promise<string> {
  return page.evaluate(() => {
    const p = Array.from(document.querySelectorAll('p')).find(
      (el) => (el.textContent ?? '').trim().length >= 80,
    );
    const target = p ?? document.body;
    const range = document.createRange();
    range.selectNodeContents(target);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return getSelection()?.toString() ?? '';
  });
}

describe('clipping saved real pages in Chromium', () => {
  let ext: Extension;
  let server: StaticServer;
  const captured: { name: string; expected: Expected; captured: PageMetadata }[] = [];

  beforeAll(async () => {
    server = await serveStatic(FIXTURE_PAGES);
    ext = await launchExtension({ language: 'fr' });
  });
  afterAll(async () => {
    if (captured.length > 0) console.log(formatAgreement(agreement(captured)));
    await ext?.browser.dispose();
    await server?.close();
  });

  for (const name of pages) {
    it(`stores the selection of ${name} with its URL, metadata and figures`, async () => {
      const page = await ext.context.newPage();
      const url = `${server.url}/${name}/source.html`;
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const selected = await selectFirstParagraph(page);
      const tabId = await grantActiveTab(ext, page);
      const before = (await readTable(ext.worker, 'ideas')).length;

      const outcome = await clickMenu(ext.worker, tabId, 'clip-selection', { selectionText: selected });

      const ideas = await readTable(ext.worker, 'ideas');
      expect(ideas).toHaveLength(before + 1);
      const idea = ideas.find((row) => row.id === outcome?.ideaId);
      expect(idea).toBeDefined();
      if (!idea) return;
      expect(idea.kind).toBe('selection');
      expect(String(idea.text).replace(/\s+/g, ' ')).toBe(selected.trim().replace(/\s+/g, ' '));
      expect(idea.pageUrl).toBe(url);
      expect(idea.status).toBe('inbox');
      const metadata = idea.metadata as PageMetadata;
      expect(metadata.title?.length ?? 0).toBeGreaterThan(0);
      // Figures: those of the selection (no years, dates, footnote calls…), read in the page's
      // language (else the user's).
      const locale = metadata.language ?? 'fr';
      const expectedFigures = findFigures(String(idea.text).replace(/\s+/g, ' ').trim(), locale).map(
        (m) => m.value,
      );
      expect((idea.figures as { value: number }[]).map((f) => f.value)).toEqual(expectedFigures);

      const expected = JSON.parse(readFileSync(join(FIXTURE_PAGES, name, 'expected-metadata.json'), 'utf8'));
      captured.push({ name, expected, captured: metadata });
      await page.close();
    });
  }

  it('agrees with the expected metadata on most pages, field by field', () => {
    const rows = agreement(captured);
    const share = (field: string) => {
      const row = rows.find((r) => r.field.startsWith(`${field} `));
      return row && row.total > 0 ? row.agree / row.total : 0;
    };
    // A measure, printed above; these floors only catch a regression in the extraction.
    expect(share('title')).toBeGreaterThanOrEqual(0.8);
    expect(share('siteName')).toBeGreaterThanOrEqual(0.8);
  });
});
