/**
 * Where the overview ruler puts its marks: each row's share of the whole, estimated from its
 * text length (rows wrap, so longer rows are taller). Pure, so it needs no layout pass.
 */
import type { ComparisonRow } from '../../shared/comparison/comparison-types';
import type { ChangeLocation } from '../../shared/comparison/change-index';

export interface RulerMark {
  /** 0–1 from the top. */
  top: number;
  kind: 'change' | 'moved';
  /** The change index for change marks; the row index for moved marks. */
  target: number;
}

const ROW_OVERHEAD = 60;

/** Characters of a row's longer side: how tall it wraps, for the ruler and the view's first guess. */
export function longerSideLength(row: ComparisonRow): number {
  let left = 0;
  let right = 0;
  for (const part of row.diff) {
    if (part.op !== 'insert') left += part.text.length;
    if (part.op !== 'delete') right += (part.rightText ?? part.text).length;
  }
  return Math.max(left, right);
}

function rowWeight(row: ComparisonRow): number {
  return ROW_OVERHEAD + longerSideLength(row);
}

/** Where each row starts on the ruler, 0–1, and 1 after the last: rows.length + 1 entries. */
export function rowStarts(rows: readonly ComparisonRow[]): number[] {
  const weights = rows.map(rowWeight);
  const total = weights.reduce((sum, w) => sum + w, 0) || 1;
  const starts: number[] = [];
  let offset = 0;
  for (const weight of weights) {
    starts.push(offset / total);
    offset += weight;
  }
  starts.push(1);
  return starts;
}

/** The part of the ruler the rows on screen take, so the reader sees where the view is among the marks. */
export function viewBox(starts: readonly number[], first: number, last: number): { top: number; height: number } {
  const top = starts[Math.max(0, first)] ?? 0;
  const bottom = starts[Math.min(starts.length - 1, last + 1)] ?? 1;
  return { top, height: Math.max(0, bottom - top) };
}

export function rulerMarks(rows: readonly ComparisonRow[], changes: readonly ChangeLocation[]): RulerMark[] {
  const starts = rowStarts(rows);
  const marks: RulerMark[] = changes.map((change, index) => ({
    top: starts[change.row] ?? 0,
    kind: 'change',
    target: index,
  }));
  rows.forEach((row, index) => {
    if (row.moved) marks.push({ top: starts[index] ?? 0, kind: 'moved', target: index });
  });
  return marks;
}

/** Marks that share one of `bins` slots of the ruler, drawn as one: first and last target, and how many. */
export interface RulerBin {
  top: number;
  kind: RulerMark['kind'];
  first: number;
  last: number;
  count: number;
}

/**
 * A megabyte pair has thousands of changes on a ruler a few hundred pixels high: one element per
 * visible slot keeps the ruler as light as a short pair's (thousands of positioned buttons made
 * every step through the changes relayout them all).
 */
export function binMarks(marks: readonly RulerMark[], bins: number): RulerBin[] {
  const byKey = new Map<string, RulerBin>();
  for (const mark of marks) {
    const slot = Math.min(bins - 1, Math.floor(mark.top * bins));
    const key = `${mark.kind}:${slot}`;
    const bin = byKey.get(key);
    if (!bin) byKey.set(key, { top: mark.top, kind: mark.kind, first: mark.target, last: mark.target, count: 1 });
    else {
      bin.first = Math.min(bin.first, mark.target);
      bin.last = Math.max(bin.last, mark.target);
      bin.count++;
    }
  }
  return [...byKey.values()];
}
