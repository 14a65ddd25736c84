/** The renderer's engine: comparisons run in a Web Worker, answered in order of request. */
import type { Comparison } from '../../shared/comparison/comparison-types';
import type { Engine } from '../store/create-app-store';

export function createWorkerEngine(): Engine {
  const worker = new Worker(new URL('./compare-worker.ts', import.meta.url), { type: 'module' });
  let nextId = 0;
  const waiting = new Map<number, { resolve(c: Comparison): void; reject(e: Error): void }>();
  worker.onmessage = (event: MessageEvent<{ id: number; comparison?: Comparison; error?: string }>) => {
    const entry = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    if (event.data.comparison) entry?.resolve(event.data.comparison);
    else entry?.reject(new Error(event.data.error ?? 'Comparing failed.'));
  };
  return {
    compare: (left, right, options) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, left, right, options });
      }),
  };
}
