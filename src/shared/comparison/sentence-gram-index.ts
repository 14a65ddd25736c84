/**
 * Per-article lookup structures for sentence candidates, built once per article and cached
 * (ranking compares one article with many): all (gram, sentence) entries sorted by gram, with
 * the distinct grams and their runs (GramTable), and for large articles an open-addressing
 * hash index from gram to the sentences holding it (GramIndex).
 */
import type { PreparedSentence } from './prepare-article';
import { sortByKey } from './sort-by-key';

/** All (gram, sentence) pairs of an article, sorted by gram. Cached: ranking reuses articles. */
export interface GramTable {
  grams: Uint32Array;
  ids: Uint32Array;
  /** Distinct grams, and where each one's run starts in grams/ids (one more for the end). */
  unique: Uint32Array;
  runs: Uint32Array;
}

const gramTables = new WeakMap<PreparedSentence[], GramTable>();

export function gramTableOf(sentences: PreparedSentence[]): GramTable {
  let table = gramTables.get(sentences);
  if (table) return table;
  let total = 0;
  for (const sentence of sentences) total += sentence.sketch.length;
  const grams = new Uint32Array(total);
  const ids = new Uint32Array(total);
  let at = 0;
  for (const sentence of sentences) {
    grams.set(sentence.sketch, at);
    ids.fill(sentence.id, at, at + sentence.sketch.length);
    at += sentence.sketch.length;
  }
  // Ids go in ascending, so a stable sort by gram orders by gram, then id.
  const sorted = sortByKey(grams, ids);
  let distinct = 0;
  for (let i = 0; i < total; i++) if (i === 0 || sorted.keys[i] !== sorted.keys[i - 1]) distinct++;
  const unique = new Uint32Array(distinct);
  const runs = new Uint32Array(distinct + 1);
  for (let i = 0, u = 0; i < total; i++) {
    if (i > 0 && sorted.keys[i] === sorted.keys[i - 1]) continue;
    unique[u] = sorted.keys[i]!;
    runs[u++] = i;
  }
  runs[distinct] = total;
  table = { grams: sorted.keys, ids: sorted.values, unique, runs };
  gramTables.set(sentences, table);
  return table;
}

/**
 * An inverted index from gram to the sentences holding it, for the search on large articles:
 * an open-addressing hash table of typed arrays (a Map of arrays cost more to build than the
 * whole search), built in two linear passes without sorting. Grams are numbered in the order
 * they are first met; the search never depends on that order. Cached per article.
 */
export interface GramIndex {
  /**
   * Two numbers per slot: the gram and its number + 1 (0: empty slot). Kept small (8 bytes a
   * slot, at most two thirds full) so that it stays in cache: the search looks up every gram
   * of the other article.
   */
  slots: Int32Array;
  /** Number of slots − 1. */
  mask: number;
  /** Distinct grams. */
  count: number;
  /** Sentence ids holding gram u, ascending: postings[runs[u]] to postings[runs[u + 1]]. */
  postings: Int32Array;
  runs: Int32Array;
  /** Each sentence's grams as gram numbers (sentence i: gramOffsets[i] to gramOffsets[i + 1]). */
  sentenceGrams: Int32Array;
  gramOffsets: Int32Array;
}

const gramIndexes = new WeakMap<PreparedSentence[], GramIndex>();

function slotOf(gram: number, mask: number): number {
  return (Math.imul(gram, 0x9e3779b1) >>> 0) & mask;
}

export function gramIndexOf(sentences: PreparedSentence[]): GramIndex {
  let index = gramIndexes.get(sentences);
  if (index) return index;
  const gramOffsets = new Int32Array(sentences.length + 1);
  for (let s = 0; s < sentences.length; s++) gramOffsets[s + 1] = gramOffsets[s]! + sentences[s]!.sketch.length;
  const total = gramOffsets[sentences.length]!;
  const sentenceGrams = new Int32Array(total);
  // Distinct grams are a small share of all: start small, double when two thirds full.
  let size = 16;
  while (size < total / 12) size *= 2;
  let slots = new Int32Array(size * 2);
  let gramOf = new Int32Array(size);
  let counts = new Int32Array(size);
  let count = 0;
  // Number every gram, count its sentences, and note each sentence's grams by number.
  for (let s = 0, at = 0; s < sentences.length; s++) {
    const sketch = sentences[s]!.sketch;
    for (let g = 0; g < sketch.length; g++) {
      const gram = sketch[g]! | 0;
      const mask = (slots.length >> 1) - 1;
      let slot = slotOf(gram, mask);
      let entry = slots[slot * 2 + 1]!;
      while (entry !== 0 && slots[slot * 2] !== gram) {
        slot = (slot + 1) & mask;
        entry = slots[slot * 2 + 1]!;
      }
      if (entry === 0) {
        entry = ++count;
        slots[slot * 2] = gram;
        slots[slot * 2 + 1] = entry;
        if (count >= gramOf.length) {
          gramOf = grown(gramOf, gramOf.length * 2);
          counts = grown(counts, counts.length * 2);
        }
        gramOf[entry - 1] = gram;
        if (3 * count > 2 * (slots.length >> 1)) slots = rehash(gramOf, count, slots.length);
      }
      counts[entry - 1]!++;
      sentenceGrams[at++] = entry - 1;
    }
  }
  const runs = new Int32Array(count + 1);
  for (let u = 0; u < count; u++) runs[u + 1] = runs[u]! + counts[u]!;
  // Sentences in order, so each gram's postings come out ascending.
  const postings = new Int32Array(total);
  const cursors = runs.slice(0, count);
  for (let s = 0; s < sentences.length; s++) {
    for (let at = gramOffsets[s]!, end = gramOffsets[s + 1]!; at < end; at++)
      postings[cursors[sentenceGrams[at]!]!++] = s;
  }
  index = { slots, mask: (slots.length >> 1) - 1, count, postings, runs, sentenceGrams, gramOffsets };
  gramIndexes.set(sentences, index);
  return index;
}

/** A table of twice as many slots (each two numbers long) holding grams 0 to count − 1. */
function rehash(gramOf: Int32Array, count: number, length: number): Int32Array<ArrayBuffer> {
  const slots = new Int32Array(length * 2);
  const mask = (slots.length >> 1) - 1;
  for (let u = 0; u < count; u++) {
    let slot = slotOf(gramOf[u]!, mask);
    while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = gramOf[u]!;
    slots[slot * 2 + 1] = u + 1;
  }
  return slots;
}

function grown(from: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const to = new Int32Array(size);
  to.set(from);
  return to;
}

/** Number of `gram` in the index, or -1. */
export function findGram(index: GramIndex, gram: number): number {
  const { slots, mask } = index;
  for (let slot = slotOf(gram | 0, mask); ; slot = (slot + 1) & mask) {
    const entry = slots[slot * 2 + 1]!;
    if (entry === 0) return -1;
    if (slots[slot * 2] === (gram | 0)) return entry - 1;
  }
}
