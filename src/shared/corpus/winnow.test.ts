import { describe, expect, it } from 'vitest';
import { seededRandom } from '../comparison/test-support/synthetic-text';
import { winnow } from './winnow';

const selected = (hashes: number[], window: number) => {
  const out = new Uint32Array(hashes.length);
  return [...out.subarray(0, winnow(Uint32Array.from(hashes), hashes.length, window, out))];
};

describe('winnow', () => {
  it('keeps the minimum of every window, once per position', () => {
    expect(selected([5, 3, 8, 1, 9, 7, 6], 3)).toEqual([3, 1, 6]);
    expect(selected([4, 2, 9], 8)).toEqual([2]);
    expect(selected([], 4)).toEqual([]);
  });

  it('always shares a hash between texts that share a run of a window (property over random texts)', () => {
    const random = seededRandom(9);
    const hashes = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 2 ** 32));
    for (let trial = 0; trial < 300; trial++) {
      const run = hashes(8 + Math.floor(random() * 10));
      const a = [...hashes(Math.floor(random() * 40)), ...run, ...hashes(Math.floor(random() * 40))];
      const b = [...hashes(Math.floor(random() * 200)), ...run, ...hashes(Math.floor(random() * 40))];
      const kept = new Set(selected(a, 8));
      expect(selected(b, 8).some((h) => kept.has(h))).toBe(true);
    }
  });
});
