/**
 * The warm-up on real worker threads and the real demo corpus: it opens its made-up folder
 * as often as asked, leaves no folder behind, and hands on a pool that ranks as a fresh one.
 */
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PairScore } from '../../../shared/comparison/comparison-types';
import { listArticleFiles } from '../walk-folder';
import { createCorpusSession } from './create-corpus-session';
import { WARM_UP_PREFIX, warmUpWithOpens } from './warm-up-opens';
import { createWorkerPoolKeeper, type WorkerPoolKeeper } from './worker-pool-keeper';

const DEMO = join(__dirname, '../../../../resources/demo-corpus');

const warmUpFolders = async () => (await readdir(tmpdir())).filter((name) => name.startsWith(WARM_UP_PREFIX));

/** The keeper, counting the steps it lends the pool for and the steps whose session took the pool. */
function counting(keeper: WorkerPoolKeeper) {
  let steps = 0;
  let opened = 0;
  const counted: WorkerPoolKeeper = {
    ...keeper,
    lendWhileIdle: (step, count) =>
      keeper.lendWhileIdle(async (lent, signal) => {
        steps++;
        let took = false;
        await step({ ...lent, take: () => ((took = true), lent.take()) }, signal);
        if (took) opened++;
      }, count),
  };
  return { keeper: counted, steps: () => steps, opened: () => opened };
}

async function rank(keeper: WorkerPoolKeeper | undefined, root: string): Promise<PairScore[]> {
  const session = createCorpusSession(keeper ? { keeper } : { workers: 2 });
  let pairs: PairScore[] = [];
  await session.open(root, { cacheDir: null }, (event) => {
    if (event.type === 'pairs') pairs = event.pairs;
  });
  await session.close();
  return pairs;
}

describe('warmUpWithOpens', () => {
  it('opens a folder made from the demo corpus as often as asked, and leaves no folder behind', async () => {
    const before = await warmUpFolders();
    const keeper = createWorkerPoolKeeper(2, { keep: true });
    try {
      const { paths } = await listArticleFiles(DEMO);
      const { keeper: watched, steps, opened } = counting(keeper);
      await warmUpWithOpens(watched, paths, { articles: 40, opens: 3 });
      expect(steps()).toBe(3);
      expect(opened()).toBe(3);
      expect(await warmUpFolders()).toEqual(before);
      // The warmed pool serves the user's open as a fresh session would.
      expect(await rank(keeper, DEMO)).toEqual(await rank(undefined, DEMO));
    } finally {
      await keeper.close();
    }
  });

  it('writes nothing when the seeds hold no story', async () => {
    const before = await warmUpFolders();
    const keeper = createWorkerPoolKeeper(1, { keep: true });
    try {
      const { keeper: watched, steps } = counting(keeper);
      await warmUpWithOpens(watched, [], { articles: 40, opens: 3 });
      expect(steps()).toBe(0);
      expect(await warmUpFolders()).toEqual(before);
    } finally {
      await keeper.close();
    }
  });
});
