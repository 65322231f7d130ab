import { describe, expect, it } from 'vitest';
import { readMoney, readRate } from './read.ts';

describe('reading form numbers', () => {
  it('reads money in cents, in the plan currency only', () => {
    expect(readMoney('12 000 €', 'EUR', 'fr-FR')).toBe(1_200_000);
    expect(readMoney('12k', 'EUR', 'en-GB')).toBe(1_200_000);
    expect(readMoney('$5', 'EUR', 'en-GB')).toBeUndefined();
    expect(readMoney('5 %', 'EUR', 'fr-FR')).toBeUndefined();
    expect(readMoney('-5', 'EUR', 'fr-FR')).toBeUndefined();
  });

  it('reads rates typed as percentages', () => {
    expect(readRate('3,5 %', 'fr-FR')).toBe(0.035);
    expect(readRate('22.5', 'en-GB')).toBe(0.225);
    expect(readRate('0', 'en-GB')).toBeUndefined();
    expect(readRate('120 %', 'fr-FR')).toBeUndefined();
  });
});
