import { describe, expect, it } from 'vitest';
import { listChanges } from './change-index';
import type { ComparisonRow } from './comparison-types';
import { otherCopy } from './moved-copy';

function row(partial: Partial<ComparisonRow>): ComparisonRow {
  return { left: [0], right: [0], kind: 'matched', diff: [], moved: false, setApart: false, ...partial };
}

describe('otherCopy', () => {
  // Left ¶1 meets right ¶1 and ¶3; its last sentence stands in right ¶2, a row of its own.
  const rows = [
    row({
      left: [0],
      right: [0, 2],
      diff: [
        { op: 'equal', text: 'Der Zug fährt. ' },
        { op: 'delete', text: 'Die Strecke ist gesperrt.', moved: 'verbatim', movedTo: 1 },
        { op: 'insert', text: ' Neu.' },
      ],
    }),
    row({ left: [1], right: [], kind: 'left-only', diff: [{ op: 'delete', text: 'Nur links.' }] }),
    row({
      left: [],
      right: [1],
      kind: 'right-only',
      diff: [{ op: 'insert', text: 'Die Strecke ist gesperrt.', moved: 'verbatim', movedTo: 0 }],
    }),
  ];
  const changes = listChanges({ rows });

  it('goes from a moved passage to the change that holds its other copy, and back', () => {
    expect(changes).toEqual([
      { row: 0, part: 1 },
      { row: 1, part: -1 },
      { row: 2, part: -1 },
    ]);
    expect(otherCopy(rows, changes, 0)).toEqual({ change: 2, side: 'right', paragraph: 1 });
    expect(otherCopy(rows, changes, 2)).toEqual({ change: 0, side: 'left', paragraph: 0 });
  });

  it('has nothing to go to from an edit, or before the first change', () => {
    expect(otherCopy(rows, changes, 1)).toBeNull();
    expect(otherCopy(rows, changes, -1)).toBeNull();
  });

  it('names the paragraph when the other copy is no change there', () => {
    const unchanged = [
      rows[0]!,
      row({ left: [1], right: [1], diff: [{ op: 'equal', text: 'Die Strecke ist gesperrt.' }] }),
    ];
    expect(otherCopy(unchanged, listChanges({ rows: unchanged }), 0)).toEqual({
      change: -1,
      side: 'right',
      paragraph: 1,
    });
  });
});
