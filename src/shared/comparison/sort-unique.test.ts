import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortUnique } from './sort-unique';

describe('sortUnique', () => {
  // Few distinct values, so that duplicates are common; lengths around every sorting path.
  const values = fc.oneof(
    fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 700 }),
    fc.array(fc.constantFrom(0, 1, 2 ** 31, 2 ** 32 - 1, 123456789), { maxLength: 1200 }),
  );

  it('sorts and removes duplicates like a plain sort (property)', () => {
    fc.assert(
      fc.property(values, (list) => {
        const array = Uint32Array.from(list);
        const unique = sortUnique(array);
        expect([...array.subarray(0, unique)]).toEqual([...new Set(list)].sort((a, b) => a - b));
      }),
    );
  });
});
