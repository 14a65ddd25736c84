import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../shared/article/summarize-article';
import type { CorpusEvent } from '../../shared/ipc-contract';
import { batchArticleEvents, COALESCE_FROM, COALESCE_MS, type Timers } from './batch-article-events';

/** Timers run by hand: `tick()` fires what is due. */
function manualTimers(): Timers & { tick(): void; pending: number[] } {
  const due = new Map<number, () => void>();
  let next = 1;
  const pending: number[] = [];
  return {
    pending,
    set(run, ms) {
      pending.push(ms);
      due.set(next, run);
      return next++;
    },
    clear(timer) {
      due.delete(timer as number);
    },
    tick() {
      for (const [id, run] of [...due]) {
        due.delete(id);
        run();
      }
    },
  };
}

const batch = (from: number, count: number): CorpusEvent => ({
  type: 'articles',
  articles: Array.from({ length: count }, (_, k) => ({ id: `a${from + k}` }) as ArticleSummary),
});

/** What the store was given, as compact strings: "articles:N" or the event's type. */
function record() {
  const got: string[] = [];
  const deliver = (corpusId: number, event: CorpusEvent) =>
    got.push(`${corpusId}:${event.type === 'articles' ? `articles ${event.articles.length}` : event.type}`);
  return { got, deliver };
}

describe('batchArticleEvents', () => {
  it('passes a small folder through batch by batch', () => {
    const { got, deliver } = record();
    const timers = manualTimers();
    const batcher = batchArticleEvents(deliver, timers);
    batcher.push(1, batch(0, 64));
    batcher.push(1, batch(64, 64));
    batcher.push(1, { type: 'done', articles: 128, errors: 0, ms: 5 });
    expect(got).toEqual(['1:articles 64', '1:articles 64', '1:done']);
    expect(timers.pending).toEqual([]);
  });

  it('holds the batches of a large folder and delivers them as one, in order with other events', () => {
    const { got, deliver } = record();
    const timers = manualTimers();
    const batcher = batchArticleEvents(deliver, timers);
    batcher.push(1, batch(0, COALESCE_FROM));
    batcher.push(1, batch(COALESCE_FROM, 64));
    batcher.push(1, batch(COALESCE_FROM + 64, 64));
    expect(got).toEqual([`1:articles ${COALESCE_FROM}`]);
    expect(timers.pending).toEqual([COALESCE_MS]);
    timers.tick();
    expect(got.at(-1)).toBe('1:articles 128');
    batcher.push(1, batch(COALESCE_FROM + 128, 64));
    // Progress passes at once; the articles keep waiting…
    batcher.push(1, { type: 'progress', phase: 'reading', done: 1, total: 2 });
    expect(got.at(-1)).toBe('1:progress');
    // …until an event that depends on them.
    batcher.push(1, { type: 'done', articles: COALESCE_FROM + 192, errors: 0, ms: 9 });
    expect(got.slice(-2)).toEqual(['1:articles 64', '1:done']);
  });

  it('delivers what waits for one corpus before the batches of the next', () => {
    const { got, deliver } = record();
    const timers = manualTimers();
    const batcher = batchArticleEvents(deliver, timers);
    batcher.push(1, batch(0, COALESCE_FROM));
    batcher.push(1, batch(COALESCE_FROM, 10));
    batcher.push(1, batch(COALESCE_FROM + 10, 5));
    expect(got).toEqual([`1:articles ${COALESCE_FROM}`]);
    // A batch past the threshold at once waits too; what waits for corpus 1 goes first.
    batcher.push(2, batch(0, COALESCE_FROM + 1));
    expect(got).toEqual([`1:articles ${COALESCE_FROM}`, '1:articles 15']);
    batcher.push(2, batch(COALESCE_FROM + 1, 3));
    timers.tick();
    expect(got.at(-1)).toBe(`2:articles ${COALESCE_FROM + 4}`);
  });
});
