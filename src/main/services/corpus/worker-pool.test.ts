import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { startWorkerPool, workerScript } from './worker-pool';
import type { ReadReply } from './worker-protocol';

const SOURCE = { type: 'read' as const, paths: [], known: [], window: 1, cacheDir: null };

describe('startWorkerPool', () => {
  it('starts real worker threads from the TypeScript source (bundled once per process)', async () => {
    expect((await workerScript()).script.pathname).toMatch(/corpus-worker-[\w-]+\.mjs$/);
    const pool = await startWorkerPool(2);
    try {
      expect(pool.inThread).toBe(false);
      expect(pool.size).toBe(2);
      const reply = await pool.run<ReadReply>(1, SOURCE);
      expect(reply.items).toEqual([]);
    } finally {
      await pool.terminate();
    }
  });

  it('also starts through the tsx bootstrap (used where esbuild is missing)', async () => {
    const bootstrap = new URL('./corpus-worker-bootstrap.js', import.meta.url);
    const worker = new Worker(bootstrap, {
      workerData: { entry: new URL('./corpus-worker.ts', import.meta.url).href },
    });
    try {
      const ready = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      expect(ready).toEqual({ ready: true });
    } finally {
      await worker.terminate();
    }
  });

  it('falls back to this thread when workers cannot start', async () => {
    const pool = await startWorkerPool(2, () => {
      throw new Error('no threads');
    });
    expect(pool.inThread).toBe(true);
    expect((await pool.run<ReadReply>(0, SOURCE)).items).toEqual([]);
    await pool.terminate();
    await expect(pool.run(0, SOURCE)).rejects.toThrow('cancelled');
  });

  it('rejects pending work when terminated', async () => {
    const pool = await startWorkerPool(1);
    const pending = expect(pool.run(0, { ...SOURCE, paths: ['/nonexistent/a.txt'], known: [null] })).rejects.toThrow();
    await pool.terminate();
    await pending;
  });
});
