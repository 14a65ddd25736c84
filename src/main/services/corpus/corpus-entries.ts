/**
 * The open corpus as the session holds it: per article a summary, its packed analysis and
 * where the full text can be had again (cache range, file, or the dropped article itself).
 * Full articles stay out of memory; what ranking needs is compact.
 */
import type { ArticleSummary } from '../../../shared/article/summarize-article';
import type { PairScore } from '../../../shared/comparison/comparison-types';
import type { Candidates } from '../../../shared/corpus/find-candidates';
import { pairScore, sortPairs } from '../../../shared/corpus/pair-scores';
import type { CacheEntry } from './corpus-cache';
import type { ArticleSource } from './worker-protocol';

export interface CorpusEntry {
  id: string;
  /** Summary as read, before folder chrome is learned (what the cache keeps). */
  summary: ArticleSummary;
  /** Summary with folder chrome set apart: what the user sees. */
  shown: ArticleSummary;
  analysis: Uint8Array;
  source: ArticleSource;
  /** Titles the first paragraphs would give, for re-titling after folder chrome. */
  titleHints: string[];
}

export function entryFromCache(cached: CacheEntry): CorpusEntry {
  return {
    id: cached.summary.id,
    summary: cached.summary,
    shown: cached.summary,
    analysis: cached.analysis,
    source: { path: cached.path, ref: cached.ref },
    titleHints: cached.titleHints,
  };
}

export function cacheEntryOf(entry: CorpusEntry, window: number): CacheEntry | null {
  if (entry.source.article) return null; // dropped texts have no file to check against
  return {
    path: entry.source.path,
    size: entry.summary.size,
    mtimeMs: entry.summary.mtimeMs,
    ref: entry.source.ref,
    summary: entry.summary,
    analysis: entry.analysis,
    titleHints: entry.titleHints,
    window,
  };
}

/** All analyses in one buffer (8-byte aligned) with offsets, to transfer to the ranking worker. */
export function packEntries(
  entries: readonly CorpusEntry[],
  allocate: (length: number) => Uint8Array = (length) => new Uint8Array(length),
): { analyses: Uint8Array; offsets: Float64Array } {
  const offsets = new Float64Array(entries.length + 1);
  let size = 0;
  entries.forEach((entry, k) => {
    offsets[k] = size;
    size += Math.ceil(entry.analysis.length / 8) * 8;
  });
  offsets[entries.length] = size;
  const analyses = allocate(size);
  // Each analysis knows its own length: the padding up to the next offset is never read.
  entries.forEach((entry, k) => analyses.set(entry.analysis, offsets[k]!));
  return { analyses, offsets };
}

/** Stable key of an unordered pair of ids. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Ranked pairs from candidates and the shares known so far (exact where aligned, estimated
 * otherwise). Small folders list every pair, unrelated ones with score 0.
 */
export function rankedPairs(
  entries: readonly CorpusEntry[],
  candidates: Candidates,
  exact: ReadonlyMap<string, [number, number]> | null,
  listAll: boolean,
): PairScore[] {
  const pairs: PairScore[] = [];
  const listed = listAll ? new Set<string>() : null;
  for (let k = 0; k < candidates.left.length; k++) {
    const left = entries[candidates.left[k]!]!.id;
    const right = entries[candidates.right[k]!]!.id;
    const key = pairKey(left, right);
    const known = exact?.get(key);
    if (known) pairs.push(pairScore(left, right, ...(left < right ? known : ([known[1], known[0]] as const))));
    else pairs.push(pairScore(left, right, round(candidates.leftShare[k]!), round(candidates.rightShare[k]!)));
    listed?.add(key);
  }
  if (listed) {
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        if (!listed.has(pairKey(entries[i]!.id, entries[j]!.id)))
          pairs.push(pairScore(entries[i]!.id, entries[j]!.id, 0, 0));
      }
    }
  }
  return sortPairs(pairs);
}

/** Estimates travel as float32; noise beyond a millionth means nothing. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
