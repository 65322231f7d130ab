import { expect, it } from 'vitest';
import { describeScore, runFigureCorpus } from '../extension/figure-corpus.ts';
import { launchExtension } from '../extension/support.ts';
import { recordBudget } from './support/budgets.ts';
import { machine, table, writeSection } from './support/report.ts';

/**
 * Figures with their meaning: the corpus of test/fixtures/figures clipped in the built extension
 * (run `pnpm --filter @jalon/extension build` first), precision and recall of the figures offered,
 * by language and in all. Targets ≥ 95 % each; test/extension/figure-corpus.test.ts holds them.
 */
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

it('measures precision and recall of the figures offered on the corpus', async () => {
  const ext = await launchExtension({ language: 'fr' });
  try {
    const score = await runFigureCorpus(ext);
    const byLanguage = (lang: string) => {
      const snippets = score.snippets.filter((s) => s.snippet.lang.startsWith(lang));
      const expected = snippets.reduce((n, s) => n + s.snippet.figures.length, 0);
      const offered = snippets.reduce((n, s) => n + s.found.length, 0);
      const hits = snippets.reduce((n, s) => n + s.hits, 0);
      return [lang, snippets.length, expected, offered, hits, pct(hits / offered), pct(hits / expected)];
    };
    const misses = describeScore(score).split('\n').slice(0, -1);
    const markdown = [
      `Figures offered on the corpus, clipped in Chromium with the built extension on: ${machine()}.`,
      '',
      table(
        [
          'language',
          'snippets',
          'expected figures',
          'offered',
          'right',
          'precision (≥ 95 %)',
          'recall (≥ 95 %)',
        ],
        [
          byLanguage('fr'),
          byLanguage('en'),
          [
            '**all**',
            score.snippets.length,
            score.expected,
            score.offered,
            score.hits,
            pct(score.precision),
            pct(score.recall),
          ],
        ],
      ),
      '',
      misses.length === 0
        ? 'Every snippet gives exactly its expected figures.'
        : 'Snippets not given exactly:',
      '',
      ...misses.map((line) => `- ${line}`),
    ].join('\n');
    console.log(`\n${markdown}\n`);
    writeSection('figures', markdown);
    const bench = 'figures.bench.ts';
    recordBudget('figure-precision', {
      figure: pct(score.precision),
      within: score.precision >= 0.95,
      bench,
    });
    recordBudget('figure-recall', { figure: pct(score.recall), within: score.recall >= 0.95, bench });
    expect(score.snippets.length).toBeGreaterThanOrEqual(30);
  } finally {
    await ext.browser.dispose();
  }
});
