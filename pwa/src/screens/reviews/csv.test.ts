import { describe, expect, it } from 'vitest';
import { csvCell, dialects, toCsv } from './csv.ts';

const { fr, en } = dialects;

describe('csvCell', () => {
  it('writes decimals the way each language’s Excel reads them', () => {
    expect(csvCell(12.5, fr)).toBe('12,5');
    expect(csvCell(12.5, en)).toBe('12.5');
    expect(csvCell(0.1 + 0.2, en)).toBe('0.3');
    expect(csvCell(-20, fr)).toBe('-20');
    expect(csvCell(1e-7, en)).toBe('0.0000001');
  });

  it('writes money from cents with two decimals, and nothing for missing values', () => {
    expect(csvCell({ cents: 123456 }, fr)).toBe('1234,56');
    expect(csvCell({ cents: 500 }, en)).toBe('5.00');
    expect(csvCell(undefined, fr)).toBe('');
    expect(csvCell(Number.NaN, fr)).toBe('');
  });

  it('quotes fields holding the separator, quotes or line breaks (RFC 4180)', () => {
    expect(csvCell('a;b', fr)).toBe('"a;b"');
    expect(csvCell('a;b', en)).toBe('a;b');
    expect(csvCell('a,b', en)).toBe('"a,b"');
    expect(csvCell('say "hi"', fr)).toBe('"say ""hi"""');
    expect(csvCell('line 1\nline 2', en)).toBe('"line 1\nline 2"');
    expect(csvCell('12,5', fr)).toBe('12,5'); // text without the separator stays bare
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")', en)).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+33 1 23', fr)).toBe("'+33 1 23");
    expect(csvCell('-20 % CPL', fr)).toBe("'-20 % CPL");
    expect(csvCell('@SUM(A1)', fr)).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd', fr)).toBe("'\tcmd");
    expect(csvCell('Budget = 3k', fr)).toBe('Budget = 3k');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    const text = toCsv(
      [
        ['Action', 'Coût'],
        ['Salon, stand', { cents: 1_500_000 }],
      ],
      fr,
    );
    expect(text).toBe('\ufeffAction;Coût\r\nSalon, stand;15000,00\r\n');
  });

  it('keeps line breaks inside quoted fields only', () => {
    const text = toCsv([['a\r\nb', 1]], en);
    expect(text).toBe('\ufeff"a\r\nb",1\r\n');
  });
});
