import { describe, expect, it } from 'vitest';
import { figureLocale, figuresFrom } from './figures.ts';

describe('figuresFrom', () => {
  it('finds every number with its kind, in the given locale', () => {
    expect(figuresFrom([{ text: 'Conversion 12,5 %, panier 1 234,56 €, 3,4 k visites' }], 'fr')).toEqual([
      { value: 12.5, kind: 'percent', text: '12,5 %' },
      { value: 1234.56, kind: 'currency', currency: 'EUR', text: '1 234,56 €' },
      { value: 3400, kind: 'number', text: '3,4 k' },
    ]);
  });

  it('reads "1,234" as a thousand on an English page and as a decimal on a French one', () => {
    expect(figuresFrom([{ text: '$1,234.56' }], 'en-US')[0]).toMatchObject({
      value: 1234.56,
      currency: 'USD',
    });
    expect(figuresFrom([{ text: '1,5' }], 'fr')[0]?.value).toBe(1.5);
  });

  it("keeps a table cell's headers as the figure's label", () => {
    expect(figuresFrom([{ text: '4 %', label: 'SEA · T2' }], 'fr')).toEqual([
      { value: 4, kind: 'percent', text: '4 %', label: 'SEA · T2' },
    ]);
  });

  it('leaves out years, dates, times and phone numbers, but takes a lone number in a table cell', () => {
    expect(
      figuresFrom([{ text: 'Le 12 mars 2026 à 9:30, 340 leads (tél. 01 42 68 53 00)' }], 'fr').map(
        (f) => f.text,
      ),
    ).toEqual(['340']);
    expect(figuresFrom([{ text: '2040', label: 'Salons · Leads' }], 'fr')).toEqual([
      { value: 2040, kind: 'number', text: '2040', label: 'Salons · Leads' },
    ]);
  });

  it('stops at the list cap on a huge selection', () => {
    expect(figuresFrom([{ text: '1 '.repeat(2000).replace(/ /g, ' ; ') }], 'fr').length).toBeLessThanOrEqual(
      500,
    );
  });
});

describe('figureLocale', () => {
  it("prefers the page's language, and falls back to the user's when the page's is unknown", () => {
    expect(figureLocale('en-US', 'fr-FR')).toBe('en-US');
    expect(figureLocale(undefined, 'fr-FR')).toBe('fr-FR');
    expect(figureLocale('not a locale!', 'fr-FR')).toBe('fr-FR');
  });
});
