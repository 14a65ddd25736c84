/**
 * Scored candidate sentence pairs for the alignment, never by comparing every sentence with
 * every other one sketch by sketch. Two strategies, same scores:
 *  - dense (article-sized input): merge the two articles' sorted gram tables once and count
 *    shared grams for all sentence pairs at the same time; the work is the number of shared
 *    (gram, sentence, sentence) triples, and the left × right table is capped by denseLimit.
 *  - indexed (large input): an inverted index over the right sentences; each left sentence
 *    reads the postings of its rarest grams up to a budget, so common grams cost nothing,
 *    and only its best few candidates are scored exactly. Linear in the text.
 */
import type { AlignTuning } from './align-tuning';
import type { PreparedSentence } from './prepare-article';
import { sharedGrams } from './sentence-sketch';

export interface ScoredPair {
  left: number;
  right: number;
  score: number;
  /** Either sentence is below containmentMinGrams: too short for weak matches to mean much. */
  short: boolean;
}

/** Dice of the two sketches, or the weighted containment of the smaller one if higher (splits). */
export function pairScore(shared: number, leftSize: number, rightSize: number, tuning: AlignTuning): number {
  if (shared === 0) return 0;
  const dice = (2 * shared) / (leftSize + rightSize);
  const smaller = Math.min(leftSize, rightSize);
  const containment = smaller >= tuning.containmentMinGrams ? (shared / smaller) * tuning.containmentWeight : 0;
  return Math.max(dice, containment);
}

export function candidatePairs(
  lefts: PreparedSentence[],
  rights: PreparedSentence[],
  tuning: AlignTuning,
): ScoredPair[] {
  if (lefts.length === 0 || rights.length === 0) return [];
  return lefts.length * rights.length <= tuning.denseLimit
    ? densePairs(lefts, rights, tuning)
    : indexedPairs(lefts, rights, tuning);
}

function scored(
  left: PreparedSentence,
  right: PreparedSentence,
  shared: number,
  tuning: AlignTuning,
): ScoredPair | null {
  const score = pairScore(shared, left.sketch.length, right.sketch.length, tuning);
  if (score < tuning.mutualMin) return null;
  const short = Math.min(left.sketch.length, right.sketch.length) < tuning.containmentMinGrams;
  return { left: left.id, right: right.id, score, short };
}

/** All (gram, sentence) pairs of an article, sorted by gram. Cached: ranking reuses articles. */
interface GramTable {
  grams: Uint32Array;
  ids: Uint32Array;
}

const gramTables = new WeakMap<PreparedSentence[], GramTable>();

function gramTableOf(sentences: PreparedSentence[]): GramTable {
  let table = gramTables.get(sentences);
  if (table) return table;
  let total = 0;
  for (const sentence of sentences) total += sentence.sketch.length;
  // gram · 2^20 + id is exact in a double (≤ 2^52) and sorts by gram, then id.
  const packed = new Float64Array(total);
  let at = 0;
  for (const sentence of sentences) for (const gram of sentence.sketch) packed[at++] = gram * 1048576 + sentence.id;
  packed.sort();
  const grams = new Uint32Array(total);
  const ids = new Uint32Array(total);
  for (let i = 0; i < total; i++) {
    const value = packed[i]!;
    const gram = Math.floor(value / 1048576);
    grams[i] = gram;
    ids[i] = value - gram * 1048576;
  }
  table = { grams, ids };
  gramTables.set(sentences, table);
  return table;
}

function densePairs(lefts: PreparedSentence[], rights: PreparedSentence[], tuning: AlignTuning): ScoredPair[] {
  const left = gramTableOf(lefts);
  const right = gramTableOf(rights);
  const width = rights.length;
  const shared = new Uint16Array(lefts.length * width);
  let i = 0;
  let j = 0;
  while (i < left.grams.length && j < right.grams.length) {
    const a = left.grams[i]!;
    const b = right.grams[j]!;
    if (a < b) i++;
    else if (a > b) j++;
    else {
      let iEnd = i;
      while (iEnd < left.grams.length && left.grams[iEnd] === a) iEnd++;
      let jEnd = j;
      while (jEnd < right.grams.length && right.grams[jEnd] === a) jEnd++;
      for (let x = i; x < iEnd; x++) {
        const row = left.ids[x]! * width;
        for (let y = j; y < jEnd; y++) shared[row + right.ids[y]!]!++;
      }
      i = iEnd;
      j = jEnd;
    }
  }
  const pairs: ScoredPair[] = [];
  for (const l of lefts) {
    const row = l.id * width;
    for (const r of rights) {
      const count = shared[row + r.id]!;
      if (count === 0) continue;
      const pair = scored(l, r, count, tuning);
      if (pair) pairs.push(pair);
    }
  }
  return pairs;
}

/** Gram → right sentence ids. Cached per article like the gram tables. */
const gramIndexes = new WeakMap<PreparedSentence[], Map<number, number[]>>();

function gramIndexOf(sentences: PreparedSentence[]): Map<number, number[]> {
  let index = gramIndexes.get(sentences);
  if (index) return index;
  index = new Map();
  for (const sentence of sentences) {
    for (const gram of sentence.sketch) {
      const postings = index.get(gram);
      if (postings) postings.push(sentence.id);
      else index.set(gram, [sentence.id]);
    }
  }
  gramIndexes.set(sentences, index);
  return index;
}

function indexedPairs(lefts: PreparedSentence[], rights: PreparedSentence[], tuning: AlignTuning): ScoredPair[] {
  const index = gramIndexOf(rights);
  const hits = new Int32Array(rights.length);
  const touched: number[] = [];
  const pairs: ScoredPair[] = [];
  for (const sentence of lefts) {
    touched.length = 0;
    const lists: number[][] = [];
    for (const gram of sentence.sketch) {
      const postings = index.get(gram);
      if (postings) lists.push(postings);
    }
    lists.sort((a, b) => a.length - b.length);
    let budget = tuning.postingBudget;
    for (const postings of lists) {
      if (budget < postings.length) break;
      budget -= postings.length;
      for (const id of postings) {
        const seen = hits[id]!;
        hits[id] = seen + 1;
        if (seen === 0) touched.push(id);
      }
    }
    // Keep the best few by hits with an insertion pass; sorting all touched cost more.
    const floor = Math.max(2, Math.floor(sentence.sketch.length * 0.05));
    const best: number[] = [];
    for (const id of touched) {
      const count = hits[id]!;
      if (count < floor) continue;
      if (best.length === tuning.candidatesPerSentence && count <= hits[best[best.length - 1]!]!) continue;
      let at = best.length;
      while (at > 0 && hits[best[at - 1]!]! < count) at--;
      best.splice(at, 0, id);
      if (best.length > tuning.candidatesPerSentence) best.pop();
    }
    for (const id of touched) hits[id] = 0;
    for (const id of best) {
      const pair = scored(sentence, rights[id]!, sharedGrams(sentence.sketch, rights[id]!.sketch), tuning);
      if (pair) pairs.push(pair);
    }
  }
  return pairs;
}
