import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from './format.ts';

describe('formatting for French and English readers', () => {
  it('shows a whole amount without ",00" and keeps the cents of the others', () => {
    expect(formatMoney(120_000, 'EUR', 'fr')).toBe('1\u202f200\u00a0€');
    expect(formatMoney(120_050, 'EUR', 'fr')).toBe('1\u202f200,50\u00a0€');
    expect(formatMoney(120_000, 'EUR', 'en')).toBe('€1,200');
    expect(formatMoney(5, 'EUR', 'en')).toBe('€0.05');
  });

  it('writes French dates in lower case, with the non-breaking spaces Intl gives', () => {
    expect(formatDate('2027-01-02', 'fr', { weekday: 'long', day: 'numeric', month: 'long' })).toBe(
      'samedi 2 janvier',
    );
    expect(formatDate('2027-01-02', 'en', { weekday: 'long', day: 'numeric', month: 'long' })).toBe(
      'Saturday 2 January',
    );
  });
});
