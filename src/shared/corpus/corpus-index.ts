/**
 * The two lookup structures of candidate search, as typed arrays: postings of winnowed
 * fingerprints (which articles share a fingerprint) and LSH buckets of sketch bands (which
 * articles agree on a band). Both are read in a sweep over the articles, so pair counts
 * accumulate in one dense array per article instead of a map of all pairs.
 */
import type { CorpusFingerprints } from './find-candidates';
import { mixHash } from './paragraph-shingles';
import { scatterByDigit } from '../comparison/sort-by-key';

export interface PartnerIndex {
  /** Calls `visit(j)` once per shared fingerprint (or band) for every partner j of article i. */
  forEachPartner(i: number, visit: (j: number) => void): void;
}

/** Postings of winnowed fingerprints: for each entry of an article, where its list starts and its length. */
export interface Postings {
  /** Articles of each posting list, lists sorted by fingerprint. */
  docs: Uint32Array;
  /**
   * Per entry e of CorpusFingerprints.fps, side by side (one cache line for both, as they are
   * written and read together): lists[2e], where its fingerprint's list starts in `docs`, and
   * lists[2e + 1], the list's length (the number of articles with that fingerprint).
   */
  lists: Uint32Array;
}

/** Where columns that outlive their building are allocated (shared memory, when workers read them). */
export type AllocateU32 = (length: number) => Uint32Array;

/** The postings in one build, in this thread (workers write them in parts: writePostingsPart). */
export function buildPostings(corpus: CorpusFingerprints): Postings {
  const postings = { docs: new Uint32Array(corpus.fps.length), lists: new Uint32Array(2 * corpus.fps.length) };
  writePostingsPart(corpus, postings, 0, 1);
  return postings;
}

/**
 * Writes the postings of the fingerprints in `part` of `parts` ranges of their values into
 * `into` (columns as long as buildPostings makes them). The ranges follow the order of the
 * values, so the parts written by several workers, each into its own rows, make exactly the
 * postings of one build.
 */
export function writePostingsPart(corpus: CorpusFingerprints, into: Postings, part: number, parts: number): void {
  const { fps } = corpus;
  const { docs, lists } = into;
  const { entries, keys, start } = parts === 1 ? sortWhole(fps, lists) : sortPart(fps, part, parts);
  const count = keys.length;
  const articleOf = entryArticles(corpus.offsets);
  for (let p = 0; p < count;) {
    const key = keys[p]!;
    let end = p + 1;
    while (end < count && keys[end] === key) end++;
    for (let q = p; q < end; q++) {
      const e = entries[q]!;
      docs[start + q] = articleOf(e);
      lists[2 * e] = start + p;
      lists[2 * e + 1] = end - p;
    }
    p = end;
  }
}

/** Every entry sorted by fingerprint; the lists' room is the sort's scratch until they are written. */
function sortWhole(fps: Uint32Array, lists: Uint32Array): SortedEntries & { start: number } {
  const total = fps.length;
  const sorted = entriesByFingerprint(fps, {
    keys: new Uint32Array(total),
    entries: new Uint32Array(total),
    keyScratch: lists.subarray(0, total),
    entryScratch: lists.subarray(total),
  });
  return { ...sorted, start: 0 };
}

/**
 * The entries of one part sorted by fingerprint, and where the part's lists start in docs
 * (after the fingerprints of the parts before it). Other workers write the lists' other rows,
 * so the part's own copies of its values and entries are the sort's scratch.
 */
function sortPart(fps: Uint32Array, part: number, parts: number): SortedEntries & { start: number } {
  const ownerOf = partsByValue(fps, parts);
  let start = 0;
  let count = 0;
  for (let e = 0; e < fps.length; e++) {
    const owner = ownerOf[fps[e]! >>> PART_BUCKET_SHIFT]!;
    if (owner < part) start++;
    else if (owner === part) count++;
  }
  const values = new Uint32Array(count);
  const owned = new Uint32Array(count);
  for (let e = 0, k = 0; e < fps.length; e++) {
    if (ownerOf[fps[e]! >>> PART_BUCKET_SHIFT] !== part) continue;
    values[k] = fps[e]!;
    owned[k++] = e;
  }
  // The sort's first pass reads the values and their entries, which are then its scratch.
  const columns = {
    keys: new Uint32Array(count),
    entries: new Uint32Array(count),
    keyScratch: values,
    entryScratch: owned,
  };
  return { ...entriesByFingerprint(values, columns, owned), start };
}

/** Fingerprints are divided among parts by their top 12 bits. */
const PART_BUCKET_SHIFT = 20;

/**
 * The part of each range of values (by its top bits): consecutive ranges holding about equal
 * numbers of fingerprints. Winnowing keeps the smallest hash of each window, so fingerprints
 * crowd at small values, and equal ranges of values would give the first part nearly all.
 * Every worker counts the same fingerprints, so all agree without asking each other.
 */
function partsByValue(fps: Uint32Array, parts: number): Uint8Array {
  const counts = new Uint32Array((0xffffffff >>> PART_BUCKET_SHIFT) + 1);
  for (let e = 0; e < fps.length; e++) counts[fps[e]! >>> PART_BUCKET_SHIFT]!++;
  const owners = new Uint8Array(counts.length);
  for (let bucket = 0, before = 0; bucket < counts.length; bucket++) {
    owners[bucket] = Math.min(parts - 1, Math.floor((before * parts) / Math.max(1, fps.length)));
    before += counts[bucket]!;
  }
  return owners;
}

/** Entries per block of entryArticles' table. */
const ENTRY_BLOCK_BITS = 7;

/**
 * The article of an entry, for entries met in fingerprint order. A column of every entry's
 * article is as large as the fingerprints and read out of order: in a folder of 100,000
 * articles most reads missed every cache. A table of the article at each block's start is a
 * hundredth of that, and an entry is a step or two past it (articles hold about a hundred).
 */
function entryArticles(offsets: Uint32Array): (entry: number) => number {
  const n = offsets.length - 1;
  const total = offsets[n]!;
  const first = new Uint32Array((total >>> ENTRY_BLOCK_BITS) + 1);
  for (let b = 0, i = 0; b < first.length; b++) {
    const start = b << ENTRY_BLOCK_BITS;
    while (i < n - 1 && offsets[i + 1]! <= start) i++;
    first[b] = i;
  }
  return (entry) => {
    let i = first[entry >>> ENTRY_BLOCK_BITS]!;
    while (offsets[i + 1]! <= entry) i++;
    return i;
  };
}

export interface SortedEntries {
  /** Entry indices sorted by fingerprint, equal ones in entry order… */
  entries: Uint32Array;
  /** …and their fingerprints. */
  keys: Uint32Array;
}

/** The arrays of a sort, all as long as the fingerprints: the result lands in `keys` and `entries`. */
interface SortColumns extends SortedEntries {
  keyScratch: Uint32Array;
  entryScratch: Uint32Array;
}

/**
 * Entries sorted by fingerprint: an LSD radix sort of three 11-bit digits that carries each
 * fingerprint beside its entry. Three passes over 2,048 buckets keep their write positions in
 * cache, where two over 65,536 did not, and no step reads fingerprints through the order.
 */
export function entriesByFingerprint(
  fps: Uint32Array,
  columns: SortColumns = {
    keys: new Uint32Array(fps.length),
    entries: new Uint32Array(fps.length),
    keyScratch: new Uint32Array(fps.length),
    entryScratch: new Uint32Array(fps.length),
  },
  /** The entry of each fingerprint, when it is not its index. */
  entryOf: Uint32Array | null = null,
): SortedEntries {
  const total = fps.length;
  const { keys, entries, keyScratch, entryScratch } = columns;
  // All three histograms in one read of the fingerprints.
  const low = new Uint32Array(DIGIT + 1);
  const middle = new Uint32Array(DIGIT + 1);
  const high = new Uint32Array(DIGIT + 1);
  for (let e = 0; e < total; e++) {
    const key = fps[e]!;
    low[(key & MASK) + 1]!++;
    middle[((key >>> 11) & MASK) + 1]!++;
    high[(key >>> 22) + 1]!++;
  }
  for (let d = 1; d <= DIGIT; d++) {
    low[d]! += low[d - 1]!;
    middle[d]! += middle[d - 1]!;
    high[d]! += high[d - 1]!;
  }
  scatterByDigit(fps, entryOf, low, 0, MASK, keys, entries);
  scatterByDigit(keys, entries, middle, 11, MASK, keyScratch, entryScratch);
  scatterByDigit(keyScratch, entryScratch, high, 22, MASK, keys, entries);
  return { entries, keys };
}

const DIGIT = 1 << 11;
const MASK = DIGIT - 1;

/**
 * LSH buckets: per band, the articles grouped by the hash of their `rows` sketch values
 * (in article order within a bucket). Articles without fingerprints and buckets larger than
 * `maxBucket` take no part.
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
  // Buckets by hash table: only who shares a bucket matters (findNearDuplicates keeps a set
  // of pairs), so each band's articles are grouped in one pass instead of sorted.
  const slots = 1 << Math.ceil(Math.log2(2 * n + 1));
  const keyAt = new Uint32Array(slots);
  const bucketAt = new Int32Array(slots);
  const bucketOf = new Uint32Array(n);
  const firstOf = new Uint32Array(n + 1);
  const nextOf = new Uint32Array(n);
  const sizeOf = new Uint32Array(n);
  // All bands' hashes first, reading each sketch once; they wait in `start`, which each band
  // overwrites only after hashing its own.
  for (let i = 0; i < n; i++) {
    for (let b = 0; b < bands; b++) {
      let hash = b + 1;
      for (let r = 0; r < rows; r++) hash = mixHash(hash ^ sketches[i * bins + b * rows + r]!);
      start[b * n + i] = hash;
    }
  }
  for (let b = 0; b < bands; b++) {
    bucketAt.fill(-1);
    let buckets = 0;
    for (let i = 0; i < n; i++) {
      const hash = start[b * n + i]!;
      let slot = hash & (slots - 1);
      while (bucketAt[slot]! >= 0 && keyAt[slot] !== hash) slot = (slot + 1) & (slots - 1);
      if (bucketAt[slot]! < 0) {
        bucketAt[slot] = buckets;
        keyAt[slot] = hash;
        sizeOf[buckets++] = 0;
      }
      const bucket = bucketAt[slot]!;
      bucketOf[i] = bucket;
      sizeOf[bucket]!++;
    }
    firstOf[0] = 0;
    for (let k = 0; k < buckets; k++) {
      firstOf[k + 1] = firstOf[k]! + sizeOf[k]!;
      nextOf[k] = firstOf[k]!;
    }
    for (let i = 0; i < n; i++) {
      const bucket = bucketOf[i]!;
      const size = sizeOf[bucket]!;
      docs[b * n + nextOf[bucket]!++] = i;
      start[b * n + i] = b * n + firstOf[bucket]!;
      length[b * n + i] = size >= 2 && size <= maxBucket && sizes[i]! > 0 ? size : 0;
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
