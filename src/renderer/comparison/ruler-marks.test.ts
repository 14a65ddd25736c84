import { describe, expect, it } from 'vitest';
import type { ComparisonRow } from '../../shared/comparison/comparison-types';
import { binMarks, rulerMarks, viewBox } from './ruler-marks';

const row = (text: string, extra: Partial<ComparisonRow> = {}): ComparisonRow => ({
  left: [0],
  right: [0],
  kind: 'matched',
  diff: [{ op: 'equal', text }],
  moved: false,
  setApart: false,
  ...extra,
});

describe('rulerMarks', () => {
  it('places marks by the rows’ estimated heights', () => {
    const rows = [row('x'.repeat(40)), row('y'.repeat(40), { moved: true }), row('z'.repeat(40))];
    const marks = rulerMarks(rows, [
      { row: 0, part: 0 },
      { row: 2, part: 0 },
    ]);
    expect(marks).toEqual([
      { top: 0, kind: 'change', target: 0 },
      { top: 2 / 3, kind: 'change', target: 1 },
      { top: 1 / 3, kind: 'moved', target: 1 },
    ]);
  });

  it('returns no marks for an empty comparison', () => {
    expect(rulerMarks([], [])).toEqual([]);
  });
});

describe('viewBox', () => {
  it('spans the rows on screen, from the start of the first to the start of the one after the last', () => {
    const starts = [0, 0.25, 0.5, 0.75, 1];
    expect(viewBox(starts, 1, 2)).toEqual({ top: 0.25, height: 0.5 });
    expect(viewBox(starts, 3, 9)).toEqual({ top: 0.75, height: 0.25 });
  });
});

describe('binMarks', () => {
  it('draws marks that share a slot as one, naming the first and last', () => {
    const marks = [
      { top: 0.001, kind: 'change' as const, target: 0 },
      { top: 0.004, kind: 'change' as const, target: 1 },
      { top: 0.004, kind: 'moved' as const, target: 3 },
      { top: 0.5, kind: 'change' as const, target: 2 },
    ];
    expect(binMarks(marks, 100)).toEqual([
      { top: 0.001, kind: 'change', first: 0, last: 1, count: 2 },
      { top: 0.004, kind: 'moved', first: 3, last: 3, count: 1 },
      { top: 0.5, kind: 'change', first: 2, last: 2, count: 1 },
    ]);
  });
});
