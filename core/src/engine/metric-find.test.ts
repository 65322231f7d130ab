import { describe, expect, it } from 'vitest';
import { findMetrics, parseMetric } from './metric.ts';

describe('findMetrics', () => {
  it('finds every figure of a French paragraph, in order, with its text and offset', () => {
    const text = 'Le taux de conversion est passé de 2,5 % à 3,1 % et le CA a atteint 1,2 M€';
    expect(findMetrics(text, 'fr')).toEqual([
      { value: 2.5, kind: 'percent', text: '2,5 %', index: 35 },
      { value: 3.1, kind: 'percent', text: '3,1 %', index: 43 },
      { value: 1_200_000, kind: 'currency', currency: 'EUR', text: '1,2 M€', index: 68 },
    ]);
  });

  it('finds every figure of an English paragraph', () => {
    const text = 'In 2023, 1,234 customers spent $1.2M (up 12%), and churn fell −0.5 pts to 3 percent.';
    expect(findMetrics(text, 'en-US').map(({ value, kind, text }) => [value, kind, text])).toEqual([
      [2023, 'number', '2023'],
      [1234, 'number', '1,234'],
      [1_200_000, 'currency', '$1.2M'],
      [12, 'percent', '12%'],
      [-0.5, 'number', '−0.5 pts'],
      [3, 'percent', '3 percent'],
    ]);
  });

  it('gives offsets in the source text, through no-break spaces, bidi marks and emoji', () => {
    const text = '😀 CA\u00a0: 1\u202f234,56\u00a0€ puis \u200e-12\u00a0%';
    const found = findMetrics(text, 'fr');
    expect(found.map((m) => m.value)).toEqual([1234.56, -12]);
    for (const m of found) expect(text.slice(m.index, m.index + m.text.length)).toBe(m.text);
    expect(found[0]?.text).toBe('1\u202f234,56\u00a0€');
    expect(found[1]?.text).toBe('-12\u00a0%');
  });

  it('reads a range as two positive numbers', () => {
    expect(findMetrics('entre 2023-2024 et 10–12 %', 'fr').map((m) => m.value)).toEqual([2023, 2024, 10, 12]);
  });

  it('does not read list commas as decimal signs', () => {
    expect(findMetrics('les canaux 1, 2 et 3', 'fr').map((m) => m.value)).toEqual([1, 2, 3]);
  });

  it('does not merge a year with the number that follows', () => {
    expect(findMetrics('en 2023 1 234 clients', 'fr').map((m) => m.value)).toEqual([2023, 1234]);
  });

  it('skips identifiers and ordinals', () => {
    expect(findMetrics('Q3, B2B, 4G, le 3e, à 10h30, COVID-19', 'fr').map((m) => m.value)).toEqual([19]);
  });

  it('returns an empty list when there is no number', () => {
    expect(findMetrics('pas de chiffre, mille mercis', 'fr')).toEqual([]);
  });

  it('agrees with parseMetric on the first figure', () => {
    const text = 'Budget : −1 234,56 € (accord du 12 mars)';
    const [first] = findMetrics(text, 'fr');
    expect(first && { value: first.value, kind: first.kind, currency: first.currency }).toEqual(
      parseMetric(text, 'fr'),
    );
  });

  it('reads only the first 100 000 characters, quickly', () => {
    const text = 'Le CA a atteint 1,2 M€ (+12 %), soit 3 400 $US. '.repeat(5000);
    const start = performance.now();
    const found = findMetrics(text, 'fr');
    expect(performance.now() - start).toBeLessThan(2000);
    expect(found.every((m) => m.index + m.text.length <= 100_000)).toBe(true);
    expect(found.length).toBeGreaterThan(6000);
  });
});
