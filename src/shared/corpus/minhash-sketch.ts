/**
 * One-permutation MinHash (Li, Owen, Zhang 2012) over an article's fingerprints: the hashes
 * fall into `bins` bins by their top bits and each bin keeps its smallest value; empty bins
 * borrow from the next filled bin to the right (rotation densification, Shrivastava & Li
 * 2014). One hash per element instead of one per bin: sketching costs about as much as
 * reading the fingerprints once. Equal bins estimate the Jaccard similarity.
 */
import { mixHash } from './paragraph-shingles';

export const SKETCH_BINS = 128;
const EMPTY = 0xffffffff;
/** Winnowing keeps small hashes; re-mixing with a seed makes the bins uniform again. */
const SEED = 0x5f3759df;

export function sketchFingerprints(fps: Uint32Array, bins = SKETCH_BINS, out = new Uint32Array(bins)): Uint32Array {
  const shift = 32 - Math.log2(bins);
  out.fill(EMPTY);
  for (let i = 0; i < fps.length; i++) {
    const hash = mixHash(fps[i]! ^ SEED);
    const bin = hash >>> shift;
    const value = hash & ((1 << shift) - 1);
    if (value < out[bin]!) out[bin] = value;
  }
  if (fps.length === 0) return out;
  // Values are below 2^(32 - log2 bins); borrowed ones get the top bit, so they are told apart.
  // Walking right to left, each empty bin borrows from the nearest filled bin to its right
  // (cyclically: past the end comes the first filled bin, at position first + bins).
  let first = 0;
  while (out[first] === EMPTY) first++;
  let source = first + bins;
  for (let bin = bins - 1; bin >= 0; bin--) {
    if (out[bin] !== EMPTY) {
      source = bin;
      continue;
    }
    // The distance keeps a borrowed value from matching a bin that borrowed from elsewhere.
    out[bin] = ((out[source % bins]! + Math.imul(source - bin, 0x9e3779b1)) | 0x80000000) >>> 0;
  }
  return out;
}

/** Share of equal bins of two sketches (`a` and `b` are offsets into `sketches`). */
export function sketchSimilarity(sketches: Uint32Array, a: number, b: number, bins = SKETCH_BINS): number {
  let equal = 0;
  for (let i = 0; i < bins; i++) if (sketches[a + i] === sketches[b + i]) equal++;
  return equal / bins;
}

/** |A ∩ B| / |A| from a Jaccard estimate and the two set sizes. */
export function containmentFromJaccard(jaccard: number, sizeA: number, sizeB: number): number {
  if (sizeA === 0 || jaccard <= 0) return 0;
  return Math.min(1, ((jaccard / (1 + jaccard)) * (sizeA + sizeB)) / sizeA);
}
