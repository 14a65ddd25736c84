/**
 * Word shingles of one paragraph, hashed: the unit of every corpus fingerprint. Words come
 * from the fast char-code scanner (folded: case, ß/ss, ’/'), never Intl.Segmenter, and
 * shingles stay inside a paragraph because paragraph order is what outlets change most.
 */
import { collectWordHashes } from '../comparison/tokenize-fast';

export const SHINGLE_WORDS = 3;

/** murmur3's finaliser: spreads FNV's clustered bits so that minima and bands are fair samples. */
export function mixHash(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function shingleOf(a: number, b: number, c: number, size: number): number {
  let hash = 0x811c9dc5;
  hash = Math.imul(hash ^ a, 0x01000193);
  if (size > 1) hash = Math.imul(hash ^ b, 0x01000193);
  if (size > 2) hash = Math.imul(hash ^ c, 0x01000193);
  return mixHash(hash);
}

/**
 * The 3-word shingles of `text`, in order, written to `into` (a larger buffer is returned when
 * it is too small); a paragraph shorter than a shingle is one shingle of its words.
 */
export function collectShingles(
  text: string,
  into: Uint32Array,
): { shingles: Uint32Array; count: number; words: number } {
  const { hashes, count: words } = collectWordHashes(text, wordBuffer);
  wordBuffer = hashes;
  let shingles = into;
  const count = words >= SHINGLE_WORDS ? words - SHINGLE_WORDS + 1 : words > 0 ? 1 : 0;
  if (shingles.length < count) shingles = new Uint32Array(count * 2);
  if (words >= SHINGLE_WORDS) {
    for (let i = 0; i < count; i++) shingles[i] = shingleOf(hashes[i]!, hashes[i + 1]!, hashes[i + 2]!, SHINGLE_WORDS);
  } else if (words > 0) {
    shingles[0] = shingleOf(hashes[0]!, hashes[1] ?? 0, 0, words);
  }
  return { shingles, count, words };
}

let wordBuffer: Uint32Array = new Uint32Array(1024);
let visitBuffer: Uint32Array = new Uint32Array(1024);

/** collectShingles with a callback, for callers that want each shingle; returns the words. */
export function forEachShingle(text: string, visit: (hash: number) => void): number {
  const { shingles, count, words } = collectShingles(text, visitBuffer);
  visitBuffer = shingles;
  for (let i = 0; i < count; i++) visit(shingles[i]!);
  return words;
}

/** Sorts and removes duplicates in place; returns the new length. */
export function sortUnique(values: Uint32Array, length = values.length): number {
  const view = values.subarray(0, length).sort();
  let unique = 0;
  for (let i = 0; i < view.length; i++) if (i === 0 || view[i] !== view[unique - 1]) view[unique++] = view[i]!;
  return unique;
}
