/**
 * The ordered changes of a comparison, for next/previous navigation. A change is a run of
 * adjacent delete/insert parts inside a row, or a whole unmatched (non-set-apart) row.
 * Cosmetic parts are not changes: they are variants, not edits.
 */
import type { Comparison } from './comparison-types';

export interface ChangeLocation {
  row: number;
  /** Index of the first diff part of the change, or -1 for a whole unmatched row. */
  part: number;
}

export function listChanges(comparison: Pick<Comparison, 'rows'>): ChangeLocation[] {
  const changes: ChangeLocation[] = [];
  comparison.rows.forEach((row, rowIndex) => {
    if (row.setApart) return;
    if (row.kind !== 'matched') {
      changes.push({ row: rowIndex, part: -1 });
      return;
    }
    let inChange = false;
    row.diff.forEach((part, partIndex) => {
      const isEdit = part.op === 'insert' || part.op === 'delete';
      // Whitespace between two edits does not split them into two changes.
      const isGap = part.op === 'equal' && part.text.trim() === '';
      if (isEdit && !inChange) changes.push({ row: rowIndex, part: partIndex });
      if (isEdit) inChange = true;
      else if (!isGap) inChange = false;
    });
  });
  return changes;
}

/**
 * Indices of a change's diff parts: from its first part over the edits and the whitespace
 * between them, as listChanges joins them; every part of a whole unmatched row (-1).
 */
export function partsOfChange(row: Pick<Comparison['rows'][number], 'diff'>, first: number): number[] {
  if (first === -1) return row.diff.map((_, i) => i);
  const parts: number[] = [];
  for (let i = first; i < row.diff.length; i++) {
    const part = row.diff[i]!;
    if (part.op === 'insert' || part.op === 'delete') parts.push(i);
    else if (!(part.op === 'equal' && part.text.trim() === '')) break;
  }
  return parts;
}

/** The change after `current` (-1 = before the first); stays on the last one. */
export function nextChangeIndex(count: number, current: number): number {
  if (count === 0) return -1;
  return Math.min(current + 1, count - 1);
}

/** The change before `current`; stays on the first one. */
export function previousChangeIndex(count: number, current: number): number {
  if (count === 0) return -1;
  return current <= 0 ? 0 : current - 1;
}

/** Rows on screen, first and last (partly shown ones count). */
export interface RowsInView {
  first: number;
  last: number;
}

/**
 * The next change as a reader expects after scrolling away from the current one: the first
 * change from the top of the view on, else simply the one after the current.
 */
export function nextChangeInView(changes: readonly ChangeLocation[], current: number, view: RowsInView | null): number {
  const at = changes[current];
  if (!view || (at && at.row >= view.first && at.row <= view.last)) return nextChangeIndex(changes.length, current);
  const found = changes.findIndex((change) => change.row >= view.first);
  return found === -1 ? changes.length - 1 : found;
}

/** The previous change likewise: the last one up to the bottom of the view. */
export function previousChangeInView(
  changes: readonly ChangeLocation[],
  current: number,
  view: RowsInView | null,
): number {
  const at = changes[current];
  if (!view || (at && at.row >= view.first && at.row <= view.last)) return previousChangeIndex(changes.length, current);
  for (let k = changes.length - 1; k >= 0; k--) if (changes[k]!.row <= view.last) return k;
  return changes.length > 0 ? 0 : -1;
}
