/**
 * The two lookup structures of candidate search, as typed arrays: postings of winnowed
 * fingerprints (which articles share a fingerprint) and LSH buckets of sketch bands (which
 * articles agree on a band). Both are read in a sweep over the articles, so pair counts
 * accumulate in one dense array per article instead of a map of all pairs.
 */
import { sortByKey } from '../comparison/sort-by-key';
import type { CorpusFingerprints } from './find-candidates';
import { mixHash } from './paragraph-shingles';

export interface PartnerIndex {
  /** Calls `visit(j)` once per shared fingerprint (or band) for every partner j of article i. */
  forEachPartner(i: number, visit: (j: number) => void): void;
}

/** Postings of winnowed fingerprints: for each entry of an article, where its list starts and its length. */
export interface Postings {
  /** Articles of each posting list, lists sorted by fingerprint. */
  docs: Uint32Array;
  /** Per entry of CorpusFingerprints.fps: start of its fingerprint's list in `docs`… */
  startOf: Uint32Array;
  /** …and the list's length (the number of articles with that fingerprint). */
  lengthOf: Uint32Array;
}

/** Where the columns that outlive a build are allocated (shared memory, when workers read them). */
export type AllocateU32 = (length: number) => Uint32Array;

export function buildPostings(
  corpus: CorpusFingerprints,
  allocate: AllocateU32 = (length) => new Uint32Array(length),
): Postings {
  const total = corpus.fps.length;
  const n = corpus.offsets.length - 1;
  // The sort's scratch becomes the postings' articles: one array of every entry fewer at the peak.
  const docs = allocate(total);
  const order = entriesByFingerprint(corpus.fps, docs);
  const docOf = allocate(total);
  for (let i = 0; i < n; i++) docOf.fill(i, corpus.offsets[i]!, corpus.offsets[i + 1]!);
  for (let p = 0; p < total; p++) docs[p] = docOf[order[p]!]!;
  const startOf = docOf; // reused: from here on the article of an entry is known from the offsets
  const lengthOf = allocate(total);
  for (let p = 0; p < total;) {
    const key = corpus.fps[order[p]!]!;
    let end = p + 1;
    while (end < total && corpus.fps[order[end]!] === key) end++;
    for (let q = p; q < end; q++) {
      startOf[order[q]!] = p;
      lengthOf[order[q]!] = end - p;
    }
    p = end;
  }
  return { docs, startOf, lengthOf };
}

/**
 * Entry indices sorted by fingerprint, equal ones in entry order: sortByKey's two radix
 * passes, with the first reading the fingerprints in place (its values are the indices) and
 * the second keeping only the indices. At a hundred thousand articles that is less than half
 * the memory of copying keys and values for a general sort. `scratch` (as long as `fps`) is
 * overwritten.
 */
export function entriesByFingerprint(
  fps: Uint32Array,
  scratch: Uint32Array<ArrayBufferLike> = new Uint32Array(fps.length),
): Uint32Array {
  const total = fps.length;
  const counts = new Uint32Array((1 << 16) + 1);
  for (let e = 0; e < total; e++) counts[(fps[e]! & 0xffff) + 1]!++;
  for (let d = 1; d <= 1 << 16; d++) counts[d]! += counts[d - 1]!;
  // The first pass also keeps each entry's high half beside it, so the second reads in order.
  const byLow = scratch;
  const highs = new Uint16Array(total);
  for (let e = 0; e < total; e++) {
    const at = counts[fps[e]! & 0xffff]!++;
    byLow[at] = e;
    highs[at] = fps[e]! >>> 16;
  }
  counts.fill(0);
  for (let p = 0; p < total; p++) counts[highs[p]! + 1]!++;
  for (let d = 1; d <= 1 << 16; d++) counts[d]! += counts[d - 1]!;
  const sorted = new Uint32Array(total);
  for (let p = 0; p < total; p++) sorted[counts[highs[p]!]!++] = byLow[p]!;
  return sorted;
}

/**
 * LSH buckets: per band, articles sorted by the hash of their `rows` sketch values. Articles
 * without fingerprints and buckets larger than `maxBucket` take no part.
 */
export function buildBands(
  sketches: Uint32Array,
  sizes: Uint32Array,
  bands: number,
  rows: number,
  maxBucket: number,
): PartnerIndex {
  const n = sizes.length;
  const bins = sketches.length / Math.max(1, n);
  const docs = new Uint32Array(bands * n);
  const start = new Uint32Array(bands * n);
  const length = new Uint32Array(bands * n);
  for (let b = 0; b < bands; b++) {
    const keys = new Uint32Array(n);
    const ids = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      let hash = b + 1;
      for (let r = 0; r < rows; r++) hash = mixHash(hash ^ sketches[i * bins + b * rows + r]!);
      keys[i] = hash;
      ids[i] = i;
    }
    const sorted = sortByKey(keys, ids);
    docs.set(sorted.values, b * n);
    for (let p = 0; p < n;) {
      let end = p + 1;
      while (end < n && sorted.keys[end] === sorted.keys[p]) end++;
      const size = end - p;
      for (let q = p; q < end; q++) {
        const doc = sorted.values[q]!;
        start[b * n + doc] = b * n + p;
        length[b * n + doc] = size >= 2 && size <= maxBucket && sizes[doc]! > 0 ? size : 0;
      }
      p = end;
    }
  }
  return {
    forEachPartner(i, visit) {
      for (let b = 0; b < bands; b++) {
        const size = length[b * n + i]!;
        if (size === 0) continue;
        for (let p = start[b * n + i]!, stop = p + size; p < stop; p++) {
          const j = docs[p]!;
          if (sizes[j]! > 0) visit(j);
        }
      }
    },
  };
}
