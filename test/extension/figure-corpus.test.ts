import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figureCorpus } from '../fixtures/figures/index.ts';
import { describeScore, runFigureCorpus } from './figure-corpus.ts';
import { type Extension, launchExtension } from './support.ts';

/**
 * Figures with their meaning, measured: the corpus of French and English snippets written for this
 * test (test/fixtures/figures) is clipped in the real extension, and the figures offered are
 * compared with the expected ones, table labels included. Precision (what is offered is a figure,
 * with the right value and labels) and recall (every figure is offered) are printed; both must
 * reach 95 %.
 */
describe('the figures offered from French and English pages', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension({ language: 'fr' });
  });
  afterAll(() => ext?.browser.dispose());

  it('is a corpus of at least 30 snippets, in both languages, of several kinds', () => {
    expect(figureCorpus.length).toBeGreaterThanOrEqual(30);
    expect(new Set(figureCorpus.map((s) => s.lang.slice(0, 2)))).toEqual(new Set(['fr', 'en']));
    expect(new Set(figureCorpus.map((s) => s.id)).size).toBe(figureCorpus.length);
    expect(figureCorpus.filter((s) => s.html.includes('<table')).length).toBeGreaterThanOrEqual(10);
  });

  it('offers the figures, with their table labels, and nothing else: precision and recall ≥ 95 %', async () => {
    const score = await runFigureCorpus(ext);
    console.log(`\nFigure corpus\n${describeScore(score)}\n`);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  }, 300_000);
});
