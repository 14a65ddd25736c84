/**
 * How candidate search scales with the folder. Up to a few thousand articles every shingle
 * is a fingerprint and one shared shingle makes a candidate, as the exhaustive prefilter
 * did: same-event articles link paraphrased sentences that share as little as one
 * three-word shingle, and a small folder can afford to align them all. Larger folders
 * winnow their fingerprints (a copied half-sentence is still always found) and need an
 * estimated share above the noise of stock phrases.
 */
import type { CandidateOptions } from './find-candidates';

export interface CorpusScale {
  /** Winnowing window for the fingerprints (1: every shingle). */
  window: number;
  candidates: Partial<CandidateOptions>;
  /** List every pair, unrelated ones with score 0 (small folders: the list is the overview). */
  listAllPairs: boolean;
}

/** Up to this many articles, every pair is listed. */
export const LIST_ALL_PAIRS_LIMIT = 200;
/** Up to this many articles, every shingle is a fingerprint and any shared one makes a candidate. */
export const EXHAUSTIVE_LIMIT = 2000;
/**
 * Above this many articles, stock phrases pair up so many articles (their count grows with
 * the square of the folder) that a candidate needs a tenth of one side's text in common.
 */
export const LARGE_LIMIT = 20_000;

export function corpusScale(articles: number): CorpusScale {
  const listAllPairs = articles <= LIST_ALL_PAIRS_LIMIT;
  if (articles <= EXHAUSTIVE_LIMIT) return { window: 1, candidates: { minShared: 1, minEstimate: 0 }, listAllPairs };
  if (articles <= LARGE_LIMIT) return { window: 8, candidates: { minShared: 2, minEstimate: 0.03 }, listAllPairs };
  return { window: 8, candidates: { minShared: 3, minEstimate: 0.1 }, listAllPairs };
}
