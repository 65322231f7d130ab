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
  return part.toString();
}

function textOutsideTables(range: Range): string {
  const start = range.commonAncestorContainer;
  const element = start instanceof Element ? start : start.parentElement;
  if (element?.closest('td, th, tr, tbody, thead, tfoot, table')) return '';
  const fragment = range.cloneContents();
  for (const part of Array.from(fragment.querySelectorAll(TABLE_PARTS))) part.remove();
  return clip(fragment.textContent ?? '');
}

function clip(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, limits.longText);
}
