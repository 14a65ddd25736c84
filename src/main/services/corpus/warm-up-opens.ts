/**
 * Warms the kept workers and the main thread while the window opens, so that the user's
 * first folder opens about as fast as later ones (the JIT has learned the reading and ranking
 * code by then). A made-up folder (warm-up-texts.ts, from the demo corpus) is written to a
 * temporary folder, never near the user's files, opened a few times through the keeper, and
 * removed. Each open is a step the keeper lends a pool for, and a real open that asks for one
 * meanwhile ends the warm-up (worker-pool-keeper.ts).
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { warmUpTexts } from '../../../shared/corpus/warm-up-texts';
import { createCorpusSession } from './create-corpus-session';
import { makeOwnTempFolder } from './own-temp-folder';
import { forgetAtExit } from './remove-at-exit';
import type { WorkerPoolKeeper } from './worker-pool-keeper';

export interface WarmUpOptions {
  /** Articles in the made-up folder. */
  articles: number;
  /** Opens of it. */
  opens: number;
}

/**
 * Measured on a two-core machine (helsinki-2018 opened right after the warm-up): four opens
 * of 240 articles bring the first open from 0.67–0.93 s to 0.45–0.5 s; one open gets half of
 * that. Each open takes 0.15–0.4 s (the first, on cold threads, up to 0.8 s).
 */
export const DEFAULT_WARM_UP: WarmUpOptions = { articles: 240, opens: 4 };

/** Its temporary folder's prefix (own-temp-folder.ts removes one whose app crashed). */
export const WARM_UP_PREFIX = 'wirediff-warm-up-';

/** `signal`: the user has opened something; the warm-up ends at once (its step aborted). */
export async function warmUpWithOpens(
  keeper: WorkerPoolKeeper,
  seedPaths: readonly string[],
  options: WarmUpOptions = DEFAULT_WARM_UP,
  signal?: AbortSignal,
): Promise<void> {
  const seeds = await Promise.all(seedPaths.map((path) => readFile(path, 'utf8')));
  const texts = warmUpTexts(seeds, options.articles);
  if (texts.length === 0 || signal?.aborted) return;
  const folder = await makeOwnTempFolder(WARM_UP_PREFIX);
  try {
    await Promise.all(texts.map((text, i) => writeFile(join(folder, `${String(i).padStart(4, '0')}.txt`), text)));
    await keeper.lendWhileIdle(
      async (lent, signal) => {
        const session = createCorpusSession({ keeper: lent });
        try {
          // As the app opens a folder, but without the cache (nothing of this stays in user data)
          // and without aligning its many near-copies, which would make each step wait long.
          await session.open(folder, { cacheDir: null, exact: false, signal }, () => undefined);
        } finally {
          await session.close();
        }
      },
      options.opens,
      signal,
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
    forgetAtExit(folder);
  }
}
