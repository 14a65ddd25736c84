/**
 * Sentence correspondences across two whole articles, in any order: one-to-one, and
 * one-to-many / many-to-one where an outlet split or merged sentences. Scored candidate
 * pairs come from candidate-pairs.ts (never sketch-by-sketch over all pairs); a pair is kept
 * if it is the best partner of one of its sentences and fairly strong, or the best partner of
 * both and long enough to trust a weaker score; a sentence keeps a few links at most. Between
 * aligned neighbours a paraphrase needs less (anchored-pairs.ts). Kept pairs that touch
 * become passages (merge-passages.ts).
 */
import { DEFAULT_ALIGN_TUNING, type AlignTuning } from './align-tuning';
import { anchoredPairs } from './anchored-pairs';
import { candidatePairs, type ScoredPair as Pair } from './candidate-pairs';
import { mergeIntoPassages } from './merge-passages';
import type { PreparedArticle } from './prepare-article';

export { DEFAULT_ALIGN_TUNING, type AlignTuning } from './align-tuning';

/** Sentence ids (PreparedArticle.sentences) per side: consecutive, within one paragraph. */
export interface SentenceLink {
  left: number[];
  right: number[];
  /** Dice of the two passages' sketches, 0–1. */
  similarity: number;
}

export function alignSentences(
  left: PreparedArticle,
  right: PreparedArticle,
  tuning: AlignTuning = DEFAULT_ALIGN_TUNING,
): SentenceLink[] {
  const pairs = candidatePairs(left.sentences, right.sentences, tuning);
  const edges = acceptPairs(pairs, left.sentences.length, right.sentences.length, tuning);
  return mergeIntoPassages([...edges, ...anchoredPairs(left, right, edges, tuning)], left, right, tuning);
}

function acceptPairs(pairs: Pair[], leftCount: number, rightCount: number, tuning: AlignTuning): Pair[] {
  const bestLeft = new Float64Array(leftCount);
  const bestRight = new Float64Array(rightCount);
  for (const pair of pairs) {
    bestLeft[pair.left] = Math.max(bestLeft[pair.left]!, pair.score);
    bestRight[pair.right] = Math.max(bestRight[pair.right]!, pair.score);
  }
  const kept = pairs.filter((pair) => {
    const forLeft = pair.score >= bestLeft[pair.left]!;
    const forRight = pair.score >= bestRight[pair.right]!;
    // However strong, a pair whose sentences each have a better partner is dropped: two near-twins
    // printed in the other order (a caption repeated with one word changed) would invent edits.
    // Ties count as best, so a lead printed twice still links to both copies.
    if (pair.score >= tuning.oneSidedMin) return forLeft || forRight;
    // Weak pairs of short sentences (headings) are chance more often than copy.
    return forLeft && forRight && pair.short === false;
  });
  // A sentence repeated many times on both sides would link to every copy: keep the best few.
  kept.sort((a, b) => b.score - a.score || a.left - b.left || a.right - b.right);
  const perLeft = new Uint16Array(leftCount);
  const perRight = new Uint16Array(rightCount);
  return kept.filter((pair) => {
    // Sorted strongest first: weak pairs come after every strong one, so a count past the weak bound is reached only by them.
    const most = pair.score >= tuning.strongMin ? tuning.maxLinksPerSentence : tuning.maxWeakLinksPerSentence;
    if (perLeft[pair.left]! >= most || perRight[pair.right]! >= most) return false;
    perLeft[pair.left]!++;
    perRight[pair.right]!++;
    return true;
  });
}
