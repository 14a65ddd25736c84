/**
 * Ranks every pair of a folder by how much text they share. A cheap prefilter (shared word
 * shingles, through an inverted index) picks candidate pairs; only those are aligned, and
 * their score is the larger of the two one-way reuse shares. Pairs without a shared
 * shingle are listed with score 0, so a folder of n articles lists all n(n-1)/2 pairs.
 */
import type { Article } from '../article/article';
import type { PairScore } from '../comparison/comparison-types';
import { alignSentences } from '../comparison/align-sentences';
import { prepareArticle, type PreparedArticle } from '../comparison/prepare-article';
import { reuseShares } from '../comparison/reuse-stats';
import { fingerprintArticle, type ArticleFingerprint } from './fingerprint-article';

export interface RankOptions {
  /**
   * Pairs sharing fewer shingles are not aligned (score 0). Short articles need less: the
   * bar is at most a tenth of the smaller article's shingles, so a one-sentence piece that
   * copies one sentence still counts.
   */
  minSharedShingles: number;
  /** Shingles found in more articles than this are boilerplate, not evidence. */
  maxShingleArticles: number;
  /** List pairs that share nothing, with score 0. */
  includeUnrelated: boolean;
}

export const DEFAULT_RANK_OPTIONS: RankOptions = {
  minSharedShingles: 2,
  maxShingleArticles: 200,
  includeUnrelated: true,
};

export function rankPairs(articles: readonly Article[], options: Partial<RankOptions> = {}): PairScore[] {
  const full = { ...DEFAULT_RANK_OPTIONS, ...options };
  const fingerprints = articles.map(fingerprintArticle);
  const shared = countSharedShingles(fingerprints, full.maxShingleArticles);
  const prepared = new Map<number, PreparedArticle>();
  const prepare = (i: number) => {
    let p = prepared.get(i);
    if (!p) prepared.set(i, (p = prepareArticle(articles[i]!)));
    return p;
  };
  const n = articles.length;
  const pairs: PairScore[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const count = shared.get(i * n + j) ?? 0;
      const smaller = Math.min(fingerprints[i]!.shingles.length, fingerprints[j]!.shingles.length);
      const bar = Math.max(1, Math.min(full.minSharedShingles, Math.ceil(smaller / 10)));
      if (count < bar) {
        if (full.includeUnrelated) pairs.push(pairScore(articles[i]!, articles[j]!, 0, 0));
        continue;
      }
      const left = prepare(i);
      const right = prepare(j);
      const shares = reuseShares(left, right, alignSentences(left, right));
      pairs.push(pairScore(articles[i]!, articles[j]!, shares.left, shares.right));
    }
  }
  return pairs.sort((a, b) => b.score - a.score || compareIds(a.left, b.left) || compareIds(a.right, b.right));
}

/** Shared shingle counts per pair (key i*n+j, i<j) from an inverted index. */
export function countSharedShingles(
  fingerprints: readonly ArticleFingerprint[],
  maxArticles: number,
): Map<number, number> {
  const postings = new Map<number, number[]>();
  fingerprints.forEach((fingerprint, i) => {
    for (const shingle of fingerprint.shingles) {
      const list = postings.get(shingle);
      if (list) list.push(i);
      else postings.set(shingle, [i]);
    }
  });
  const n = fingerprints.length;
  const counts = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > maxArticles) continue;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const key = list[a]! * n + list[b]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}

function pairScore(left: Article, right: Article, leftReuse: number, rightReuse: number): PairScore {
  return { left: left.id, right: right.id, leftReuse, rightReuse, score: Math.max(leftReuse, rightReuse) };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
