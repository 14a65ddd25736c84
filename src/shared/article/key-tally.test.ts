import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyTally } from './key-tally';

describe('KeyTally', () => {
  it('counts keys that share their low 32 bits apart', () => {
    const tally = new KeyTally();
    tally.reset(3);
    for (const key of [5, 2 ** 32 + 5, 5, 2 ** 40 + 5]) tally.add(key);
    expect([5, 2 ** 32 + 5, 2 ** 40 + 5, 6].map((key) => tally.count(key))).toEqual([2, 1, 1, 0]);
  });

  it('counts as a Map does, and forgets everything at a reset (property)', () => {
    const key = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(2 ** 32, 2 ** 32 + 1, 2 ** 52 + 3));
    fc.assert(
      fc.property(fc.array(fc.array(key, { maxLength: 30 }), { maxLength: 5 }), (groups) => {
        const tally = new KeyTally();
        for (const group of groups) {
          tally.reset(group.length);
          const expected = new Map<number, number>();
          for (const k of group) {
            tally.add(k);
            expected.set(k, (expected.get(k) ?? 0) + 1);
          }
          for (const k of [...group, 41, 2 ** 33]) expect(tally.count(k)).toBe(expected.get(k) ?? 0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
