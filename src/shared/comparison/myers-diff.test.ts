import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { myersDiff } from './myers-diff';

const strip = (runs: { count?: number; added: boolean; removed: boolean }[]) =>
  runs.map((r) => ({ count: r.count, added: r.added, removed: r.removed }));

describe('myersDiff', () => {
  it('returns the runs of jsdiff diffArrays, step for step (differential)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 60 }),
        (before, after, maxEditLength) => {
          const ours = myersDiff(before, after, maxEditLength, 10_000);
          const theirs = diffArrays(before, after, { maxEditLength, timeout: 10_000 });
          expect(ours === undefined ? undefined : strip(ours)).toEqual(theirs && strip(theirs));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads only the given lengths of longer arrays', () => {
    const before = Int32Array.from([1, 2, 3, 9, 9]);
    const after = Int32Array.from([1, 3, 7]);
    expect(strip(myersDiff(before, after, 10, 1000, 3, 2)!)).toEqual(strip(myersDiff([1, 2, 3], [1, 3], 10, 1000)!));
  });

  it('handles empty sides', () => {
    expect(myersDiff([], [], 10, 1000)).toEqual([]);
    expect(myersDiff([1], [], 10, 1000)).toEqual([{ count: 1, added: false, removed: true }]);
  });
});
