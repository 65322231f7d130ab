import { limits } from '@jalon/core';
import type { Segment } from '../protocol.ts';
import { tableLabels } from './table.ts';

const TABLE_PARTS = 'table, thead, tbody, tfoot, tr, td, th, caption, colgroup, col';

/**
 * The selection cut into segments for figure finding: each selected table data cell on its own,
 * labelled with its headers, and the text outside tables as one more segment.
 */
export function selectionSegments(selection: Selection | null): Segment[] {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return [];
  const range = selection.getRangeAt(0);
  const segments: Segment[] = [];
  for (const cell of selectedCells(range)) {
    const table = cell.closest('table');
    if (!table) continue;
    const labels = tableLabels(table);
    if (labels.isLabel(cell)) continue;
    const text = clip(partOf(range, cell));
    if (text === '') continue;
    const label = labels.labelOf(cell);
    segments.push(label === undefined ? { text } : { text, label: label.slice(0, limits.shortText) });
    if (segments.length >= limits.list - 1) break;
  }
  const outside = textOutsideTables(range);
  if (outside !== '') segments.unshift({ text: outside });
  return segments;
}

function selectedCells(range: Range): HTMLTableCellElement[] {
  const start = range.commonAncestorContainer;
  const element = start instanceof Element ? start : start.parentElement;
  const inside = element?.closest('td, th');
  if (inside) return [inside as HTMLTableCellElement];
  if (!element) return [];
  return Array.from(element.querySelectorAll<HTMLTableCellElement>('td, th')).filter(
    (cell) => range.intersectsNode(cell) && cell.closest('table') !== null,
  );
}

/** The selected part of a cell: a selection may start or end in the middle of one. */
function partOf(range: Range, cell: HTMLTableCellElement): string {
  const part = cell.ownerDocument.createRange();
  part.selectNodeContents(cell);
  if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0)
    part.setStart(range.startContainer, range.startOffset);
  if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0)
    part.setEnd(range.endContainer, range.endOffset);
  return readableText(part.cloneContents());
}

function textOutsideTables(range: Range): string {
  const start = range.commonAncestorContainer;
  const element = start instanceof Element ? start : start.parentElement;
  if (element?.closest('td, th, tr, tbody, thead, tfoot, table')) return '';
  const fragment = range.cloneContents();
  for (const part of Array.from(fragment.querySelectorAll(TABLE_PARTS))) part.remove();
  return clip(readableText(fragment));
}

// Elements after which text reads as a new line, not as the same word: "2026</h2><p>18 400" is
// two numbers, "Sessions: 58,230</li><li>Bounce" is not "58,230Bounce".
const BLOCKS =
  'address, article, aside, blockquote, br, dd, div, dl, dt, figcaption, figure, footer, h1, h2, h3, h4, ' +
  'h5, h6, header, hr, li, main, nav, ol, p, pre, section, ul';
// A superscript of digits or marks is a footnote call ("[1]", "2", "*"); one of letters is an
// ordinal ("1<sup>er</sup>") and stays.
const FOOTNOTE = /^\s*[[(]?\s*(?:\d{1,3}|[*†‡§¶])(?:\s*[,–-]\s*\d{1,3})*\s*[\])]?\s*$/;

/** The text of a piece of the page as it reads: blocks apart, footnote calls left out. */
function readableText(fragment: DocumentFragment): string {
  for (const sup of Array.from(fragment.querySelectorAll('sup'))) {
    if (FOOTNOTE.test(sup.textContent ?? '') || sup.querySelector('a[href^="#"]')) sup.remove();
  }
  for (const block of Array.from(fragment.querySelectorAll(BLOCKS))) block.after(' ');
  return fragment.textContent ?? '';
}

function clip(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, limits.longText);
}
