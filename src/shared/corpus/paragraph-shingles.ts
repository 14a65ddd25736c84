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

/** Shingles of a paragraph of `words` words. */
export function shingleCount(words: number): number {
  return words >= SHINGLE_WORDS ? words - SHINGLE_WORDS + 1 : words > 0 ? 1 : 0;
}

/**
 * The 3-word shingles of the first `words` word hashes, in order, written to `into` (which
 * holds shingleCount(words)); a paragraph shorter than a shingle is one shingle of its words.
 * FNV-1a over the word hashes, then mixHash, written out inline: a call per shingle boxed the
 * 32-bit values and cost more than the hashing.
 */
export function writeShingles(hashes: Uint32Array, words: number, into: Uint32Array): number {
  if (words < SHINGLE_WORDS) {
    if (words === 0) return 0;
    let hash = Math.imul(0x811c9dc5 ^ hashes[0]!, 0x01000193);
    if (words > 1) hash = Math.imul(hash ^ hashes[1]!, 0x01000193);
    into[0] = mixHash(hash);
    return 1;
  }
  // Each word hash is loaded once: the shingle's first FNV step and its second word carry over.
  let first = Math.imul(0x811c9dc5 ^ hashes[0]!, 0x01000193);
  let second = hashes[1]!;
  for (let i = 2; i < words; i++) {
    const third = hashes[i]!;
    let h = Math.imul(Math.imul(first ^ second, 0x01000193) ^ third, 0x01000193);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    into[i - 2] = h ^ (h >>> 16);
    first = Math.imul(0x811c9dc5 ^ second, 0x01000193);
    second = third;
  }
  return words - 2;
}

/**
 * The 3-word shingles of `text`, in order, written to `into` (a larger buffer is returned when
 * it is too small).
 */
export function collectShingles(
  text: string,
  into: Uint32Array,
): { shingles: Uint32Array; count: number; words: number } {
  const { hashes, count: words } = collectWordHashes(text, wordBuffer);
  wordBuffer = hashes;
  const shingles = into.length < shingleCount(words) ? new Uint32Array(shingleCount(words) * 2) : into;
  return { shingles, count: writeShingles(hashes, words, shingles), words };
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
