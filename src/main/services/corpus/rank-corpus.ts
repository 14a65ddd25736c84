/**
 * The ranking phase of a corpus: one worker learns the folder's chrome and fingerprints the
 * articles, all workers share the candidate search, and the candidate pairs with estimated
 * shares are emitted at once as `pairs` (exact: false); then all workers align the
 * candidates and the exact ranking follows (exact: true). Pairs aligned in an earlier
 * ranking of the same corpus keep their scores.
 */
import type { ArticleSummary } from '../../../shared/article/summarize-article';
import { repairedTitle } from '../../../shared/article/title-hints';
import { partOf, unpackAnalysis } from '../../../shared/corpus/article-analysis';
import { corpusScale } from '../../../shared/corpus/corpus-scale';
import {
  mergeFinds,
  type CandidateOptions,
  type Candidates,
  type CorpusFingerprints,
} from '../../../shared/corpus/find-candidates';
import { alignCandidates } from './align-candidates';
import { packEntries, pairKey, rankedPairs, type CorpusEntry } from './corpus-entries';
import type { CorpusEvent } from './corpus-session-types';
import type { WorkerPool } from './worker-pool';
import type { FindReply, FingerprintReply, LoadReply } from './worker-protocol';

export interface RankState {
  /** Key hashes of the folder's chrome paragraphs (empty until ranked). */
  chrome: Float64Array;
  /** Exact shares by pairKey: [share of the smaller id, share of the larger id]. */
  exact: Map<string, [number, number]>;
}

export interface RankJob {
  pool: WorkerPool;
  entries: CorpusEntry[];
  state: RankState;
  cacheFolder: string | null;
  exact: boolean;
  /** Candidates estimated below this stay estimated. */
  alignFloor: number;
  emit: (event: CorpusEvent) => void;
  isCancelled: () => boolean;
}

export async function rankCorpus(job: RankJob): Promise<void> {
  const { entries, pool, emit } = job;
  emit({ type: 'progress', phase: 'ranking', done: 0, total: 1 });
  const scale = corpusScale(entries.length);
  const packed = packEntries(entries);
  const fingerprinted = await pool.run<FingerprintReply>(
    0,
    {
      type: 'fingerprint',
      analyses: packed.analyses,
      offsets: packed.offsets,
      outlets: entries.map((e) => e.summary.outlet),
    },
    [packed.analyses.buffer],
  );
  if (job.isCancelled()) return;
  const { chrome } = fingerprinted;
  job.state.chrome = chrome;
  // The workers search while this thread re-titles the list.
  const searching = findInParallel(pool, fingerprinted.corpus, scale.candidates);
  searching.catch(() => {});
  await showChrome(job, chrome);
  const candidates = await searching;
  if (job.isCancelled()) return;
  emit({ type: 'progress', phase: 'ranking', done: 1, total: 1 });

  const todo: number[] = [];
  const estimates: number[] = [];
  // Pair keys are only needed to find pairs aligned before (a fresh open has none).
  const known = job.state.exact.size > 0;
  for (let k = 0; k < candidates.left.length; k++) {
    const estimate = Math.max(candidates.leftShare[k]!, candidates.rightShare[k]!);
    if (estimate < job.alignFloor) continue;
    if (known && job.state.exact.has(pairKey(entries[candidates.left[k]!]!.id, entries[candidates.right[k]!]!.id)))
      continue;
    todo.push(candidates.left[k]!, candidates.right[k]!);
    estimates.push(estimate);
  }
  const complete = todo.length === 0;
  emit({
    type: 'pairs',
    pairs: rankedPairs(entries, candidates, job.state.exact, scale.listAllPairs),
    exact: complete,
  });
  if (complete || !job.exact) return;

  const aligned = await alignCandidates({
    pool,
    entries,
    pairs: Uint32Array.from(todo),
    estimates: Float32Array.from(estimates),
    chrome,
    cacheDir: job.cacheFolder,
    onProgress: (done, total) => emit({ type: 'progress', phase: 'aligning', done, total }),
    isCancelled: job.isCancelled,
  });
  if (job.isCancelled()) return;
  for (const [key, shares] of aligned) job.state.exact.set(key, shares);
  emit({ type: 'pairs', pairs: rankedPairs(entries, candidates, job.state.exact, scale.listAllPairs), exact: true });
}

/**
 * Summaries without the learned chrome: words from the analyses, titles from the hints
 * (title-hints.ts); only a repair the hints cannot make reads articles again.
 */
async function showChrome(job: RankJob, learned: Float64Array): Promise<void> {
  const chrome = new Set(learned);
  const changed = new Map<string, ArticleSummary>();
  const reload: number[] = [];
  job.entries.forEach((entry, k) => {
    const analysis = unpackAnalysis(entry.analysis);
    // Most articles hold no chrome: they show their summary as read.
    if (!analysis.keys.some((key) => chrome.has(key))) {
      const { shown, summary } = entry;
      if (shown.words !== summary.words || shown.title !== summary.title) changed.set(entry.id, summary);
      entry.shown = entry.summary;
      return;
    }
    const marks = Array.from(analysis.keys, (key) => chrome.has(key));
    let words = 0;
    marks.forEach((marked, p) => (words += marked ? 0 : analysis.words[p]!));
    const parts = Array.from(analysis.parts, (_, p) => partOf(analysis, p));
    const title = repairedTitle(entry.summary.title, parts, marks, entry.titleHints);
    if (title === null) reload.push(k);
    const shown =
      words === entry.summary.words && (title === null || title === entry.summary.title)
        ? entry.summary
        : { ...entry.summary, words, title: title ?? entry.summary.title };
    if (shown.words !== entry.shown.words || shown.title !== entry.shown.title) changed.set(entry.id, shown);
    entry.shown = shown;
  });
  if (reload.length > 0) {
    const loaded = await job.pool.run<LoadReply>(0, {
      type: 'load',
      cacheDir: job.cacheFolder,
      chrome: learned,
      sources: reload.map((k) => job.entries[k]!.source),
      summariesOnly: true,
    });
    loaded.summaries.forEach((summary, r) => {
      const entry = job.entries[reload[r]!]!;
      if (!summary || summary.title === entry.shown.title) return;
      entry.shown = { ...entry.shown, title: summary.title };
      changed.set(entry.id, entry.shown);
    });
  }
  if (changed.size > 0 && !job.isCancelled()) job.emit({ type: 'articles', articles: [...changed.values()] });
}

/**
 * Every worker that shares the search builds the postings of the whole folder (about 30
 * bytes per fingerprint at its peak): above this many fingerprints (some 40,000 articles)
 * one worker searches alone, so that 100,000 articles stay within 1.5 GB.
 */
const SPLIT_FIND_LIMIT = 4_000_000;

/**
 * The candidate search split over the workers: each sweeps a range of articles (and builds
 * the postings of the whole folder for it); the first also bands the folder, so it takes a
 * smaller range. The parts merge here into exactly what one search would give.
 */
async function findInParallel(
  pool: WorkerPool,
  corpus: CorpusFingerprints,
  options: Partial<CandidateOptions>,
): Promise<Candidates> {
  const n = corpus.offsets.length - 1;
  const workers = corpus.fps.length <= SPLIT_FIND_LIMIT ? pool.size : 1;
  const weights = Array.from({ length: workers }, (_, w) => (w === 0 ? 1 : 2));
  const total = weights.reduce((a, b) => a + b, 0);
  let from = 0;
  let weight = 0;
  const parts = weights.map((own, w) => {
    weight += own;
    const to = w === weights.length - 1 ? n : Math.round((n * weight) / total);
    const request = { type: 'find' as const, corpus, options, from, to, bands: w === 0 };
    from = to;
    return pool.run<FindReply>(w, request);
  });
  const replies = await Promise.all(parts);
  return mergeFinds(
    replies.map((reply) => reply.finds),
    replies[0]!.sketches!,
  );
}
