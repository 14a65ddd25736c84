import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeySet } from './key-set';

const key = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });

describe('KeySet', () => {
  it('answers like a Set of the same keys', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), fc.array(key, { maxLength: 50 }), (keys, probes) => {
        const set = new KeySet(Float64Array.from(keys));
        const plain = new Set(keys);
        expect(set.size).toBe(plain.size);
        for (const probe of [...probes, ...keys]) expect(set.has(probe)).toBe(plain.has(probe));
      }),
    );
  });

  it('keeps keys that collide on their low 32 bits apart', () => {
    const set = new KeySet([5, 5 + 2 ** 32, 5 + 2 ** 40]);
    expect([5, 5 + 2 ** 32, 5 + 2 ** 40, 5 + 2 ** 33].map((k) => set.has(k))).toEqual([true, true, true, false]);
    expect(new KeySet([1, 2, 1]).size).toBe(2);
    expect(new KeySet([]).has(0)).toBe(false);
  });
});
