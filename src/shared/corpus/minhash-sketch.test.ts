import { describe, expect, it } from 'vitest';
import { containmentFromJaccard, SKETCH_BINS, sketchFingerprints, sketchSimilarity } from './minhash-sketch';
import { mixHash } from './paragraph-shingles';

const set = (from: number, to: number) => Uint32Array.from({ length: to - from }, (_, i) => mixHash(from + i));

function similarity(a: Uint32Array, b: Uint32Array): number {
  const sketches = new Uint32Array(2 * SKETCH_BINS);
  sketchFingerprints(a, SKETCH_BINS, sketches.subarray(0, SKETCH_BINS));
  sketchFingerprints(b, SKETCH_BINS, sketches.subarray(SKETCH_BINS));
  return sketchSimilarity(sketches, 0, SKETCH_BINS);
}

describe('one-permutation MinHash', () => {
  it('estimates Jaccard similarity', () => {
    expect(similarity(set(0, 500), set(0, 500))).toBe(1);
    expect(similarity(set(0, 500), set(1000, 1500))).toBeLessThan(0.05);
    // 300 shared of 700 distinct: J = 0.43
    expect(similarity(set(0, 500), set(200, 700))).toBeCloseTo(0.43, 1);
    // Densification keeps small sets comparable.
    expect(similarity(set(0, 20), set(0, 20))).toBe(1);
  });

  it('turns Jaccard and sizes into one-way containment', () => {
    // A 100-set inside a 900-set: J = 0.111, all of A is in B, a ninth of B in A.
    expect(containmentFromJaccard(100 / 900, 100, 900)).toBeCloseTo(1, 5);
    expect(containmentFromJaccard(100 / 900, 900, 100)).toBeCloseTo(1 / 9, 5);
    expect(containmentFromJaccard(0, 10, 10)).toBe(0);
  });
});
