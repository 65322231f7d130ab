/**
 * Labels for the figures of a selected HTML table: each data cell is named by its row and column
 * headers ("SEO · Mars"), so that "3,2 %" stays meaningful once it is out of the table.
 * Header cells are `<th>` or cells of `<thead>`. A first row of words (or years) with no marked-up
 * header is the column header; a first column of words, years or dates is the row header even in
 * a table that marks up only its column headers (a `<thead>` over rows that start with a `<td>`
 * "SEA"): otherwise "12 500 €" would keep "Budget moyen" and lose "SEA".
 */

type Grid = (HTMLTableCellElement | undefined)[][];

/** Rows and columns as the eye sees them: a cell spanning two columns fills both. */
export function tableGrid(table: HTMLTableElement): Grid {
  const grid: Grid = [];
  Array.from(table.rows).forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of Array.from(row.cells)) {
      while (grid[r]?.[c]) c++;
      const rowSpan = Math.min(Math.max(cell.rowSpan || 1, 1), 100);
      const colSpan = Math.min(Math.max(cell.colSpan || 1, 1), 100);
      for (let dr = 0; dr < rowSpan; dr++) {
        const line = grid[r + dr] ?? [];
        grid[r + dr] = line;
        for (let dc = 0; dc < colSpan; dc++) line[c + dc] = cell;
      }
      c += colSpan;
    }
  });
  return grid;
}

export function isHeaderCell(cell: HTMLTableCellElement): boolean {
  return cell.tagName === 'TH' || cell.parentElement?.parentElement?.tagName === 'THEAD';
}

const hasWords = (cell: HTMLTableCellElement | undefined) => /\p{L}/u.test(cell?.textContent ?? '');
// A year or a date names a row or a column ("2024", "03/2026"); it is never the figure itself.
const DATE_LIKE = /^(?:\d{4}|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}[/.-]\d{4})$/;
const labelLike = (cell: HTMLTableCellElement) => hasWords(cell) || DATE_LIKE.test(cellText(cell));

export function cellText(cell: HTMLTableCellElement): string {
  return (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export interface TableLabels {
  /** The label of a data cell; undefined for header cells and cells used as labels. */
  labelOf(cell: HTMLTableCellElement): string | undefined;
  isLabel(cell: HTMLTableCellElement): boolean;
}

export function tableLabels(table: HTMLTableElement): TableLabels {
  const grid = tableGrid(table);
  const anyHeader = grid.some((row) => row.some((cell) => cell && isHeaderCell(cell)));
  const width = Math.max(0, ...grid.map((row) => row.length));
  const firstRow = grid[0] ?? [];
  // Without marked-up headers, a first row of words (or years) is the column header.
  const firstRowIsHeader =
    !anyHeader &&
    firstRow.some((c) => c !== undefined && hasWords(c)) &&
    firstRow.every((c) => !c || labelLike(c) || cellText(c) === '');
  const isHeaderRow = (row: Grid[number], r: number) =>
    (r === 0 && firstRowIsHeader) || (row.length > 0 && row.every((cell) => !cell || isHeaderCell(cell)));
  const bodyRows = grid.filter((row, r) => !isHeaderRow(row, r));
  // A first column of words, years or dates names its rows, marked up as headers or not.
  const firstColumnIsHeader =
    width > 1 &&
    bodyRows.length > 0 &&
    bodyRows.every((row) => !row[0] || isHeaderCell(row[0]) || labelLike(row[0]));
  const labelCells = new Set<HTMLTableCellElement>();
  grid.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell) return;
      if (isHeaderCell(cell) || (firstRowIsHeader && r === 0) || (firstColumnIsHeader && c === 0)) {
        labelCells.add(cell);
      }
    });
  });
  const position = (cell: HTMLTableCellElement) => {
    for (let r = 0; r < grid.length; r++) {
      const c = grid[r]?.indexOf(cell) ?? -1;
      if (c >= 0) return { r, c };
    }
    return undefined;
  };
  const join = (cells: (HTMLTableCellElement | undefined)[]) =>
    [...new Set(cells.filter((x): x is HTMLTableCellElement => x !== undefined && labelCells.has(x)))]
      .map(cellText)
      .filter((t) => t !== '')
      .join(' / ');

  return {
    isLabel: (cell) => labelCells.has(cell),
    labelOf(cell) {
      if (labelCells.has(cell)) return undefined;
      const at = position(cell);
      if (!at) return undefined;
      const rowHeader = join((grid[at.r] ?? []).slice(0, at.c));
      const columnHeader = join(grid.slice(0, at.r).map((row) => row[at.c]));
      const label = [rowHeader, columnHeader].filter((t) => t !== '').join(' · ');
      return label === '' ? undefined : label;
    },
  };
}
