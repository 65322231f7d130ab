import { describe, expect, it } from 'vitest';
import { formatFigure, isCurrencyUnit } from './figures.ts';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatFigure', () => {
  it('reads a currency unit as cents of that currency', () => {
    expect(plain(formatFigure({ value: 2_700_000, unit: 'EUR' }, 'fr'))).toBe('27 000 €');
    expect(formatFigure({ value: 13_300, unit: 'EUR' }, 'en')).toBe('€133');
  });

  it('shows "%" figures as percentages as typed', () => {
    expect(plain(formatFigure({ value: 1.2, unit: '%' }, 'fr'))).toBe('1,2 %');
  });

  it('puts any other unit after the number', () => {
    expect(plain(formatFigure({ value: 18_000, unit: '' }, 'fr'))).toBe('18 000');
    expect(formatFigure({ value: 3, unit: 'h' }, 'en')).toBe('3 h');
  });

  it('recognises currency codes only', () => {
    expect(isCurrencyUnit('EUR')).toBe(true);
    expect(isCurrencyUnit('€')).toBe(false);
    expect(isCurrencyUnit('eur')).toBe(false);
  });
});
