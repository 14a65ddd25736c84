/**
 * Sorting small runs of 32-bit values (shingles, grams, fingerprints) without a
 * native sort call each time: fingerprinting and sketching do this for every paragraph and
 * sentence, where the call costs more than the sort.
 */

/** Up to this many values a bucket pass and an insertion sort beat a native sort call. */
const SMALL_SORT_MAX = 512;
/** Up to this many values an insertion sort alone is fastest. */
const INSERTION_SORT_MAX = 16;
const bucketStarts = new Uint32Array(SMALL_SORT_MAX + 1);
const bucketed = new Uint32Array(SMALL_SORT_MAX);

/** Sorts and removes duplicates in place; returns the new length. */
export function sortUnique(values: Uint32Array, length = values.length): number {
  return sortUniqueInto(values, length, values, 0);
}

/**
 * The distinct values of from[0, length), sorted, written to into[at, at + length) (`into` may
 * be `from` itself with `at` 0); returns how many. Saves the copy of a sort in place.
 */
export function sortUniqueInto(from: Uint32Array, length: number, into: Uint32Array, at: number): number {
  if (length <= INSERTION_SORT_MAX) return insertUnique(from, length, into, at);
  if (length <= SMALL_SORT_MAX) return sortSmall(from, length, into, at);
  if (from !== into || at !== 0) into.set(from.subarray(0, length), at);
  into.subarray(at, at + length).sort();
  let unique = 1;
  for (let i = 1; i < length; i++) if (into[at + i] !== into[at + unique - 1]) into[at + unique++] = into[at + i]!;
  return unique;
}

/** Insertion sort of from[0, length) into into[at, …), dropping duplicates; returns how many are left. */
function insertUnique(from: Uint32Array, length: number, into: Uint32Array, at: number): number {
  let end = at;
  for (let i = 0; i < length; i++) {
    const value = from[i]!;
    let j = end;
    for (; j > at && into[j - 1]! > value; j--) into[j] = into[j - 1]!;
    if (j > at && into[j - 1] === value) {
      // A duplicate (rare): shift the larger ones back.
      for (; j < end; j++) into[j] = into[j + 1]!;
      continue;
    }
    into[j] = value;
    end++;
  }
  return end - at;
}

/**
 * Hashes are spread evenly: a counting pass on their top bits leaves each within a bucket of
 * about one value, and an insertion sort then only swaps neighbours (any input sorts correctly,
 * only more slowly).
 */
function sortSmall(from: Uint32Array, length: number, into: Uint32Array, at: number): number {
  const bits = 32 - Math.clz32(length - 1);
  const buckets = 1 << bits;
  const shift = 32 - bits;
  const starts = bucketStarts;
  const sorted = bucketed;
  for (let b = 0; b <= buckets; b++) starts[b] = 0;
  for (let i = 0; i < length; i++) {
    const bucket = (from[i]! >>> shift) + 1;
    starts[bucket] = starts[bucket]! + 1;
  }
  for (let b = 1; b <= buckets; b++) starts[b] = starts[b]! + starts[b - 1]!;
  for (let i = 0; i < length; i++) {
    const value = from[i]!;
    const bucket = value >>> shift;
    sorted[starts[bucket]!] = value;
    starts[bucket] = starts[bucket]! + 1;
  }
  return insertUnique(sorted, length, into, at);
}
