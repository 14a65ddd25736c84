/**
 * The corpus session (see corpus-session-types.ts): list → read in workers (streaming
 * summaries, using the cache) → learn folder chrome and find candidates in a worker
 * (estimated pairs) → align candidates in the workers (exact pairs). Cancelling terminates
 * the workers at once. Plain Node, no Electron: the app, the browser host and the CLI share it.
 */
import { mkdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Article } from '../../../shared/article/article';
import { summarizeArticle } from '../../../shared/article/summarize-article';
import { titleHintsOf } from '../../../shared/article/title-hints';
import { analyseArticle, packAnalysis } from '../../../shared/corpus/article-analysis';
import { corpusScale } from '../../../shared/corpus/corpus-scale';
import { listArticleFiles } from '../walk-folder';
import { corpusCacheFolder, loadCacheIndex, writeCacheIndex, type CacheEntry } from './corpus-cache';
import { collectGarbage } from './collect-garbage';
import { makeOwnTempFolder } from './own-temp-folder';
import { forgetAtExit } from './remove-at-exit';
import { cacheEntryOf, type CorpusEntry } from './corpus-entries';
import type { CorpusEvent, CorpusSession } from './corpus-session-types';
import { loadArticles } from './load-articles';
import { DEFAULT_ALIGN_ALL_UP_TO, rankCorpus, type RankState } from './rank-corpus';
import { readCorpusFiles } from './read-corpus-files';
import type { SpawnWorker, WorkerPool } from './worker-pool';
import { createWorkerPoolKeeper, type WorkerPoolKeeper } from './worker-pool-keeper';

export interface CorpusSessionOptions {
  /** Worker threads (default: defaultWorkerCount()); 0 runs everything in this thread. */
  workers?: number;
  /** Called for every source file actually read (not taken from the cache). */
  onFileRead?: (path: string) => void;
  /** Creates worker threads (tests make it fail to check the in-thread fallback). */
  spawnWorker?: SpawnWorker;
  /** Lends the workers (the app keeps one warm pool for all opens); else the session starts and stops its own. */
  keeper?: WorkerPoolKeeper;
  maxBytes?: number;
}

class Cancelled extends Error {}

/** A scan without a cache keeps the aligning's articles here (own-temp-folder.ts removes one whose process died). */
export const SCRATCH_PREFIX = 'wirediff-corpus-';

/**
 * Closing a corpus this large collects its garbage at once (collect-garbage.ts). Not below:
 * a forced collection also drops the shapes the JIT's code was built for, and recompiling
 * it costs the next open of ten thousand articles a tenth more CPU than the memory is worth.
 */
const LARGE_CORPUS = 50_000;

/**
 * Reading and cleaning scale with cores. On two cores both go to workers (the main thread
 * mostly waits); with more, one core stays for the main thread and the renderer. Six at most:
 * each worker holds its own heap and aligning cache.
 */
export function defaultWorkerCount(cores: number): number {
  return Math.min(6, Math.max(Math.min(2, cores), cores - 1));
}

export function createCorpusSession(options: CorpusSessionOptions = {}): CorpusSession {
  const keeper =
    options.keeper ??
    createWorkerPoolKeeper(options.workers ?? defaultWorkerCount(availableParallelism()), {
      spawn: options.spawnWorker,
      keep: false,
    });
  let pool: Promise<WorkerPool> | null = null;
  /** The emitter of the last open; add and remove report through it too. */
  let sink: (event: CorpusEvent) => void = () => undefined;
  let entries: CorpusEntry[] = [];
  let window = 1;
  let cacheFolder: string | null = null;
  /**
   * Without a cache the articles still go to a scratch folder while the corpus is open:
   * aligning and getArticles then parse them instead of reading and cleaning each file again.
   */
  let scratchFolder: string | null = null;
  const dropScratch = async () => {
    const folder = scratchFolder;
    scratchFolder = null;
    if (!folder) return;
    forgetAtExit(folder);
    await rm(folder, { recursive: true, force: true }).catch(() => {});
  };
  let exactWanted = true;
  let alignFloor = 0;
  let alignAllUpTo = DEFAULT_ALIGN_ALL_UP_TO;
  let rankState: RankState = { chrome: new Float64Array(0), exact: new Map() };
  /** Bumped by every open, add, remove and close: older work stops at its next step. */
  let generation = 0;

  const ensurePool = () => (pool ??= keeper.take());
  const stopPool = async () => {
    const stopping = pool;
    pool = null;
    await (await stopping)?.terminate();
  };
  /** Closing lends the workers back; cancelling stops them (stopPool), which is what makes it prompt. */
  const returnPool = async (large: boolean) => {
    const lent = pool;
    pool = null;
    if (lent) await keeper.give(await lent, large);
  };

  /** Events of an operation that has been superseded (or cancelled) are dropped. */
  const emitterOf =
    (current: number) =>
    (event: CorpusEvent): void => {
      if (current === generation) sink(event);
    };

  async function rank(current: number): Promise<void> {
    if (entries.length < 2) {
      emitterOf(current)({ type: 'pairs', pairs: [], exact: true });
      return;
    }
    await rankCorpus({
      pool: await ensurePool(),
      entries,
      state: rankState,
      cacheFolder,
      exact: exactWanted,
      alignFloor,
      alignAllUpTo,
      emit: emitterOf(current),
      isCancelled: () => current !== generation,
    });
  }

  return {
    async open(root, openOptions, emitter) {
      const current = ++generation;
      const started = Date.now();
      const isCancelled = () => current !== generation || openOptions.signal?.aborted === true;
      const check = () => {
        if (isCancelled()) throw new Cancelled();
      };
      const onAbort = () => {
        generation++;
        void stopPool(); // terminating the workers is what makes cancelling prompt
      };
      openOptions.signal?.addEventListener('abort', onAbort, { once: true });
      sink = emitter;
      const emit = emitterOf(current);
      entries = [];
      window = 1;
      rankState = { chrome: new Float64Array(0), exact: new Map() };
      exactWanted = openOptions.exact !== false;
      alignFloor = openOptions.alignFloor ?? 0;
      alignAllUpTo = openOptions.alignAllUpTo ?? DEFAULT_ALIGN_ALL_UP_TO;
      cacheFolder = null;
      try {
        if (root === null) {
          emit({ type: 'done', articles: 0, errors: 0, ms: 0 });
          return;
        }
        emit({ type: 'progress', phase: 'listing', done: 0, total: 0 });
        // Workers start while the folder is listed (starting them takes as long as listing).
        const starting = ensurePool();
        starting.catch(() => {});
        const listing = await listArticleFiles(root, {
          signal: openOptions.signal,
          onFound: (found) => emit({ type: 'progress', phase: 'listing', done: 0, total: found }),
        });
        check();
        let errorCount = listing.errors.length;
        if (listing.errors.length > 0) emit({ type: 'errors', errors: listing.errors });

        await dropScratch();
        cacheFolder = openOptions.cacheDir ? corpusCacheFolder(openOptions.cacheDir, root) : null;
        if (cacheFolder) await mkdir(cacheFolder, { recursive: true }).catch(() => (cacheFolder = null));
        const persistent = cacheFolder !== null;
        const known = cacheFolder ? await loadCacheIndex(cacheFolder) : new Map<string, CacheEntry>();
        // Only worth writing when every candidate will be aligned (a ranking by estimate reads
        // the one or two articles it shows again, which is cheaper than writing them all).
        if (!cacheFolder && exactWanted) {
          scratchFolder = await makeOwnTempFolder(SCRATCH_PREFIX).catch(() => null);
          cacheFolder = scratchFolder;
        }
        check();
        const scale = corpusScale(listing.paths.length);
        window = scale.window;
        let changed = known.size !== listing.paths.length;
        const read = await readCorpusFiles({
          pool: await starting,
          paths: listing.paths,
          known,
          window: scale.window,
          cacheFolder,
          maxBytes: options.maxBytes,
          onEntries: (fresh) => emit({ type: 'articles', articles: fresh.map((e) => e.shown) }),
          onErrors: (errors) => {
            errorCount += errors.length;
            emit({ type: 'errors', errors });
          },
          onProgress: (done, total) => emit({ type: 'progress', phase: 'reading', done, total }),
          onFileRead: (path) => {
            changed = true;
            options.onFileRead?.(path);
          },
          isCancelled,
        });
        check();
        entries = read.filter((e): e is CorpusEntry => e !== null);
        emit({ type: 'done', articles: entries.length, errors: errorCount, ms: Date.now() - started });
        // The index is written while ranking runs; a failed write only costs the next open.
        const folder = persistent ? cacheFolder : null;
        const writing =
          folder && changed
            ? writeCacheIndex(
                folder,
                entries.flatMap((e) => cacheEntryOf(e, scale.window) ?? []),
              ).catch(() => {})
            : Promise.resolve();
        await rank(current);
        await writing;
      } catch (error) {
        if (!(error instanceof Cancelled) && !isCancelled()) throw error;
      } finally {
        openOptions.signal?.removeEventListener('abort', onAbort);
      }
    },

    async getArticles(ids) {
      const byId = new Map(entries.map((e) => [e.id, e]));
      const sources = ids.flatMap((id) => {
        const entry = byId.get(id);
        return entry ? [entry.source] : [];
      });
      return loadArticles(sources, rankState.chrome, cacheFolder);
    },

    async add(articles: readonly Article[]) {
      const current = ++generation;
      const emit = emitterOf(current);
      const ids = new Set(articles.map((a) => a.id));
      const added = articles.map((article) => {
        const summary = summarizeArticle(article);
        return {
          id: article.id,
          summary,
          shown: summary,
          analysis: packAnalysis(analyseArticle(article, window)),
          source: { path: article.path, ref: null, article },
          titleHints: titleHintsOf(article),
        };
      });
      entries = [...entries.filter((e) => !ids.has(e.id)), ...added];
      for (const key of [...rankState.exact.keys()])
        if (key.split('\u0000').some((id) => ids.has(id))) rankState.exact.delete(key);
      emit({ type: 'articles', articles: added.map((e) => e.shown) });
      await rank(current).catch((error: unknown) => {
        if (current === generation) throw error;
      });
    },

    async remove(ids) {
      const current = ++generation;
      const emit = emitterOf(current);
      const gone = new Set(ids);
      entries = entries.filter((e) => !gone.has(e.id));
      emit({ type: 'removed', ids: [...ids] });
      await rank(current).catch((error: unknown) => {
        if (current === generation) throw error;
      });
    },

    async close() {
      generation++;
      const large = entries.length >= LARGE_CORPUS;
      entries = [];
      rankState = { chrome: new Float64Array(0), exact: new Map() };
      await returnPool(large);
      await dropScratch();
      if (large) collectGarbage();
    },
  };
}
