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
import { gramIndexOf, gramTableOf } from './sentence-gram-index';

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

/** The pair of two sentences sharing `shared` grams, if it scores at least `bar`. */
export function scoredPair(
  left: PreparedSentence,
  right: PreparedSentence,
  shared: number,
  tuning: AlignTuning,
  bar: number,
): ScoredPair | null {
  const score = pairScore(shared, left.sketch.length, right.sketch.length, tuning);
  if (score < bar) return null;
  const short = Math.min(left.sketch.length, right.sketch.length) < tuning.containmentMinGrams;
  return { left: left.id, right: right.id, score, short };
}

function densePairs(lefts: PreparedSentence[], rights: PreparedSentence[], tuning: AlignTuning): ScoredPair[] {
  const left = gramTableOf(lefts);
  const right = gramTableOf(rights);
  const width = rights.length;
  const shared = new Uint16Array(lefts.length * width);
  // Merge the distinct grams (a third fewer steps than all entries), then count each shared
  // gram's sentence pairs.
  const a = left.unique;
  const b = right.unique;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      for (let p = left.runs[i]!, pEnd = left.runs[i + 1]!; p < pEnd; p++) {
        const row = left.ids[p]! * width;
        for (let q = right.runs[j]!, qEnd = right.runs[j + 1]!; q < qEnd; q++) shared[row + right.ids[q]!]!++;
      }
    }
    // Branch-free steps: which side advances is data, not control flow.
    i += +(x <= y);
    j += +(y <= x);
  }
  // Most cells share a few common grams and score far below the bar: reject those on the
  // counts alone (the same test pairScore makes) before building anything.
  const rightSizes = new Float64Array(width);
  for (let r = 0; r < width; r++) rightSizes[r] = rights[r]!.sketch.length;
  const pairs: ScoredPair[] = [];
  for (const l of lefts) {
    const row = l.id * width;
    const leftSize = l.sketch.length;
    for (let r = 0; r < width; r++) {
      const count = shared[row + r]!;
      if (count === 0) continue;
      const rightSize = rightSizes[r]!;
      const smaller = leftSize < rightSize ? leftSize : rightSize;
      // A hair of slack: rounding may never reject a pair pairScore would keep.
      const bar = tuning.mutualMin * (1 - 1e-9);
      const byDice = 2 * count < bar * (leftSize + rightSize);
      const byContainment = smaller < tuning.containmentMinGrams || count * tuning.containmentWeight < bar * smaller;
      if (byDice && byContainment) continue;
      const pair = scoredPair(l, rights[r]!, count, tuning, tuning.mutualMin);
      if (pair) pairs.push(pair);
    }
  }
  return pairs;
}

function indexedPairs(lefts: PreparedSentence[], rights: PreparedSentence[], tuning: AlignTuning): ScoredPair[] {
  const index = gramIndexOf(rights);
  const { slots, mask, postings, runs, sentenceGrams, gramOffsets } = index;
  const hits = new Int32Array(rights.length);
  const touched = new Int32Array(rights.length);
  const touchOrder = new Int32Array(rights.length);
  const qualified = new Int32Array(rights.length);
  const best = new Int32Array(tuning.candidatesPerSentence + 1);
  const pairs: ScoredPair[] = [];
  const maxBudget = lefts.length * rights.length > tuning.hugeLimit ? tuning.hugePostingBudget : tuning.postingBudget;
  // Postings of one sentence's grams, shortest first; ties keep gram order (a stable sort
  // did). Lists longer than the budget are never read, so a counting sort by length does it.
  const lengthStarts = new Int32Array(maxBudget + 2);
  let lengths = new Int32Array(64);
  let listGrams = new Int32Array(64);
  let order = new Int32Array(64);
  let foundGrams = new Int32Array(64);
  // The current left sentence's grams, marked by gram number: shared grams of a candidate are
  // counted from its grams, cheaper than merging two sorted sketches.
  const marks = new Uint8Array(index.count);
  for (const sentence of lefts) {
    const sketch = sentence.sketch;
    if (order.length < sketch.length) {
      lengths = new Int32Array(sketch.length * 2);
      listGrams = new Int32Array(sketch.length * 2);
      order = new Int32Array(sketch.length * 2);
      foundGrams = new Int32Array(sketch.length * 2);
    }
    let lists = 0;
    let found = 0;
    lengthStarts.fill(0);
    for (let g = 0; g < sketch.length; g++) {
      // findGram, written out: this loop looks up every gram of the article.
      const gram = sketch[g]! | 0;
      let slot = (Math.imul(gram, 0x9e3779b1) >>> 0) & mask;
      let entry = slots[slot * 2 + 1]!;
      while (entry !== 0 && slots[slot * 2] !== gram) {
        slot = (slot + 1) & mask;
        entry = slots[slot * 2 + 1]!;
      }
      if (entry === 0) continue;
      const number = entry - 1;
      marks[number] = 1;
      foundGrams[found++] = number;
      const length = runs[number + 1]! - runs[number]!;
      // A list longer than the whole budget is never read: it would end the walk, and so
      // would anything after it, which is at least as long.
      if (length > maxBudget) continue;
      listGrams[lists] = number;
      lengths[lists++] = length;
      lengthStarts[length + 1]!++;
    }
    for (let length = 1; length <= maxBudget; length++) lengthStarts[length + 1]! += lengthStarts[length]!;
    for (let k = 0; k < lists; k++) order[lengthStarts[lengths[k]!]!++] = listGrams[k]!;
    // Only sentences reaching the floor can be candidates: they are listed as they reach it, so
    // the choice below looks at a few instead of every sentence touched.
    const floor = Math.max(2, Math.floor(sketch.length * 0.05));
    let budget = maxBudget;
    let touchedCount = 0;
    let qualifiedCount = 0;
    for (let k = 0; k < lists; k++) {
      const number = order[k]!;
      const start = runs[number]!;
      const end = runs[number + 1]!;
      if (budget < end - start) break;
      budget -= end - start;
      for (let p = start; p < end; p++) {
        const id = postings[p]!;
        const seen = hits[id]!;
        hits[id] = seen + 1;
        if (seen === 0) {
          touchOrder[id] = touchedCount;
          touched[touchedCount++] = id;
        }
        if (seen + 1 === floor) qualified[qualifiedCount++] = id;
      }
    }
    // Keep the best few by hits (more hits first, then first touched) with an insertion pass;
    // the order is total, so the qualified ids need no sorting first.
    const keep = tuning.candidatesPerSentence;
    let bestCount = 0;
    for (let q = 0; q < qualifiedCount; q++) {
      const id = qualified[q]!;
      const count = hits[id]!;
      const touch = touchOrder[id]!;
      if (bestCount === keep) {
        if (keep === 0) continue;
        const last = best[bestCount - 1]!;
        if (count < hits[last]! || (count === hits[last]! && touch > touchOrder[last]!)) continue;
      }
      let at = bestCount;
      while (at > 0) {
        const before = best[at - 1]!;
        if (hits[before]! > count || (hits[before]! === count && touchOrder[before]! < touch)) break;
        best[at] = before;
        at--;
      }
      best[at] = id;
      if (bestCount < keep) bestCount++;
    }
    for (let t = 0; t < touchedCount; t++) hits[touched[t]!] = 0;
    for (let b = 0; b < bestCount; b++) {
      const id = best[b]!;
      let shared = 0;
      for (let k = gramOffsets[id]!, end = gramOffsets[id + 1]!; k < end; k++) shared += marks[sentenceGrams[k]!]!;
      const pair = scoredPair(sentence, rights[id]!, shared, tuning, tuning.mutualMin);
      if (pair) pairs.push(pair);
    }
    for (let k = 0; k < found; k++) marks[foundGrams[k]!] = 0;
  }
  return pairs;
}
