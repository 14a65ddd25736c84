/**
 * The candidate search of a ranking, spread over the workers. They learn the folder's chrome
 * together, each for a partition of the paragraph keys; then every worker fingerprints and
 * sketches a range of the articles and writes a part of the index, and while one bands the
 * folder the others sweep ranges of it against the index. The large columns live in shared
 * memory, so a second worker costs no second copy of them. The parts merge into exactly what
 * one search would find.
 */
import { concatColumns } from '../../../shared/corpus/concat-columns';
import { concatFingerprints } from '../../../shared/corpus/rank-pairs';
import {
  concatSketches,
  indexOfPostings,
  mergeFinds,
  type CandidateOptions,
  type Candidates,
  type CorpusFingerprints,
  type CorpusSketches,
  type DirectedFinds,
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

/**
 * Candidates of the fingerprinted folder. Every worker writes a part of the postings; then the
 * last one bands the folder while the others sweep it, in ranges handed out as workers come
 * free, so that banding and the sweep's uneven ranges keep every worker busy to the end.
 */
export async function findCandidatesInWorkers(
  pool: WorkerPool,
  { corpus, sketches }: Pick<Fingerprinted, 'corpus' | 'sketches'>,
  options: Partial<CandidateOptions>,
): Promise<Candidates> {
  const n = corpus.offsets.length - 1;
  const postings = { docs: sharedU32(corpus.fps.length), lists: sharedU32(2 * corpus.fps.length) };
  const parts = pool.size;
  await Promise.all(
    Array.from({ length: parts }, (_, part) =>
      pool.run<IndexReply>(part, { type: 'index', corpus, postings, part, parts }),
    ),
  );
  const index = indexOfPostings(postings, options);
  const ranges = splitRange(n, pool.size * SWEEP_RANGES_PER_WORKER);
  const swept: DirectedFinds[] = new Array<DirectedFinds>(ranges.length);
  let next = 0;
  const sweep = async (worker: number): Promise<void> => {
    while (next < ranges.length) {
      const k = next++;
      const [from, to] = ranges[k]!;
      swept[k] = (await pool.run<FindReply>(worker, { type: 'find', corpus, index, options, from, to })).finds;
    }
  };
  const last = pool.size - 1;
  const near = pool.run<NearReply>(last, { type: 'near', sketches, options });
  near.catch(() => {});
  const banding = near.then(() => sweep(last));
  await Promise.all([banding, ...Array.from({ length: last }, (_, w) => sweep(w))]);
  return mergeFinds([(await near).finds, ...swept], sketches);
}

/** Ranges of the sweep per worker: enough for workers to even out, few enough that each pays for its counting arrays. */
const SWEEP_RANGES_PER_WORKER = 4;

/** [from, to) of `parts` consecutive ranges of about equal size covering 0 … n. */
export function splitRange(n: number, parts: number): [number, number][] {
  return Array.from({ length: parts }, (_, k) => [Math.round((n * k) / parts), Math.round((n * (k + 1)) / parts)]);
}
