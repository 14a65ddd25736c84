/**
 * Sentence correspondences across two whole articles, in any order: one-to-one, and
 * one-to-many / many-to-one where an outlet split or merged sentences. Scored candidate
 * pairs come from candidate-pairs.ts (never sketch-by-sketch over all pairs); a pair is kept
 * if it is strong, or the best partner of one of its sentences and fairly strong, or the
 * best partner of both and long enough to trust a weaker score. Kept pairs that touch become
 * passages.
 */
import { DEFAULT_ALIGN_TUNING, type AlignTuning } from './align-tuning';
import { candidatePairs, type ScoredPair as Pair } from './candidate-pairs';
import type { PreparedArticle } from './prepare-article';
import { dice, mergeSketches } from './sentence-sketch';

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
  return mergeIntoPassages(edges, left, right, tuning);
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
    if (pair.score >= tuning.strongMin) return true;
    if (pair.score >= tuning.oneSidedMin) return forLeft || forRight;
    // Weak pairs of short sentences (headings) are chance more often than copy.
    return forLeft && forRight && pair.short === false;
  });
  // A sentence repeated many times on both sides would link to every copy: keep the best few.
  kept.sort((a, b) => b.score - a.score || a.left - b.left || a.right - b.right);
  const perLeft = new Uint16Array(leftCount);
  const perRight = new Uint16Array(rightCount);
  return kept.filter((pair) => {
    if (perLeft[pair.left]! >= tuning.maxLinksPerSentence || perRight[pair.right]! >= tuning.maxLinksPerSentence)
      return false;
    perLeft[pair.left]!++;
    perRight[pair.right]!++;
    return true;
  });
}

interface Passage {
  left: number[];
  right: number[];
}

/**
 * Edges sharing a sentence become one passage when each side stays a consecutive run of
 * one paragraph: that is a split or a merge. Otherwise they stay separate links (the same
 * sentence linked into two paragraphs, or duplicated copy).
 */
function mergeIntoPassages(
  edges: Pair[],
  left: PreparedArticle,
  right: PreparedArticle,
  tuning: AlignTuning,
): SentenceLink[] {
  const byLeft = new Map<number, Set<Passage>>();
  const byRight = new Map<number, Set<Passage>>();
  const register = (passage: Passage, add: boolean) => {
    for (const [ids, map] of [
      [passage.left, byLeft],
      [passage.right, byRight],
    ] as const) {
      for (const id of ids) {
        let set = map.get(id);
        if (!set) map.set(id, (set = new Set()));
        if (add) set.add(passage);
        else set.delete(passage);
      }
    }
  };
  const sorted = [...edges].sort((a, b) => b.score - a.score || a.left - b.left || a.right - b.right);
  for (const edge of sorted) {
    let passage: Passage = { left: [edge.left], right: [edge.right] };
    const neighbours = new Set([...(byLeft.get(edge.left) ?? []), ...(byRight.get(edge.right) ?? [])]);
    for (const other of neighbours) {
      const merged = tryMerge(other, passage, left, right, tuning);
      if (!merged) continue;
      register(other, false);
      passage = merged;
    }
    register(passage, true);
  }
  const passages = new Set<Passage>();
  for (const set of byLeft.values()) for (const passage of set) passages.add(passage);
  return [...passages]
    .map((passage) => ({
      left: passage.left,
      right: passage.right,
      similarity: dice(
        mergeSketches(passage.left.map((id) => left.sentences[id]!.sketch)),
        mergeSketches(passage.right.map((id) => right.sentences[id]!.sketch)),
      ),
    }))
    .sort((a, b) => a.left[0]! - b.left[0]! || a.right[0]! - b.right[0]!);
}

function tryMerge(
  a: Passage,
  b: Passage,
  left: PreparedArticle,
  right: PreparedArticle,
  tuning: AlignTuning,
): Passage | null {
  const leftIds = unionRun(a.left, b.left, left, tuning.maxPassageSentences);
  if (!leftIds) return null;
  const rightIds = unionRun(a.right, b.right, right, tuning.maxPassageSentences);
  if (!rightIds) return null;
  return { left: leftIds, right: rightIds };
}

/** The union of two id lists if it is a consecutive run within one paragraph, else null. */
function unionRun(a: number[], b: number[], article: PreparedArticle, max: number): number[] | null {
  const ids = [...new Set([...a, ...b])].sort((x, y) => x - y);
  if (ids.length > max) return null;
  const paragraph = article.sentences[ids[0]!]!.paragraph;
  for (let i = 0; i < ids.length; i++) {
    if (ids[i] !== ids[0]! + i) return null;
    if (article.sentences[ids[i]!]!.paragraph !== paragraph) return null;
  }
  return ids;
}
