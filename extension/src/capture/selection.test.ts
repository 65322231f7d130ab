// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { selectionSegments } from './selection.ts';
import { tableLabels } from './table.ts';

function select(selector: string): Selection {
  const el = document.querySelector(selector);
  if (!el) throw new Error(selector);
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = document.getSelection();
  if (!selection) throw new Error('no selection');
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

beforeEach(() => {
  document.body.innerHTML = `
    <p id="before">Avant : 12 %</p>
    <table id="grid">
      <thead><tr><th></th><th>T1</th><th>T2</th></tr></thead>
      <tbody>
        <tr><th>SEO</th><td>1 200</td><td>1 450</td></tr>
        <tr><th>SEA</th><td id="cell">3,5 %</td><td>4 %</td></tr>
      </tbody>
    </table>
    <table id="spans">
      <tr><th rowspan="2">Canal</th><th colspan="2">2026</th></tr>
      <tr><th>Jan</th><th>Fév</th></tr>
      <tr><th>Salons</th><td>10</td><td>12</td></tr>
    </table>
    <table id="bare">
      <tr><td>Canal</td><td>Leads</td></tr>
      <tr><td>Emailing</td><td>85</td></tr>
    </table>
    <table id="numbers"><tr><td>1</td><td>2</td></tr></table>
    <div id="mixed"><p>Budget 5 000 €</p><table><tr><th>Taux</th><td>7 %</td></tr></table></div>
    <table id="levers">
      <thead><tr><th>Levier</th><th>Budget moyen</th></tr></thead>
      <tbody><tr><td>SEA</td><td>12 500 €</td></tr><tr><td>Salons</td><td>28 000 €</td></tr></tbody>
    </table>
    <table id="years">
      <tr><td>Année</td><td>Leads</td></tr>
      <tr><td>2024</td><td>1 420</td></tr>
    </table>
    <div id="blocks"><h2>Bilan 2026</h2><p>18 400 visiteurs<sup>1</sup></p><ul><li>Sessions: 58,230</li><li>Bounce: 41%<sup><a href="#n2">[2]</a></sup></li></ul><p>le 1<sup>er</sup> avril</p></div>`;
});

describe('tableLabels', () => {
  it('names a data cell by its row and column headers', () => {
    const table = document.querySelector<HTMLTableElement>('#grid');
    const cell = document.querySelector<HTMLTableCellElement>('#cell');
    if (!table || !cell) throw new Error('fixture');
    expect(tableLabels(table).labelOf(cell)).toBe('SEA · T1');
  });

  it('follows row and column spans, joining header levels', () => {
    const table = document.querySelector<HTMLTableElement>('#spans');
    const cells = Array.from(document.querySelectorAll<HTMLTableCellElement>('#spans td'));
    if (!table) throw new Error('fixture');
    const labels = tableLabels(table);
    expect(cells.map((c) => labels.labelOf(c))).toEqual(['Salons · 2026 / Jan', 'Salons · 2026 / Fév']);
  });

  it('gives no label when nothing in the table reads as a header', () => {
    const table = document.querySelector<HTMLTableElement>('#numbers');
    const cell = document.querySelector<HTMLTableCellElement>('#numbers td');
    if (!table || !cell) throw new Error('fixture');
    expect(tableLabels(table).labelOf(cell)).toBeUndefined();
  });
});

describe('selectionSegments', () => {
  it('is empty without a selection', () => {
    document.getSelection()?.removeAllRanges();
    expect(selectionSegments(document.getSelection())).toEqual([]);
  });

  it('cuts a selected table into labelled cells, headers left out', () => {
    expect(selectionSegments(select('#grid'))).toEqual([
      { text: '1 200', label: 'SEO · T1' },
      { text: '1 450', label: 'SEO · T2' },
      { text: '3,5 %', label: 'SEA · T1' },
      { text: '4 %', label: 'SEA · T2' },
    ]);
  });

  it('uses the first row and column of a table without <th> as headers', () => {
    expect(selectionSegments(select('#bare'))).toEqual([{ text: '85', label: 'Emailing · Leads' }]);
  });

  it('keeps a selection inside one cell as that cell, labelled', () => {
    expect(selectionSegments(select('#cell'))).toEqual([{ text: '3,5 %', label: 'SEA · T1' }]);
  });

  it('keeps the text around a table as a segment of its own', () => {
    expect(selectionSegments(select('#mixed'))).toEqual([
      { text: 'Budget 5 000 €' },
      { text: '7 %', label: 'Taux' },
    ]);
  });

  it('names a row by its first cell when only the columns are marked up as headers', () => {
    expect(selectionSegments(select('#levers'))).toEqual([
      { text: '12 500 €', label: 'SEA · Budget moyen' },
      { text: '28 000 €', label: 'Salons · Budget moyen' },
    ]);
  });

  it('names a row by a first column of years', () => {
    expect(selectionSegments(select('#years'))).toEqual([{ text: '1 420', label: '2024 · Leads' }]);
  });

  it('keeps blocks apart and leaves out footnote calls, not ordinals', () => {
    expect(selectionSegments(select('#blocks'))).toEqual([
      { text: 'Bilan 2026 18 400 visiteurs Sessions: 58,230 Bounce: 41% le 1er avril' },
    ]);
  });

  it('reads plain text as one segment', () => {
    expect(selectionSegments(select('#before'))).toEqual([{ text: 'Avant : 12 %' }]);
  });
});
