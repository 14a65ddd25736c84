/**
 * Exact alignment of candidate pairs across the worker pool. Pairs are grouped by cluster
 * (connected candidates), so a worker prepares each article of a story once and then finds
 * it in its cache; each worker takes a contiguous share of the clusters.
 */
import { sortByKey } from '../../../shared/comparison/sort-by-key';
import { pairKey, type CorpusEntry } from './corpus-entries';
import type { WorkerPool } from './worker-pool';
import type { AlignReply, ArticleSource } from './worker-protocol';

const BATCH_PAIRS = 256;

export interface AlignJob {
  pool: WorkerPool;
  entries: readonly CorpusEntry[];
  /** Pairs to align as article indices, [i0, j0, i1, j1, …]. */
  pairs: Uint32Array;
  /** Estimated score per pair: strong pairs define the clusters that order the work. */
  estimates: Float32Array;
  chrome: Float64Array;
  cacheDir: string | null;
  onProgress: (done: number, total: number) => void;
  isCancelled: () => boolean;
}

/** Exact shares by pairKey: [share of the smaller id, share of the larger id]. */
export async function alignCandidates(job: AlignJob): Promise<Map<string, [number, number]>> {
  const total = job.pairs.length / 2;
  const order = clusterOrder(job.pairs, job.estimates, job.entries.length);
  const results = new Map<string, [number, number]>();
  let done = 0;
  const chunks = splitEvenly(order, job.pool.size);
  await Promise.all(
    chunks.map(async (chunk, worker) => {
      const sent = new Set<number>();
      for (let start = 0; start < chunk.length && !job.isCancelled(); start += BATCH_PAIRS) {
        const batch = chunk.subarray(start, start + BATCH_PAIRS);
        const pairs = new Uint32Array(batch.length * 2);
        const sources: Record<number, ArticleSource> = {};
        batch.forEach((p, b) => {
          const i = job.pairs[2 * p]!;
          const j = job.pairs[2 * p + 1]!;
          pairs[2 * b] = i;
          pairs[2 * b + 1] = j;
          for (const index of [i, j]) {
            if (sent.has(index)) continue;
            sent.add(index);
            sources[index] = job.entries[index]!.source;
          }
        });
        const reply = await job.pool.run<AlignReply>(
          worker,
          { type: 'align', cacheDir: job.cacheDir, chrome: start === 0 ? job.chrome : undefined, sources, pairs },
          [pairs.buffer],
        );
        batch.forEach((p, b) => {
          const left = job.entries[job.pairs[2 * p]!]!.id;
          const right = job.entries[job.pairs[2 * p + 1]!]!.id;
          const shares: [number, number] = [reply.shares[2 * b]!, reply.shares[2 * b + 1]!];
          results.set(pairKey(left, right), left < right ? shares : [shares[1], shares[0]]);
        });
        done += batch.length;
        job.onProgress(done, total);
      }
    }),
  );
  return results;
}

/** Pairs this likely to be copies make the clusters; weaker ones only join them up. */
const STRONG = 0.3;

/**
 * Pair numbers ordered so that a worker meets each article in a short stretch of pairs:
 * clusters of strong pairs (a story's copies) one after the other, then the weak pairs
 * sorted by the clusters they join. Stock phrases link a whole folder into one component,
 * so components of all pairs would not help.
 */
function clusterOrder(pairs: Uint32Array, estimates: Float32Array, articles: number): Uint32Array {
  const parent = Uint32Array.from({ length: articles }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[i] !== root) [i, parent[i]] = [parent[i]!, root];
    return root;
  };
  const count = pairs.length / 2;
  for (let p = 0; p < count; p++) {
    if (estimates[p]! < STRONG) continue;
    const a = find(pairs[2 * p]!);
    const b = find(pairs[2 * p + 1]!);
    if (a !== b) parent[b] = a;
  }
  // Key: strong pairs by their cluster; weak ones after all strong ones, by (smaller, larger) cluster.
  const high = new Uint32Array(count);
  const low = new Uint32Array(count);
  for (let p = 0; p < count; p++) {
    const a = find(pairs[2 * p]!);
    const b = find(pairs[2 * p + 1]!);
    const strong = estimates[p]! >= STRONG;
    high[p] = strong ? 0 : 1 + Math.min(a, b);
    low[p] = strong ? a : Math.max(a, b);
  }
  const order = Uint32Array.from({ length: count }, (_, p) => p);
  const byLow = sortByKey(low, order).values;
  const highKeys = Uint32Array.from(byLow, (p) => high[p]!);
  return sortByKey(highKeys, byLow.slice()).values;
}

/** Contiguous chunks of about equal size. */
function splitEvenly(order: Uint32Array, parts: number): Uint32Array[] {
  const size = Math.ceil(order.length / parts);
  return Array.from({ length: parts }, (_, i) => order.subarray(i * size, (i + 1) * size)).filter((c) => c.length);
}
