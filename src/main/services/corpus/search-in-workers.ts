/**
 * The candidate search of a ranking, spread over the workers. One worker learns the folder's
 * chrome (it needs every article at once); then every worker fingerprints a range of the
 * articles, one indexes the folder while another bands it, and every worker sweeps a range
 * against the one index. The large columns live in shared memory, so a second worker costs
 * no second copy of them. The parts merge into exactly what one search would find.
 */
import { concatFingerprints } from '../../../shared/corpus/rank-pairs';
import {
  mergeFinds,
  type CandidateOptions,
  type Candidates,
  type CorpusFingerprints,
} from '../../../shared/corpus/find-candidates';
import { shareEntries, type CorpusEntry } from './corpus-entries';
import { sharedU32 } from './shared-memory';
import type { WorkerPool } from './worker-pool';
import type { ChromeReply, FindReply, FingerprintReply, IndexReply, NearReply } from './worker-protocol';

export interface ChromeLearned {
  chrome: Float64Array;
  /** The fingerprints without the chrome, and what it does to each summary, being computed by the workers. */
  fingerprinted: Promise<Fingerprinted>;
}

export interface Fingerprinted {
  corpus: CorpusFingerprints;
  /** Per article: words without the chrome… */
  words: Uint32Array;
  /** …and 0: no chrome, 1: chrome but the title stays, 2: the title must be worked out again. */
  effect: Uint8Array;
}

/**
 * The folder's chrome, learned by one worker from the analyses where they are (shared
 * memory, see shareEntries); the fingerprints are then requested from all workers at once.
 */
export async function learnChromeInWorker(pool: WorkerPool, entries: readonly CorpusEntry[]): Promise<ChromeLearned> {
  const analyses = shareEntries(entries);
  const outlets = entries.map((e) => e.summary.outlet);
  // The last worker learns: the first builds the index later, and the two peaks of memory
  // should not fall on one heap.
  const { chrome } = await pool.run<ChromeReply>(pool.size - 1, { type: 'chrome', analyses, outlets });
  const parts = splitRange(entries.length, pool.size).map(([from, to], w) =>
    pool.run<FingerprintReply>(w, { type: 'fingerprint', analyses, chrome, from, to }),
  );
  const fingerprinted = Promise.all(parts).then((replies) => ({
    corpus: concatFingerprints(
      replies.map((reply) => reply.corpus),
      sharedU32,
    ),
    words: concatColumns(
      replies.map((reply) => reply.words),
      Uint32Array,
    ),
    effect: concatColumns(
      replies.map((reply) => reply.effect),
      Uint8Array,
    ),
  }));
  fingerprinted.catch(() => {});
  return { chrome, fingerprinted };
}

/** Candidates of the fingerprinted folder: one worker indexes it while another bands it, then all sweep. */
export async function findCandidatesInWorkers(
  pool: WorkerPool,
  corpus: CorpusFingerprints,
  options: Partial<CandidateOptions>,
): Promise<Candidates> {
  const n = corpus.offsets.length - 1;
  const near = pool.run<NearReply>(pool.size - 1, { type: 'near', corpus, options });
  near.catch(() => {});
  const { index } = await pool.run<IndexReply>(0, { type: 'index', corpus, options });
  const finds = await Promise.all(
    splitRange(n, pool.size).map(([from, to], w) =>
      pool.run<FindReply>(w, { type: 'find', corpus, index, options, from, to }),
    ),
  );
  const banded = await near;
  return mergeFinds([banded.finds, ...finds.map((part) => part.finds)], banded.sketches);
}

function concatColumns<T extends Uint8Array | Uint32Array>(parts: readonly T[], Column: new (length: number) => T): T {
  const out = new Column(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** [from, to) of `parts` consecutive ranges of about equal size covering 0 … n. */
export function splitRange(n: number, parts: number): [number, number][] {
  return Array.from({ length: parts }, (_, k) => [Math.round((n * k) / parts), Math.round((n * (k + 1)) / parts)]);
}
