/**
 * The ranking phase of a corpus: the workers learn the folder's chrome and search for
 * candidates together (search-in-workers.ts), and the candidate pairs with estimated
 * shares are emitted at once as `pairs` (exact: false); then all workers align the
 * candidates and the exact ranking follows (exact: true). Pairs aligned in an earlier
 * ranking of the same corpus keep their scores.
 */
import { KeySet } from '../../../shared/article/key-set';
import type { ArticleSummary } from '../../../shared/article/summarize-article';
import { repairedTitle } from '../../../shared/article/title-hints';
import type { ParagraphPart } from '../../../shared/article/article';
import { partOf, unpackKeysAndParts } from '../../../shared/corpus/article-analysis';
import { corpusScale } from '../../../shared/corpus/corpus-scale';
import { alignCandidates } from './align-candidates';
import { pairKey, rankedPairs, type CorpusEntry } from './corpus-entries';
import type { CorpusEvent } from './corpus-session-types';
import type { WorkerPool } from './worker-pool';
import { findCandidatesInWorkers, learnChromeInWorkers } from './search-in-workers';
import type { LoadReply } from './worker-protocol';

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
  /** Candidates estimated below this stay estimated… */
  alignFloor: number;
  /** …when there are more than this many. */
  alignAllUpTo: number;
  emit: (event: CorpusEvent) => void;
  isCancelled: () => boolean;
}

/** See OpenFolderOptions.alignAllUpTo. */
export const DEFAULT_ALIGN_ALL_UP_TO = 2000;

export async function rankCorpus(job: RankJob): Promise<void> {
  const { entries, pool, emit } = job;
  emit({ type: 'progress', phase: 'ranking', done: 0, total: 1 });
  const scale = corpusScale(entries.length);
  const { chrome, fingerprinted } = await learnChromeInWorkers(pool, entries);
  if (job.isCancelled()) return;
  job.state.chrome = chrome;
  const fingerprints = await fingerprinted;
  if (job.isCancelled()) return;
  // The workers search while this thread re-titles the list.
  const searching = findCandidatesInWorkers(pool, fingerprints, scale.candidates);
  searching.catch(() => {});
  await showChrome(job, chrome, fingerprints.retitle);
  const candidates = await searching;
  if (job.isCancelled()) return;
  emit({ type: 'progress', phase: 'ranking', done: 1, total: 1 });

  const todo: number[] = [];
  const estimates: number[] = [];
  // Pair keys are only needed to find pairs aligned before (a fresh open has none).
  const known = job.state.exact.size > 0;
  const floor = candidates.left.length <= job.alignAllUpTo ? 0 : job.alignFloor;
  for (let k = 0; k < candidates.left.length; k++) {
    const estimate = Math.max(candidates.leftShare[k]!, candidates.rightShare[k]!);
    if (estimate < floor) continue;
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
 * Titles without the learned chrome: which may change comes from the workers (chromeEffect),
 * the titles from the hints (title-hints.ts); only a repair the hints cannot make reads
 * articles again. Every other summary is shown as read.
 */
async function showChrome(job: RankJob, learned: Float64Array, retitle: Uint8Array): Promise<void> {
  const chrome = new KeySet(learned);
  const changed = new Map<string, ArticleSummary>();
  const reload: number[] = [];
  job.entries.forEach((entry, k) => {
    const { summary } = entry;
    let title: string | null = summary.title;
    if (retitle[k] === 1) {
      const analysis = unpackKeysAndParts(entry.analysis);
      const marks = new Array<boolean>(analysis.keys.length);
      const parts = new Array<ParagraphPart>(analysis.keys.length);
      for (let p = 0; p < marks.length; p++) {
        marks[p] = chrome.has(analysis.keys[p]!);
        parts[p] = partOf(analysis, p);
      }
      title = repairedTitle(summary.title, parts, marks, entry.titleHints);
      if (title === null) reload.push(k);
    }
    const shown = title === null || title === summary.title ? summary : { ...summary, title };
    if (shown.title !== entry.shown.title) changed.set(entry.id, shown);
    entry.shown = shown;
  });
  if (reload.length > 0) {
    // A few articles, on the last worker between its part of the index and its banding.
    const loaded = await job.pool.run<LoadReply>(job.pool.size - 1, {
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
