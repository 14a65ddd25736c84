/**
 * The worker pool keeper on real worker threads and a real temporary folder: a pool comes
 * back reset and serves the next open, warming starts one pool only, and a busy, cancelled
 * or unkept pool is stopped.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PairScore } from '../../../shared/comparison/comparison-types';
import { SYLLABLES_A, syntheticParagraphs } from '../../../shared/comparison/test-support/synthetic-text';
import { createCorpusSession } from './create-corpus-session';
import type { CorpusEvent } from './corpus-session-types';
import type { SpawnWorker } from './worker-pool';
import { createWorkerPoolKeeper, type WorkerPoolKeeper } from './worker-pool-keeper';
import type { ReadReply } from './worker-protocol';

let scratch: string;
let folderA: string;
let folderB: string;

/** Six made-up articles; 0–1, 2–3 and 4–5 share a story (seeded by `seed`). */
async function makeFolder(name: string, seed: number): Promise<string> {
  const root = join(scratch, name);
  await mkdir(root, { recursive: true });
  for (let i = 0; i < 6; i++) {
    const story = syntheticParagraphs(seed + Math.floor(i / 2), 900, SYLLABLES_A);
    const own = syntheticParagraphs(seed + 100 + i, 300, SYLLABLES_A);
    await writeFile(join(root, `${i}.txt`), [`Titel ${seed} ${i}`, ...story, ...own].join('\n\n'));
  }
  return root;
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'wirediff-keeper-'));
  folderA = await makeFolder('a', 1000);
  folderB = await makeFolder('b', 2000);
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Counts the threads a keeper starts. */
function countingSpawn(): { spawn: SpawnWorker; started: () => number } {
  let started = 0;
  return {
    spawn: (script, workerData) => {
      started++;
      return new Worker(script, { workerData });
    },
    started: () => started,
  };
}

async function rankWith(keeper: WorkerPoolKeeper | undefined, root: string, signal?: AbortSignal) {
  const session = createCorpusSession(keeper ? { keeper } : { workers: 2 });
  let pairs: PairScore[] = [];
  await session.open(root, { cacheDir: null, signal }, (event: CorpusEvent) => {
    if (event.type === 'pairs') pairs = event.pairs;
  });
  await session.close();
  return pairs;
}

describe('createWorkerPoolKeeper', () => {
  it('lends the same threads to the next open, which ranks as a fresh session would', async () => {
    const { spawn, started } = countingSpawn();
    const keeper = createWorkerPoolKeeper(2, { spawn, keep: true });
    try {
      const first = await rankWith(keeper, folderA);
      const second = await rankWith(keeper, folderB);
      expect(started()).toBe(2);
      expect(first).toEqual(await rankWith(undefined, folderA));
      expect(second).toEqual(await rankWith(undefined, folderB));
      // The three story pairs lead (a folder this small lists every pair after them).
      const names = (p: PairScore) =>
        [p.left, p.right]
          .map((id) => id.slice(-5))
          .sort()
          .join(' ');
      expect(second.slice(0, 3).map(names).sort()).toEqual(['0.txt 1.txt', '2.txt 3.txt', '4.txt 5.txt']);
    } finally {
      await keeper.close();
    }
  });

  it('starts one pool when an open takes it while it warms, and trains every thread', async () => {
    const { spawn, started } = countingSpawn();
    const keeper = createWorkerPoolKeeper(2, { spawn, keep: true });
    try {
      const paths = ['0.txt', '1.txt'].map((name) => join(folderA, name));
      const warming = keeper.warm(Promise.resolve(paths));
      const pool = await keeper.take();
      await warming;
      expect(started()).toBe(2);
      // Queued behind the warming, a read still answers as usual.
      const reply = await pool.run<ReadReply>(1, { type: 'read', paths, known: [], window: 8, cacheDir: null });
      expect(reply.items.map((item) => item.kind)).toEqual(['article', 'article']);
      await keeper.give(pool, false);
      expect(await keeper.take()).toBe(pool);
      await keeper.give(pool, true);
    } finally {
      await keeper.close();
    }
  });

  it('stops a pool given back busy, and every pool when it keeps none', async () => {
    const kept = createWorkerPoolKeeper(1, { keep: true });
    const busy = await kept.take();
    const paths = Array.from({ length: 6 }, (_, i) => join(folderA, `${i}.txt`));
    const read = { type: 'read' as const, paths, known: [], window: 8, cacheDir: null };
    const stopped = expect(busy.run(0, read)).rejects.toThrow('cancelled');
    expect(busy.reusable()).toBe(false);
    await kept.give(busy, false);
    await stopped;
    const next = await kept.take();
    expect(next).not.toBe(busy);
    expect(
      (await next.run<ReadReply>(0, { type: 'read', paths, known: [], window: 8, cacheDir: null })).items,
    ).toHaveLength(6);
    await kept.give(next, false);
    await kept.close();

    const unkept = createWorkerPoolKeeper(1, { keep: false });
    const once = await unkept.take();
    await unkept.give(once, false);
    expect(once.reusable()).toBe(false);
    const again = await unkept.take();
    expect(again).not.toBe(once);
    await unkept.give(again, false);
  });

  it('warms only while idle: a warming pool can be lent, and any request ends the warming', async () => {
    const keeper = createWorkerPoolKeeper(1, { keep: true });
    try {
      const paths = Array.from({ length: 6 }, (_, i) => join(folderA, `${i}.txt`));
      const pool = await keeper.take();
      // A hundred thousand rounds would take minutes; the read below cuts them short.
      const warming = pool.run(0, { type: 'warm', paths, rounds: 100_000 });
      expect(pool.reusable()).toBe(true);
      const reply = await pool.run<ReadReply>(0, { type: 'read', paths, known: [], window: 8, cacheDir: null });
      expect(reply.items).toHaveLength(6);
      await expect(warming).resolves.toEqual({ done: true });
    } finally {
      await keeper.close();
    }
  });

  it('replaces the pool a cancelled open stopped', async () => {
    const keeper = createWorkerPoolKeeper(2, { keep: true });
    try {
      const controller = new AbortController();
      controller.abort();
      expect(await rankWith(keeper, folderA, controller.signal)).toEqual([]);
      expect(await rankWith(keeper, folderB)).toEqual(await rankWith(undefined, folderB));
    } finally {
      await keeper.close();
    }
  });

  it('lends the kept pool to warm-up steps and keeps it after them', async () => {
    const { spawn, started } = countingSpawn();
    const keeper = createWorkerPoolKeeper(2, { spawn, keep: true });
    try {
      const lent = new Set<unknown>();
      let steps = 0;
      await keeper.lendWhileIdle(async (borrowed) => {
        steps++;
        const session = createCorpusSession({ keeper: borrowed });
        await session.open(folderA, { cacheDir: null }, () => undefined);
        await session.close();
        lent.add(await borrowed.take());
      }, 3);
      expect(steps).toBe(3);
      expect(lent.size).toBe(1);
      expect(started()).toBe(2);
      const pool = await keeper.take();
      expect(lent.has(pool)).toBe(true);
      await keeper.give(pool, false);
      expect(await rankWith(keeper, folderB)).toEqual(await rankWith(undefined, folderB));
      expect(started()).toBe(2);
    } finally {
      await keeper.close();
    }
  });

  it('gives way to an open: it waits for the step under way, and no further step starts', async () => {
    const keeper = createWorkerPoolKeeper(1, { keep: true });
    try {
      let steps = 0;
      let stepStarted!: () => void;
      const firstStep = new Promise<void>((resolve) => (stepStarted = resolve));
      let finishStep!: () => void;
      const lending = keeper.lendWhileIdle(async () => {
        steps++;
        stepStarted();
        await new Promise<void>((resolve) => (finishStep = resolve));
      }, 5);
      await firstStep;
      let taken = false;
      const taking = keeper.take().then((pool) => {
        taken = true;
        return pool;
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(taken).toBe(false);
      finishStep();
      const pool = await taking;
      await lending;
      expect(steps).toBe(1);
      expect(pool.reusable()).toBe(true);
      await keeper.give(pool, false);
    } finally {
      await keeper.close();
    }
  });

  it.each([
    ['after the warm-up', false],
    ['during a step', true],
  ])(
    'warms a pool of its own while an open has the kept one, and keeps it over the one the open gives back %s',
    async (_when, duringStep) => {
      const { spawn, started } = countingSpawn();
      const keeper = createWorkerPoolKeeper(1, { spawn, keep: true });
      try {
        const held = await keeper.take();
        let warmed: unknown = null;
        await keeper.lendWhileIdle(async (borrowed) => {
          warmed = await borrowed.take();
          if (duringStep) await keeper.give(held, false);
        }, 1);
        expect(started()).toBe(2);
        expect(warmed).not.toBe(held);
        if (!duringStep) await keeper.give(held, false);
        // The open's pool goes; the warmed one serves the next open.
        expect(held.reusable()).toBe(false);
        const next = await keeper.take();
        expect(next).toBe(warmed);
        await keeper.give(next, false);
        expect(started()).toBe(2);
      } finally {
        await keeper.close();
      }
    },
  );

  it('lets an open take a pool given back during a step at once, and aborts the step', async () => {
    const { spawn, started } = countingSpawn();
    const keeper = createWorkerPoolKeeper(1, { spawn, keep: true });
    try {
      const held = await keeper.take();
      let stepStarted!: () => void;
      const firstStep = new Promise<void>((resolve) => (stepStarted = resolve));
      let lent: { reusable(): boolean } | null = null;
      let steps = 0;
      const lending = keeper.lendWhileIdle(async (borrowed, signal) => {
        steps++;
        lent = await borrowed.take();
        stepStarted();
        await new Promise((resolve) => signal.addEventListener('abort', resolve));
      }, 3);
      await firstStep;
      await keeper.give(held, false);
      expect(await keeper.take()).toBe(held);
      await lending;
      expect(steps).toBe(1);
      expect(lent!.reusable()).toBe(false);
      expect(started()).toBe(2);
      await keeper.give(held, false);
    } finally {
      await keeper.close();
    }
  });

  it('stops a pool that a warm-up step gives back after the keeper closed', async () => {
    const keeper = createWorkerPoolKeeper(1, { keep: true });
    let lent: { reusable(): boolean } | null = null;
    const lending = keeper.lendWhileIdle(async (borrowed) => {
      lent = await borrowed.take();
      await keeper.close();
    }, 3);
    await lending;
    expect(lent!.reusable()).toBe(false);
  });
});
