/** Pure helpers for choosing pairs. */
import type { ArticleSummary } from '../../shared/article/summarize-article';
import type { PairScore } from '../../shared/comparison/comparison-types';
import { pairScore, sortPairs } from '../../shared/corpus/pair-scores';

/**
 * Up to this many articles the first two are shown as soon as the folder is read (likely one
 * story, and a small folder ranks at once); a larger folder shows a pair once it is ranked.
 */
export const FIRST_TWO_LIMIT = 200;

/**
 * The pair with most shared text, or the first two articles when nothing is shared. `ranked`:
 * the pairs are the ranking's (not yet known while the folder is still being read).
 */
export function pickDefaultPair(
  pairs: readonly PairScore[],
  articles: readonly ArticleSummary[],
  ranked: boolean,
): [string, string] | null {
  const top = pairs[0];
  if (top && top.score > 0) return [top.left, top.right];
  // Two arbitrary articles of a large folder are almost surely unrelated: wait for the ranking.
  if (!ranked && articles.length > FIRST_TWO_LIMIT) return null;
  const [a, b] = articles;
  return a && b ? [a.id, b.id] : null;
}

/** Index of the pair `delta` steps from the current one, in either orientation. */
export function stepPairIndex(
  pairs: readonly PairScore[],
  leftId: string | null,
  rightId: string | null,
  delta: 1 | -1,
): number {
  const current = pairs.findIndex(
    (p) => (p.left === leftId && p.right === rightId) || (p.left === rightId && p.right === leftId),
  );
  if (current === -1) return delta === 1 ? 0 : pairs.length - 1;
  return Math.max(0, Math.min(pairs.length - 1, current + delta));
}

/**
 * The right side for `id` opened from the article list: the current right article if the two
 * share text, else `id`'s strongest partner in the ranking (a wall of deletions against an
 * unrelated article tells the reader nothing), else the current right article as it is.
 */
export function partnerFor(pairs: readonly PairScore[], id: string, rightId: string | null): string | null {
  let strongest: string | null = null;
  // Pairs come ranked, strongest first.
  for (const pair of pairs) {
    if (pair.score <= 0) break;
    const partner = pair.left === id ? pair.right : pair.right === id ? pair.left : null;
    if (partner === null) continue;
    if (partner === rightId) return rightId;
    strongest ??= partner;
  }
  return strongest ?? (rightId === id ? null : rightId);
}

/** Shares of an opened pair by `left\u0000right` id (either orientation is looked up). */
export type LearnedShares = ReadonlyMap<string, { left: number; right: number }>;

/**
 * The ranking with the figures of pairs the reader opened: an estimated pair (not aligned in a
 * large folder) takes the exact shares its comparison found, and moves to its rank. Pairs
 * without an estimate, or never opened, stay as they are; the same list comes back if nothing changed.
 */
export function withLearnedShares(pairs: PairScore[], learned: LearnedShares): PairScore[] {
  if (learned.size === 0) return pairs;
  let changed = false;
  const next = pairs.map((pair) => {
    if (!pair.estimated) return pair;
    const forward = learned.get(`${pair.left}\u0000${pair.right}`);
    const backward = forward ? undefined : learned.get(`${pair.right}\u0000${pair.left}`);
    if (!forward && !backward) return pair;
    changed = true;
    return forward
      ? pairScore(pair.left, pair.right, forward.left, forward.right)
      : pairScore(pair.left, pair.right, backward!.right, backward!.left);
  });
  return changed ? sortPairs(next) : pairs;
}
