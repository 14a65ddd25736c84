/**
 * Per-article lookup structures for sentence candidates, built once per article and cached
 * (ranking compares one article with many): all (gram, sentence) entries sorted by gram,
 * with the distinct grams and their runs, and an open-addressing hash from gram to run.
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
 * Gram → range of the sorted gram table, in an open-addressing hash table of typed arrays:
 * a Map of arrays cost more to build than the whole search. Cached per article.
 */
export interface GramIndex {
  table: GramTable;
  keys: Uint32Array;
  /** Slot → range start + 1 (0: empty slot). */
  starts: Uint32Array;
  ends: Uint32Array;
  mask: number;
  /** Each sentence's grams as slots (sentence i: slotOffsets[i] to slotOffsets[i + 1]). */
  sentenceSlots: Int32Array;
  slotOffsets: Uint32Array;
}

const gramIndexes = new WeakMap<PreparedSentence[], GramIndex>();

function slotOf(gram: number, mask: number): number {
  return (Math.imul(gram, 0x9e3779b1) >>> 0) & mask;
}

export function gramIndexOf(sentences: PreparedSentence[]): GramIndex {
  let index = gramIndexes.get(sentences);
  if (index) return index;
  const table = gramTableOf(sentences);
  const { grams } = table;
  let unique = 0;
  for (let i = 0; i < grams.length; i++) if (i === 0 || grams[i] !== grams[i - 1]) unique++;
  // Sized by distinct grams (a few per cent of all): a small table stays in cache.
  let size = 16;
  while (size < unique * 2) size *= 2;
  const mask = size - 1;
  const keys = new Uint32Array(size);
  const starts = new Uint32Array(size);
  const ends = new Uint32Array(size);
  for (let i = 0; i < grams.length;) {
    const gram = grams[i]!;
    let end = i + 1;
    while (end < grams.length && grams[end] === gram) end++;
    let slot = slotOf(gram, mask);
    while (starts[slot] !== 0) slot = (slot + 1) & mask;
    keys[slot] = gram;
    starts[slot] = i + 1;
    ends[slot] = end;
    i = end;
  }
  index = {
    table,
    keys,
    starts,
    ends,
    mask,
    sentenceSlots: new Int32Array(grams.length),
    slotOffsets: new Uint32Array(sentences.length + 1),
  };
  let at = 0;
  for (const sentence of sentences) {
    index.slotOffsets[sentence.id] = at;
    for (const gram of sentence.sketch) index.sentenceSlots[at++] = findGram(index, gram);
  }
  index.slotOffsets[sentences.length] = at;
  gramIndexes.set(sentences, index);
  return index;
}

/** Slot of `gram` in the index, or -1. */
export function findGram(index: GramIndex, gram: number): number {
  let slot = slotOf(gram, index.mask);
  for (;;) {
    if (index.starts[slot] === 0) return -1;
    if (index.keys[slot] === gram) return slot;
    slot = (slot + 1) & index.mask;
  }
}
