/**
 * From a change that is a passage moved to another row (DiffPart.movedTo) to the change that
 * shows its other copy: what the keyboard offers where a mouse clicks the passage. Pure.
 */
import { partsOfChange, type ChangeLocation } from './change-index';
import type { ComparisonRow, DiffPart } from './comparison-types';

/**
 * Where the other copy stands: its side and paragraph, and the change that holds it (or the
 * first change of its row), -1 when its row has no change (the copy reads unchanged there).
 */
export type OtherCopy = { change: number; side: 'left' | 'right'; paragraph: number } | null;

export function otherCopy(
  rows: readonly ComparisonRow[],
  changes: readonly ChangeLocation[],
  current: number,
): OtherCopy {
  const at = changes[current];
  if (!at) return null;
  const row = rows[at.row]!;
  const moved = partsOf(row, at.part).find((part) => part.movedTo !== undefined);
  if (!moved || moved.movedTo === undefined) return null;
  const side = moved.op === 'delete' ? 'right' : 'left';
  const paragraph = moved.movedTo;
  const target = rowOfParagraph(rows, side, paragraph);
  if (target === -1) return null;
  // The copy there points back into this row; else the row's first change.
  const back = moved.op === 'delete' ? 'insert' : 'delete';
  const own = moved.op === 'delete' ? row.left : row.right;
  const inTarget = changes.flatMap((change, index) => (change.row === target ? [index] : []));
  const pointsBack = inTarget.find((index) =>
    partsOf(rows[target]!, changes[index]!.part).some(
      (part) => part.op === back && part.movedTo !== undefined && own.includes(part.movedTo),
    ),
  );
  return { change: pointsBack ?? inTarget[0] ?? -1, side, paragraph };
}

/** The row that shows this paragraph of a side (-1 when none does). */
export function rowOfParagraph(rows: readonly ComparisonRow[], side: 'left' | 'right', paragraph: number): number {
  return rows.findIndex((r) => r[side].includes(paragraph));
}

function partsOf(row: ComparisonRow, first: number): DiffPart[] {
  return partsOfChange(row, first).map((i) => row.diff[i]!);
}
