/**
 * Ranks the pairs of a set of articles by how much text they share; a pair's score is the
 * larger of its two one-way reuse shares, from the sentence alignment. Up to
 * EXHAUSTIVE_LIMIT articles a cheap prefilter (shared word shingles, through an inverted
 * index) picks the pairs to align and the rest are listed with score 0, so n articles list
 * all n(n-1)/2 pairs. Larger sets take the candidate search of find-candidates.ts and list
 * only aligned candidates.
 */
import type { Article } from '../article/article';
import type { PairScore } from '../comparison/comparison-types';
import { prepareArticle, type PreparedArticle } from '../comparison/prepare-article';
import { analyseArticle, corpusFingerprint } from './article-analysis';
import { corpusScale, EXHAUSTIVE_LIMIT } from './corpus-scale';
import type { AllocateU32 } from './corpus-index';
import { findCandidates, type CorpusFingerprints } from './find-candidates';
import { fingerprintArticle, type ArticleFingerprint } from './fingerprint-article';
import { exactShares, pairScore, sortPairs } from './pair-scores';

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
  if (articles.length > EXHAUSTIVE_LIMIT) return rankCandidatePairs(articles);
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
        if (full.includeUnrelated) pairs.push(pairScore(articles[i]!.id, articles[j]!.id, 0, 0));
        continue;
      }
      const shares = exactShares(prepare(i), prepare(j));
      pairs.push(pairScore(articles[i]!.id, articles[j]!.id, shares.left, shares.right));
    }
  }
  return sortPairs(pairs);
}

/** Large sets: align only the candidates that fingerprints find (articles stay in memory here). */
function rankCandidatePairs(articles: readonly Article[]): PairScore[] {
  const scale = corpusScale(articles.length);
  const candidates = findCandidates(
    packFingerprints(articles.map((a) => corpusFingerprint(analyseArticle(a, scale.window), new Set()))),
    scale.candidates,
  );
  const prepared = articles.map(prepareArticle);
  const pairs: PairScore[] = [];
  for (let k = 0; k < candidates.left.length; k++) {
    const i = candidates.left[k]!;
    const j = candidates.right[k]!;
    const shares = exactShares(prepared[i]!, prepared[j]!);
    pairs.push(pairScore(articles[i]!.id, articles[j]!.id, shares.left, shares.right));
  }
  return sortPairs(pairs);
}

/** Per-article fingerprint arrays → the one offsets + values layout candidate search reads. */
export function packFingerprints(fingerprints: readonly Uint32Array[]): CorpusFingerprints {
  const offsets = new Uint32Array(fingerprints.length + 1);
  fingerprints.forEach((fps, i) => (offsets[i + 1] = offsets[i]! + fps.length));
  const fps = new Uint32Array(offsets[fingerprints.length]!);
  fingerprints.forEach((list, i) => fps.set(list, offsets[i]!));
  return { offsets, fps };
}

/** Packed fingerprints of consecutive ranges of articles, as one. */
export function concatFingerprints(
  parts: readonly CorpusFingerprints[],
  allocate: AllocateU32 = (length) => new Uint32Array(length),
): CorpusFingerprints {
  let articles = 0;
  let total = 0;
  for (const part of parts) {
    articles += part.offsets.length - 1;
    total += part.fps.length;
  }
  const offsets = allocate(articles + 1);
  const fps = allocate(total);
  let article = 0;
  let at = 0;
  for (const part of parts) {
    const count = part.offsets.length - 1;
    for (let k = 1; k <= count; k++) offsets[article + k] = at + part.offsets[k]!;
    fps.set(part.fps, at);
    article += count;
    at += part.fps.length;
  }
  return { offsets, fps };
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
