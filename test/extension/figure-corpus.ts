import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CorpusSnippet, type ExpectedFigure, figureCorpus } from '../fixtures/figures/index.ts';
import { serveStatic } from '../support/server.ts';
import { clickMenu, type Extension, grantActiveTab, readTable, selectContents } from './support.ts';

/**
 * Runs the figure corpus (test/fixtures/figures) through the extension as a user would: each
 * snippet is a page in its language, selected whole and clipped from the menu; the figures the
 * stored idea offers are compared with the expected ones. Shared by the browser test, which holds
 * the targets, and the bench, which writes the figures to docs/benchmarks.md.
 */

export interface Found {
  text: string;
  value: number;
  label?: string;
}

export interface SnippetScore {
  snippet: CorpusSnippet;
  found: Found[];
  /** Expected and offered. */
  hits: number;
  /** Offered but not expected (a year, a phone number… or a wrong label or value). */
  extra: Found[];
  /** Expected but not offered, or offered with another label or value. */
  missed: ExpectedFigure[];
}

export interface CorpusScore {
  snippets: SnippetScore[];
  expected: number;
  offered: number;
  hits: number;
  precision: number;
  recall: number;
}

const same = (a: Found, b: ExpectedFigure) =>
  a.text === b.text &&
  (a.label ?? '') === (b.label ?? '') &&
  Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(b.value));

/** A found figure counts once, for one expected figure with the same text, value and label. */
export function scoreSnippet(snippet: CorpusSnippet, found: Found[]): SnippetScore {
  const missed = [...snippet.figures];
  const extra: Found[] = [];
  for (const figure of found) {
    const at = missed.findIndex((expected) => same(figure, expected));
    if (at >= 0) missed.splice(at, 1);
    else extra.push(figure);
  }
  return { snippet, found, hits: found.length - extra.length, extra, missed };
}

export function scoreCorpus(snippets: SnippetScore[]): CorpusScore {
  const expected = snippets.reduce((n, s) => n + s.snippet.figures.length, 0);
  const offered = snippets.reduce((n, s) => n + s.found.length, 0);
  const hits = snippets.reduce((n, s) => n + s.hits, 0);
  return {
    snippets,
    expected,
    offered,
    hits,
    precision: offered === 0 ? 0 : hits / offered,
    recall: expected === 0 ? 0 : hits / expected,
  };
}

function pageOf(snippet: CorpusSnippet): string {
  return `<!doctype html>
<html lang="${snippet.lang}">
<head><meta charset="utf-8"><title>${snippet.id}</title></head>
<body><article id="snippet">
${snippet.html}
</article></body>
</html>
`;
}

/** Clips every snippet of the corpus in `ext` and scores what the stored ideas offer. */
export async function runFigureCorpus(ext: Extension, corpus = figureCorpus): Promise<CorpusScore> {
  const dir = mkdtempSync(join(tmpdir(), 'jalon-figures-'));
  const server = await serveStatic(dir);
  const page = await ext.context.newPage();
  try {
    const scores: SnippetScore[] = [];
    for (const snippet of corpus) {
      writeFileSync(join(dir, `${snippet.id}.html`), pageOf(snippet));
      await page.goto(`${server.url}/${snippet.id}.html`);
      const selectionText = await selectContents(page, '#snippet');
      const tabId = await grantActiveTab(ext, page);
      const outcome = await clickMenu(ext.worker, tabId, 'clip-selection', { selectionText });
      const idea = (await readTable(ext.worker, 'ideas')).find((row) => row.id === outcome?.ideaId);
      if (!idea) throw new Error(`${snippet.id}: no idea stored`);
      const found = (idea.figures as Found[]).map(({ text, value, label }) =>
        label === undefined ? { text, value } : { text, value, label },
      );
      scores.push(scoreSnippet(snippet, found));
    }
    return scoreCorpus(scores);
  } finally {
    await page.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const show = (f: Found | ExpectedFigure) => `"${f.text}"${f.label ? ` [${f.label}]` : ''}`;

/** One line per snippet that is not perfect, then the totals: what a reader needs to fix a rule. */
export function describeScore(score: CorpusScore): string {
  const lines = score.snippets
    .filter((s) => s.extra.length > 0 || s.missed.length > 0)
    .map(
      (s) =>
        `${s.snippet.id}: ${s.hits}/${s.snippet.figures.length}` +
        (s.extra.length ? `; not figures: ${s.extra.map(show).join(', ')}` : '') +
        (s.missed.length ? `; missed: ${s.missed.map(show).join(', ')}` : ''),
    );
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  lines.push(
    `${score.snippets.length} snippets, ${score.expected} expected figures, ${score.offered} offered, ` +
      `${score.hits} right: precision ${pct(score.precision)}, recall ${pct(score.recall)}`,
  );
  return lines.join('\n');
}
