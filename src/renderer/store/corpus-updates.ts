/** Pure helpers for choosing pairs. */
import type { ArticleSummary } from '../../shared/article/summarize-article';
import type { PairScore } from '../../shared/comparison/comparison-types';

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
