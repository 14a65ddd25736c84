/**
 * The open corpus as the session holds it: per article a summary, its packed analysis and
 * where the full text can be had again (cache range, file, or the dropped article itself).
 * Full articles stay out of memory; what ranking needs is compact.
 */
import type { ArticleSummary } from '../../../shared/article/summarize-article';
import type { PairScore } from '../../../shared/comparison/comparison-types';
import type { ParagraphKeyColumns } from '../../../shared/article/flatten-paragraph-keys';
import { packedKeysAt } from '../../../shared/corpus/article-analysis';
import type { Candidates } from '../../../shared/corpus/find-candidates';
import { pairScore, sortPairs } from '../../../shared/corpus/pair-scores';
import type { CacheEntry } from './corpus-cache';
import { sharedConcat, sharedF64, sharedU32 } from './shared-memory';
import type { ArticleSource, SharedAnalyses } from './worker-protocol';

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

/**
 * Where every entry's analysis is, for workers to read in place: analyses read by workers
 * already live in shared memory (a segment per batch); the others (from the cache, dropped
 * texts) are copied into one more segment. No copy of the whole folder is made.
 */
export function shareEntries(entries: readonly CorpusEntry[]): SharedAnalyses {
  const n = entries.length;
  const segmentOf = sharedU32(n);
  const offsets = sharedF64(n);
  const lengths = sharedU32(n);
  const segments: SharedArrayBuffer[] = [];
  const numbers = new Map<SharedArrayBuffer, number>();
  const unshared: number[] = [];
  entries.forEach(({ analysis }, k) => {
    lengths[k] = analysis.length;
    if (!(analysis.buffer instanceof SharedArrayBuffer)) {
      unshared.push(k);
      return;
    }
    let number = numbers.get(analysis.buffer);
    if (number === undefined) {
      number = segments.push(analysis.buffer) - 1;
      numbers.set(analysis.buffer, number);
    }
    segmentOf[k] = number;
    offsets[k] = analysis.byteOffset;
  });
  if (unshared.length > 0) {
    const extra = sharedConcat(unshared.map((k) => entries[k]!.analysis));
    const number = segments.push(extra.segment) - 1;
    unshared.forEach((k, u) => {
      segmentOf[k] = number;
      offsets[k] = extra.offsets[u]!;
    });
  }
  return { segments, segmentOf, offsets, lengths };
}

/** Entry k's packed analysis, where shareEntries put it. */
export function analysisAt(analyses: SharedAnalyses, k: number): Uint8Array {
  return new Uint8Array(analyses.segments[analyses.segmentOf[k]!]!, analyses.offsets[k]!, analyses.lengths[k]!);
}

/**
 * The paragraph keys of all shared analyses, read in place through one pair of views per
 * segment (see packedKeysAt): chrome learning reads the whole folder this way.
 */
export function sharedKeyColumns(analyses: SharedAnalyses, outlets: readonly (string | null)[]): ParagraphKeyColumns {
  const words = wordViews(analyses);
  const doubles = analyses.segments.map((segment) => new Float64Array(segment));
  const { segmentOf, offsets } = analyses;
  return {
    articles: segmentOf.length,
    paragraphs: sharedParagraphCount(analyses, words),
    outlet: (k) => outlets[k] ?? null,
    copy(k, keys, lengths, at) {
      const segment = segmentOf[k]!;
      const from = packedKeysAt(words[segment]!, offsets[k]!);
      const segmentKeys = doubles[segment]!;
      const segmentWords = words[segment]!;
      for (let i = 0; i < from.count; i++) {
        keys[at + i] = segmentKeys[from.keys + i]!;
        lengths[at + i] = segmentWords[from.lengths + i]!;
      }
      return from.count;
    },
  };
}

/** Compared paragraphs of all shared analyses: each packed analysis starts with its count. */
export function sharedParagraphCount(analyses: SharedAnalyses, words = wordViews(analyses)): number {
  const { segmentOf, offsets } = analyses;
  let paragraphs = 0;
  for (let k = 0; k < segmentOf.length; k++) paragraphs += words[segmentOf[k]!]![offsets[k]! >> 2]!;
  return paragraphs;
}

/** One 32-bit view per segment, which every analysis in it is read through. */
function wordViews(analyses: SharedAnalyses): Uint32Array[] {
  return analyses.segments.map((segment) => new Uint32Array(segment));
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
  // Keys only where they are looked up: a fresh ranking of 100k articles has no exact pairs yet.
  const keyed = listed !== null || (exact !== null && exact.size > 0);
  for (let k = 0; k < candidates.left.length; k++) {
    const left = entries[candidates.left[k]!]!.id;
    const right = entries[candidates.right[k]!]!.id;
    const key = keyed ? pairKey(left, right) : '';
    const known = keyed ? exact?.get(key) : undefined;
    if (known) pairs.push(pairScore(left, right, ...(left < right ? known : ([known[1], known[0]] as const))));
    else {
      const pair = pairScore(left, right, round(candidates.leftShare[k]!), round(candidates.rightShare[k]!));
      pair.estimated = true;
      pairs.push(pair);
    }
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
