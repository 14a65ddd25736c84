/**
 * The reading phase of a corpus: listed paths go to the workers in batches (two in flight
 * per worker, so none waits for the session), which check the cache, read, clean and
 * analyse; results stream back as entries while the rest is still being read.
 */
import type { ReadError } from '../../../shared/article/article';
import type { CacheEntry } from './corpus-cache';
import { entryFromCache, type CorpusEntry } from './corpus-entries';
import type { WorkerPool } from './worker-pool';
import type { KnownFile, ReadReply } from './worker-protocol';

export interface ReadJob {
  pool: WorkerPool;
  paths: readonly string[];
  /** The cache index of this root (empty without a cache). */
  known: ReadonlyMap<string, CacheEntry>;
  window: number;
  cacheFolder: string | null;
  maxBytes?: number;
  onEntries: (entries: CorpusEntry[]) => void;
  onErrors: (errors: ReadError[]) => void;
  onProgress: (done: number, total: number) => void;
  /** A source file was read (not taken from the cache). */
  onFileRead?: (path: string) => void;
  isCancelled: () => boolean;
}

/** Entries by path index (null for files that could not be read). */
export async function readCorpusFiles(job: ReadJob): Promise<(CorpusEntry | null)[]> {
  const total = job.paths.length;
  const entries: (CorpusEntry | null)[] = new Array(total).fill(null);
  // Small folders fill the list a few files at a time; large ones amortise the messages.
  const batch = total <= 2000 ? 16 : 64;
  let next = 0;
  let done = 0;
  const loop = async (worker: number) => {
    while (next < total && !job.isCancelled()) {
      const from = next;
      next = Math.min(total, next + batch);
      const paths = job.paths.slice(from, next);
      const known = paths.map((path) => knownFile(job.known.get(path), job.window));
      const reply = await job.pool.run<ReadReply>(worker, {
        type: 'read',
        paths,
        known,
        window: job.window,
        maxBytes: job.maxBytes,
        cacheDir: job.cacheFolder,
      });
      if (job.isCancelled()) return;
      const fresh: CorpusEntry[] = [];
      const errors: ReadError[] = [];
      reply.items.forEach((item, k) => {
        if (item.kind === 'error') {
          // A symlink to a folder is a folder we do not follow, not a broken file.
          if (item.error.message !== 'is a folder') errors.push(item.error);
          return;
        }
        const entry =
          item.kind === 'unchanged'
            ? entryFromCache(job.known.get(item.path)!)
            : {
                id: item.summary.id,
                summary: item.summary,
                shown: item.summary,
                analysis: new Uint8Array(reply.analyses, item.analysis[0], item.analysis[1]),
                source: { path: item.path, ref: item.ref },
                titleHints: item.titleHints,
              };
        if (item.kind === 'article' && item.fromFile) job.onFileRead?.(item.path);
        entries[from + k] = entry;
        fresh.push(entry);
      });
      done += paths.length;
      if (fresh.length > 0) job.onEntries(fresh);
      if (errors.length > 0) job.onErrors(errors);
      job.onProgress(done, total);
    }
  };
  await Promise.all(Array.from({ length: job.pool.size * 2 }, (_, i) => loop(i % job.pool.size)));
  return entries;
}

function knownFile(cached: CacheEntry | undefined, window: number): KnownFile | null {
  if (!cached) return null;
  return { size: cached.size, mtimeMs: cached.mtimeMs, ref: cached.ref, analysisValid: cached.window === window };
}
