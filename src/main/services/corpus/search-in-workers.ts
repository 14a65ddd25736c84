/**
 * The candidate search of a ranking, spread over the workers. They learn the folder's chrome
 * together, each for a partition of the paragraph keys; then every worker fingerprints and
 * sketches a range of the articles, one indexes the folder while another bands it, and every
 * worker sweeps a range against the one index. The large columns live in shared memory, so a second worker costs
 * no second copy of them. The parts merge into exactly what one search would find.
 */
import { concatColumns } from '../../../shared/corpus/concat-columns';
import { concatFingerprints } from '../../../shared/corpus/rank-pairs';
import {
  concatSketches,
  mergeFinds,
  type CandidateOptions,
  type Candidates,
  type CorpusFingerprints,
  type CorpusSketches,
} from '../../../shared/corpus/find-candidates';
import { shareEntries, sharedParagraphCount, type CorpusEntry } from './corpus-entries';
import { sharedBytes, sharedU32 } from './shared-memory';
import type { WorkerPool } from './worker-pool';
import type { ChromeReply, FindReply, FingerprintReply, IndexReply, NearReply } from './worker-protocol';

export interface ChromeLearned {
  chrome: Float64Array;
  /** The fingerprints without the chrome, and what it does to each summary, being computed by the workers. */
  fingerprinted: Promise<Fingerprinted>;
}

export interface Fingerprinted {
  corpus: CorpusFingerprints;
  /** Per article: 1 when the chrome took its title, which must be worked out again (see chromeEffect). */
  retitle: Uint8Array;
  /** Made by the workers that fingerprint, so that banding only bands. */
  sketches: CorpusSketches;
}

/**
 * The folder's chrome, learned by all workers from the analyses where they are (shared
 * memory, see shareEntries); the fingerprints are then requested from all workers at once.
 */
export async function learnChromeInWorkers(pool: WorkerPool, entries: readonly CorpusEntry[]): Promise<ChromeLearned> {
  const analyses = shareEntries(entries);
  const outlets = entries.map((e) => e.summary.outlet);
  const storyFlags = sharedBytes(sharedParagraphCount(analyses));
  const arrived = new Int32Array(new SharedArrayBuffer(4));
  const parts = pool.size;
  const learned = await Promise.all(
    Array.from({ length: parts }, (_, part) =>
      pool.run<ChromeReply>(part, { type: 'chrome', analyses, outlets, part, parts, storyFlags, arrived }),
    ),
  );
  const chrome = concatColumns(
    learned.map((reply) => reply.chrome),
    Float64Array,
  );
  const ranges = splitRange(entries.length, pool.size).map(([from, to], w) =>
    pool.run<FingerprintReply>(w, { type: 'fingerprint', analyses, chrome, from, to }),
  );
  const fingerprinted = Promise.all(ranges).then((replies) => ({
    corpus: concatFingerprints(
      replies.map((reply) => reply.corpus),
      sharedU32,
    ),
    retitle: concatColumns(
      replies.map((reply) => reply.retitle),
      Uint8Array,
    ),
    sketches: concatSketches(
      replies.map((reply) => reply.sketches),
      sharedU32,
    ),
  }));
  fingerprinted.catch(() => {});
  return { chrome, fingerprinted };
}

/** Candidates of the fingerprinted folder: one worker indexes it while another bands it, then all sweep. */
export async function findCandidatesInWorkers(
  pool: WorkerPool,
  { corpus, sketches }: Pick<Fingerprinted, 'corpus' | 'sketches'>,
  options: Partial<CandidateOptions>,
): Promise<Candidates> {
  const n = corpus.offsets.length - 1;
  const near = pool.run<NearReply>(pool.size - 1, { type: 'near', sketches, options });
  near.catch(() => {});
  const { index } = await pool.run<IndexReply>(0, { type: 'index', corpus, options });
  const finds = await Promise.all(
    splitRange(n, pool.size).map(([from, to], w) =>
      pool.run<FindReply>(w, { type: 'find', corpus, index, options, from, to }),
    ),
  );
  const banded = await near;
  return mergeFinds([banded.finds, ...finds.map((part) => part.finds)], sketches);
}

/** [from, to) of `parts` consecutive ranges of about equal size covering 0 … n. */
export function splitRange(n: number, parts: number): [number, number][] {
  return Array.from({ length: parts }, (_, k) => [Math.round((n * k) / parts), Math.round((n * (k + 1)) / parts)]);
}
