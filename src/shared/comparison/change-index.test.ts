import { describe, expect, it } from 'vitest';
import type { ComparisonRow } from './comparison-types';
import {
  listChanges,
  nextChangeInView,
  nextChangeIndex,
  partsOfChange,
  previousChangeInView,
  previousChangeIndex,
} from './change-index';

function row(partial: Partial<ComparisonRow>): ComparisonRow {
  return { left: [0], right: [0], kind: 'matched', diff: [], moved: false, setApart: false, ...partial };
}

/** "Der alte Plan" → "Der neue Plan und mehr": two changes, the first a delete and an insert. */
const twoEdits = row({
  diff: [
    { op: 'equal', text: 'Der ' },
    { op: 'delete', text: 'alte' },
    { op: 'equal', text: ' ' },
    { op: 'insert', text: 'neue' },
    { op: 'equal', text: ' Plan und ' },
    { op: 'insert', text: 'mehr' },
  ],
});

describe('listChanges', () => {
  it('joins a delete and insert separated only by whitespace into one change', () => {
    expect(listChanges({ rows: [twoEdits] })).toEqual([
      { row: 0, part: 1 },
      { row: 0, part: 5 },
    ]);
  });

  it('counts unmatched rows as one change each and skips set-apart rows and cosmetic parts', () => {
    const rows = [
      row({ kind: 'left-only', right: [], diff: [{ op: 'delete', text: 'weg' }] }),
      row({ kind: 'right-only', left: [], setApart: true, diff: [{ op: 'insert', text: 'Foto: x' }] }),
      row({ diff: [{ op: 'cosmetic', text: 'Weißen', rightText: 'Weissen' }] }),
      row({ kind: 'right-only', left: [], diff: [{ op: 'insert', text: 'neu' }] }),
    ];
    expect(listChanges({ rows })).toEqual([
      { row: 0, part: -1 },
      { row: 3, part: -1 },
    ]);
  });
});

describe('partsOfChange', () => {
  it('takes the edits from the first part of a change on, whitespace between them included, or the whole row', () => {
    expect(partsOfChange(twoEdits, 1)).toEqual([1, 3]);
    expect(partsOfChange(twoEdits, 5)).toEqual([5]);
    expect(partsOfChange(twoEdits, -1)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('next and previous change', () => {
  it('walks forward from before the first and stops at the last', () => {
    expect(nextChangeIndex(3, -1)).toBe(0);
    expect(nextChangeIndex(3, 1)).toBe(2);
    expect(nextChangeIndex(3, 2)).toBe(2);
    expect(nextChangeIndex(0, -1)).toBe(-1);
  });

  it('walks back and stops at the first', () => {
    expect(previousChangeIndex(3, 2)).toBe(1);
    expect(previousChangeIndex(3, 0)).toBe(0);
    expect(previousChangeIndex(3, -1)).toBe(0);
    expect(previousChangeIndex(0, 0)).toBe(-1);
  });
});

describe('nextChangeInView / previousChangeInView', () => {
  const changes = [0, 2, 5, 9, 14].map((row) => ({ row, part: 0 }));

  it('step from the current change while it is on screen, or when the view is unknown', () => {
    expect(nextChangeInView(changes, 1, { first: 0, last: 6 })).toBe(2);
    expect(previousChangeInView(changes, 1, { first: 0, last: 6 })).toBe(0);
    expect(nextChangeInView(changes, 1, null)).toBe(2);
  });

  it('go on from what is on screen once the reader scrolled away', () => {
    // The current change is row 2; the reader scrolled to rows 8–12.
    expect(nextChangeInView(changes, 1, { first: 8, last: 12 })).toBe(3);
    expect(previousChangeInView(changes, 1, { first: 8, last: 12 })).toBe(3);
    // Scrolled past the last change, or above the first.
    expect(nextChangeInView(changes, 1, { first: 20, last: 25 })).toBe(4);
    expect(previousChangeInView(changes, 3, { first: 0, last: 1 })).toBe(0);
    // Nothing chosen yet: the first change in view.
    expect(nextChangeInView(changes, -1, { first: 4, last: 10 })).toBe(2);
  });
});
