import { describe, expect, it } from 'vitest';
import { findFigures, findMetrics, parseMetric } from '../index.ts';

const texts = (text: string, locale: string, label?: string) =>
  findFigures(text, locale, label === undefined ? {} : { label }).map((f) => f.text);

describe('findFigures', () => {
  it('offers the figures of a sentence with their text, value and offset, as findMetrics reads them', () => {
    const text = 'Le CA a atteint 1,2 M€ en 2025 (+12 %), pour 340 leads.';
    const found = findFigures(text, 'fr');
    expect(found.map(({ text, value, kind }) => [text, value, kind])).toEqual([
      ['1,2 M€', 1_200_000, 'currency'],
      ['+12 %', 12, 'percent'],
      ['340', 340, 'number'],
    ]);
    for (const f of found) expect(text.slice(f.index, f.index + f.text.length)).toBe(f.text);
  });

  it('leaves out years, fiscal years and quarters, but not counts of four digits', () => {
    expect(texts('En 2025, fin 2027, T1 2026, exercice 2025/26 : 1 240 devis', 'fr')).toEqual(['1 240']);
    expect(texts('In fiscal 2025 (FY2025), Q4 2024 to Q1 2025: 2,400 customers', 'en')).toEqual(['2,400']);
    expect(texts('plus de 2000 entreprises, over 1500 marketers, 2 026 visiteurs', 'fr')).toEqual([
      '2000',
      '1500',
      '2 026',
    ]);
    expect(texts('1850 et 2150 ne sont pas des années du plan', 'fr')).toEqual(['1850', '2150']);
  });

  it('takes a lone number in a table cell as a value, unless its labels name a year or a date', () => {
    expect(texts('2040', 'fr', 'Salons · Leads')).toEqual(['2040']);
    expect(texts('2026', 'fr', 'Lancement · Année')).toEqual([]);
    expect(texts('2026', 'fr')).toEqual([]);
  });

  it('leaves out dates, written or numeric, in French and English', () => {
    expect(texts('le 12 mars 2026, du 10 au 24 février, le 1er avril, jeudi 16, mars 2026', 'fr')).toEqual(
      [],
    );
    expect(texts('le 02/03, le 07/04/2026, le 2026-03-12, en 03/2026, le 12.03.26', 'fr')).toEqual([]);
    expect(texts('March 4, 2026; Jan. 20; February 2 and 20, 2026; Tuesday, May 12; 5 March', 'en')).toEqual(
      [],
    );
    expect(texts('sent 3/14/2026, follow-up 3/21, open 24/7', 'en')).toEqual([]);
  });

  it('knows "may" and "mar" are words unless capitalised', () => {
    expect(texts('sales may 12 % rise', 'en')).toEqual(['12 %']);
    expect(texts('on May 12', 'en')).toEqual([]);
  });

  it('leaves out times and durations in two units', () => {
    expect(texts('de 11 h à 12 h 15, puis à 21 h 00 ; durée 2 min 41 s', 'fr')).toEqual([]);
    expect(texts('at 9:30, 10:00 am PT, 8:00 p.m., 2 pm', 'en')).toEqual([]);
    expect(texts('9 412 commandes en 24 heures, 3 h de formation', 'fr')).toEqual(['9 412', '24', '3']);
  });

  it('leaves out phone numbers, and not large numbers grouped by thousands', () => {
    expect(texts('Tél. 01 42 68 53 00, 06.12.34.56.78, +33 (0)2 40 12 34 56', 'fr')).toEqual([]);
    expect(texts('Call (415) 555-0137, 415-555-0137, 1-800-555-0199 or +44 20 7946 0958', 'en')).toEqual([]);
    expect(texts('12 345 678 visites, 1 234 567 €', 'fr')).toEqual(['12 345 678', '1 234 567 €']);
  });

  it('leaves out addresses, postal codes, web and e-mail addresses', () => {
    expect(texts('14 rue de la République, 69002 Lyon ; 2 bis avenue Foch', 'fr')).toEqual([]);
    expect(texts('500 Boylston Street, Suite 1200, Boston, MA 02116', 'en')).toEqual([]);
    expect(texts('voir www.site2026.fr/page/3 ou ecrire à contact2@jalon.fr', 'fr')).toEqual([]);
    expect(texts('500 places, 3 cours du soir', 'fr')).toEqual(['500', '3']);
  });

  it('leaves out footnote marks, glued or bracketed, and superscripts', () => {
    expect(texts('en croissance de 8 %¹, le search 41 %2, le social 28 % [3] (4)', 'fr')).toEqual([
      '8 %',
      '41 %',
      '28 %',
    ]);
    expect(texts('reach $740 billion.[3]', 'en')).toEqual(['$740 billion']);
    expect(texts('un budget de 12 500 €2 au total', 'fr')).toEqual(['12 500 €']);
    expect(texts('(1 234,56 €)', 'fr')).toEqual(['(1 234,56 €)']);
    expect(texts('(12)', 'fr')).toEqual(['(12)']);
  });

  it('leaves out ordinals, ranks, references and names with a number', () => {
    expect(
      texts('classé n° 1, le 3e, page 12, ISO 9001, étape 2, top 10, COVID-19, RCS Nantes 852 341 907', 'fr'),
    ).toEqual([]);
    expect(texts('ranked #1, No. 3, 2nd, version 2.1, GPT-4, Fortune 500, S&P 500', 'en')).toEqual([]);
  });

  it('keeps a score and leaves out its scale', () => {
    expect(texts('une note de 4,7/5 sur 1 350 avis, 8/10, 4,5 sur 5', 'fr')).toEqual([
      '4,7',
      '1 350',
      '8',
      '4,5',
    ]);
  });

  it('leaves out shares written in words and list numbers', () => {
    expect(texts('1 sur 3 n’a pas de plan ; 1 in 4 expects it', 'fr')).toEqual([]);
    expect(texts('1. Planning — 640 registrants. 2. Budgeting — 512 registrants.', 'en')).toEqual([
      '640',
      '512',
    ]);
    expect(texts('Leads : 12. Le reste suit.', 'fr')).toEqual(['12']);
  });

  it('leaves parseMetric and findMetrics as they are: every number, a typed "2026" included', () => {
    expect(parseMetric('2026', 'fr')).toEqual({ value: 2026, kind: 'number' });
    expect(findMetrics('en 2026, 01 42 68 53 00', 'fr').map((m) => m.value)).toEqual([
      2026, 1, 42, 68, 53, 0,
    ]);
  });

  it('returns nothing for a text without figures, and reads a long text to its 100 000th character', () => {
    expect(findFigures('pas de chiffre ici', 'fr')).toEqual([]);
    const sentence = 'Le 12 mars 2026, le CA a atteint 1,2 M€ (+12 %) ; tél. 01 42 68 53 00. ';
    const found = findFigures(sentence.repeat(2000), 'fr');
    // Two figures a sentence, none of the date or the phone number, as far as the text is read.
    expect(new Set(found.map((f) => f.text))).toEqual(new Set(['1,2 M€', '+12 %']));
    expect(found.length).toBeGreaterThan(2 * Math.floor(100_000 / sentence.length) - 2);
    expect(found.every((f) => f.index + f.text.length <= 100_000)).toBe(true);
  });
});
