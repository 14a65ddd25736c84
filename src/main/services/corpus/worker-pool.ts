/**
 * A small pool of corpus workers. It finds the worker script for the three ways the code
 * runs: TypeScript source under Vitest or tsx (a .js bootstrap registers tsx in the worker),
 * and the electron-vite bundle (out/main/corpus-worker.js beside the main bundle). When no
 * worker starts, the same tasks run in this thread, so a folder always opens.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId, Worker } from 'node:worker_threads';
import type * as Esbuild from 'esbuild';
import { createWorkerTasks } from './corpus-worker-tasks';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

export interface WorkerPool {
  /** Workers (1 when running in-thread). */
  readonly size: number;
  readonly inThread: boolean;
  /** Threads all alive and nothing under way but warming (which any request stops): the pool can serve another open. */
  reusable(): boolean;
  run<R extends WorkerReply>(worker: number, request: WorkerRequest, transfer?: ArrayBufferLike[]): Promise<R>;
  terminate(): Promise<void>;
}

export type SpawnWorker = (script: URL, workerData: unknown) => Worker;

const STARTUP_TIMEOUT_MS = 30_000;

/** Names are passed as values, not literals, so bundlers do not rewrite them as assets. */
function sibling(name: string, base = import.meta.url): URL {
  return new URL(name, base);
}

/** The worker script and its data for how this module runs now. */
export async function workerScript(): Promise<{ script: URL; workerData: unknown }> {
  if (import.meta.url.endsWith('.ts')) {
    const bundled = await bundleSourceWorker();
    if (bundled) return { script: bundled, workerData: null };
    return {
      script: sibling('./corpus-worker-bootstrap.js'),
      workerData: { entry: sibling('./corpus-worker.ts').href },
    };
  }
  // Bundled: the worker entry sits beside the main entry, which may import this from a chunk.
  const candidates = [sibling('./corpus-worker.js'), sibling('../corpus-worker.js')];
  const script = candidates.find((url) => existsSync(fileURLToPath(url))) ?? candidates[0]!;
  return { script, workerData: null };
}

let sourceBundle: Promise<URL | null> | null = null;
const ESBUILD = 'esbuild';

/**
 * From TypeScript source, a worker that registers tsx compiles every module through loader
 * hooks again: most of a second per worker. Bundling the worker once per process with tsx's
 * own esbuild makes it a plain module that starts in a tenth of that. The bundle is named by
 * its content and written atomically to node_modules/.cache (where its package imports
 * resolve), so processes share it and nothing is left behind per run; without esbuild the
 * tsx bootstrap is used.
 */
function bundleSourceWorker(): Promise<URL | null> {
  sourceBundle ??= (async () => {
    try {
      // A name, not a literal: bundlers must not pull esbuild into the app (it only serves source runs).
      const esbuild = (await import(/* @vite-ignore */ ESBUILD)) as typeof Esbuild;
      const source = fileURLToPath(sibling('./corpus-worker.ts'));
      const built = await esbuild.build({
        entryPoints: [source],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        packages: 'external',
        write: false,
        outfile: 'corpus-worker.mjs',
        logLevel: 'silent',
      });
      const code = built.outputFiles[0]!.contents;
      const folder = resolve(dirname(source), '../../../../node_modules/.cache/wirediff');
      const outfile = join(folder, `corpus-worker-${createHash('sha1').update(code).digest('hex').slice(0, 16)}.mjs`);
      if (!existsSync(outfile)) {
        mkdirSync(folder, { recursive: true });
        const temporary = `${outfile}.${process.pid}.${threadId}.tmp`;
        writeFileSync(temporary, code);
        renameSync(temporary, outfile);
      }
      return pathToFileURL(outfile);
    } catch {
      return null;
    }
  })();
  return sourceBundle;
}

const defaultSpawn: SpawnWorker = (script, workerData) => new Worker(script, { workerData });

export async function startWorkerPool(count: number, spawn: SpawnWorker = defaultSpawn): Promise<WorkerPool> {
  if (count < 1) return inThreadPool();
  const { script, workerData } = await workerScript();
  const workers: Worker[] = [];
  try {
    for (let i = 0; i < count; i++) workers.push(spawn(script, workerData));
    await Promise.all(workers.map(waitReady));
  } catch {
    await Promise.all(workers.map((w) => w.terminate().catch(() => 0)));
    return inThreadPool();
  }
  return threadPool(workers);
}

function waitReady(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('worker did not start')), STARTUP_TIMEOUT_MS);
    const done = (error?: Error) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', done);
      worker.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    const onMessage = (message: { ready?: boolean }) => {
      if (message.ready) done();
    };
    const onExit = (code: number) => done(new Error(`worker exited (${code})`));
    worker.on('message', onMessage);
    worker.on('error', done);
    worker.on('exit', onExit);
  });
}

interface Pending {
  worker: number;
  warming: boolean;
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
}

function threadPool(workers: Worker[]): WorkerPool {
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const busy = new Uint32Array(workers.length);
  let broken = false;
  // A worker with work keeps the process alive; an idle one must not keep a CLI from exiting.
  const settle = (entry: Pending) => {
    if (--busy[entry.worker]! === 0) workers[entry.worker]!.unref();
  };
  const failAll = (error: Error) => {
    for (const entry of pending.values()) {
      settle(entry);
      entry.reject(error);
    }
    pending.clear();
  };
  for (const worker of workers) {
    worker.on('message', (message: { id?: number; reply?: WorkerReply; error?: string }) => {
      const entry = message.id === undefined ? undefined : pending.get(message.id);
      if (!entry) return;
      pending.delete(message.id!);
      settle(entry);
      if (message.error !== undefined) entry.reject(new Error(message.error));
      else entry.resolve(message.reply!);
    });
    worker.on('error', (error) => {
      broken = true;
      failAll(error);
    });
    worker.on('exit', () => {
      broken = true;
      failAll(new Error('corpus worker stopped'));
    });
    worker.unref();
  }
  return {
    size: workers.length,
    inThread: false,
    reusable: () => !broken && [...pending.values()].every((entry) => entry.warming),
    run<R extends WorkerReply>(index: number, request: WorkerRequest, transfer: ArrayBufferLike[] = []) {
      const id = nextId++;
      const worker = index % workers.length;
      return new Promise<R>((resolve, reject) => {
        pending.set(id, {
          worker,
          warming: request.type === 'warm',
          resolve: resolve as (reply: WorkerReply) => void,
          reject,
        });
        if (busy[worker]!++ === 0) workers[worker]!.ref();
        workers[worker]!.postMessage({ id, request }, transfer as ArrayBuffer[]);
      });
    },
    async terminate() {
      failAll(new Error('cancelled'));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** The fallback: the same tasks, on this thread, one request at a time. */
function inThreadPool(): WorkerPool {
  const tasks = createWorkerTasks();
  let stopped = false;
  return {
    size: 1,
    inThread: true,
    // Its tasks hold no thread to keep warm; the JIT's learning stays with this thread anyway.
    reusable: () => false,
    async run<R extends WorkerReply>(_index: number, request: WorkerRequest) {
      if (stopped) throw new Error('cancelled');
      // Yield first, so a long open still lets timers and I/O of the host run between batches.
      await new Promise((resolve) => setImmediate(resolve));
      const { reply } = await tasks.handle(request);
      if (stopped) throw new Error('cancelled');
      return reply as R;
    },
    async terminate() {
      stopped = true;
      tasks.reset();
    },
  };
}
