/**
 * Keeps the corpus workers between opens. Starting threads and teaching the JIT the reading
 * code cost more than a second of a 10,000-article scan, so the app starts its pool at launch,
 * warms it on a few files (the demo corpus) and lends it to each open in turn. A pool comes
 * back reset; one that is busy or broken (cancelled, crashed) is stopped, and the next open
 * starts another.
 */
import { startWorkerPool, type SpawnWorker, type WorkerPool } from './worker-pool';

export interface WorkerPoolKeeper {
  /** The kept pool, else a new one. */
  take(): Promise<WorkerPool>;
  /** Back after an open: kept (reset, its memory collected after a large corpus), or stopped. */
  give(pool: WorkerPool, large: boolean): Promise<void>;
  /** Starts the pool now and has every worker read these files (when listed) a few times. */
  warm(paths: readonly string[] | Promise<readonly string[]>): Promise<void>;
  /**
   * Lends the pool to `step` (a warm-up open) up to `steps` times while no open asks for it;
   * when an open has the kept pool, the steps run on a pool of their own, which is kept after.
   * An open that asks meanwhile ends the warm-up: it takes a pool given back since and the step
   * is aborted (its pool stopped), or else it waits for the step under way. `signal` ends it too.
   */
  lendWhileIdle(
    step: (lent: WorkerPoolKeeper, signal: AbortSignal) => Promise<void>,
    steps: number,
    signal?: AbortSignal,
  ): Promise<void>;
  /** Stops the kept pool (the app is quitting). */
  close(): Promise<void>;
}

export interface KeeperOptions {
  spawn?: SpawnWorker;
  /** False: every pool is stopped when given back (a session on its own, as before keepers). */
  keep: boolean;
}

/** Reads per worker while warming: enough for the optimising compiler to take the hot loops. */
const WARM_READS = 200;

export function createWorkerPoolKeeper(count: number, options: KeeperOptions): WorkerPoolKeeper {
  let kept: Promise<WorkerPool> | null = null;
  const start = () => startWorkerPool(count, options.spawn);
  const stop = (pool: WorkerPool) => pool.terminate().catch(() => undefined);
  /** The warm-up step that has a pool, and whether an open has asked for one since. */
  let lending: Promise<void> | null = null;
  let asked = false;
  let stepAborter = new AbortController();
  /** Closed (the app quits): a pool given back now, by a warm-up step still under way, is stopped. */
  let closed = false;
  const takeKept = () => {
    const pool = kept ?? start();
    kept = null;
    return pool;
  };

  /**
   * A pool back from a warm-up step is the one the JIT knows best: it is kept (reset, as after
   * any open) even over a pool that an open gave back meanwhile, which is stopped.
   */
  async function keepWarmest(pool: WorkerPool, aborted: boolean): Promise<void> {
    const previous = kept;
    // Aborted, it knows less than the pool that took its place.
    if (aborted || closed || !pool.reusable()) return stop(pool);
    kept = null;
    await keeper.give(pool, false);
    if (previous) await stop(await previous);
  }

  const keeper: WorkerPoolKeeper = {
    take() {
      if (!lending) return takeKept();
      asked = true;
      // A pool is free (the open before gave it back): no reason to wait for the step.
      if (kept) {
        stepAborter.abort();
        return takeKept();
      }
      return lending.then(() => keeper.take());
    },
    async give(pool, large) {
      if (!options.keep || closed || kept || !pool.reusable()) return stop(pool);
      const resetting = Promise.all(
        Array.from({ length: pool.size }, (_, w) => pool.run(w, { type: 'reset', collect: large })),
      ).then(
        () => pool,
        async () => {
          await stop(pool);
          return start();
        },
      );
      kept = resetting;
      await resetting;
    },
    async warm(listing) {
      if (!options.keep) return;
      // Started before the files are listed: an open that comes first takes this pool.
      const starting = (kept ??= start());
      const [pool, paths] = await Promise.all([starting, listing]);
      if (paths.length === 0) return;
      const rounds = Math.max(1, Math.round(WARM_READS / paths.length));
      // Each worker warms only while idle: its first real request ends the warming (corpus-worker-tasks.ts).
      await Promise.all(
        Array.from({ length: pool.inThread ? 0 : pool.size }, (_, w) =>
          pool.run(w, { type: 'warm', paths: [...paths], rounds }).catch(() => undefined),
        ),
      );
    },
    async lendWhileIdle(step, steps, signal) {
      if (!options.keep || closed || lending) return;
      asked = false;
      const abortStep = () => stepAborter.abort();
      signal?.addEventListener('abort', abortStep);
      for (let done = 0; done < steps && !asked && !closed && !signal?.aborted; done++) {
        // The kept pool, or a pool of its own while an open has that one (the demo corpus at launch).
        const taking = takeKept();
        const aborter = (stepAborter = new AbortController());
        lending = (async () => {
          const pool = await taking;
          try {
            await step(lentPool(pool), aborter.signal);
          } finally {
            await keepWarmest(pool, aborter.signal.aborted);
          }
        })().catch(() => undefined);
        await lending;
        lending = null;
      }
      signal?.removeEventListener('abort', abortStep);
    },
    async close() {
      closed = true;
      const pool = kept;
      kept = null;
      if (pool) await stop(await pool);
    },
  };
  return keeper;
}

/** A keeper that only lends `pool` (to a warm-up session): the lender takes it back itself. */
function lentPool(pool: WorkerPool): WorkerPoolKeeper {
  return {
    take: () => Promise.resolve(pool),
    give: () => Promise.resolve(),
    warm: () => Promise.resolve(),
    lendWhileIdle: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}
