/** The renderer's engine: comparing on the UI thread (it is fast), ranking in a worker. */
import type { PairScore } from '../../shared/comparison/comparison-types';
import { compareArticles } from '../../shared/comparison/compare-articles';
import type { Engine } from '../store/create-app-store';

export function createWorkerEngine(): Engine {
  const worker = new Worker(new URL('./rank-worker.ts', import.meta.url), { type: 'module' });
  let nextId = 0;
  const waiting = new Map<number, { resolve(p: PairScore[]): void; reject(e: Error): void }>();
  worker.onmessage = (event: MessageEvent<{ id: number; pairs?: PairScore[]; error?: string }>) => {
    const entry = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    if (event.data.pairs) entry?.resolve(event.data.pairs);
    else entry?.reject(new Error(event.data.error ?? 'Ranking failed.'));
  };
  return {
    compare: (left, right, options) => compareArticles(left, right, options),
    rank: (articles) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, articles });
      }),
  };
}
