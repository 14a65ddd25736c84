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

  return {
    take() {
      const pool = kept ?? start();
      kept = null;
      return pool;
    },
    async give(pool, large) {
      if (!options.keep || kept || !pool.reusable()) return stop(pool);
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
    async close() {
      const pool = kept;
      kept = null;
      if (pool) await stop(await pool);
    },
  };
}
