/**
 * Article batches of a large folder, applied together. Every batch applied costs the whole
 * list (merging, grouping into stories, the list's rows): a 100,000-article folder arrives in
 * some 1,500 batches, and applying each one made reading in the window eight times slower
 * than the reading itself. Past a corpus's first COALESCE_FROM articles, batches wait up to
 * COALESCE_MS and go in as one. Progress and read errors, which the list does not depend on,
 * pass at once (the bar keeps moving); any other event first delivers what waits, so it
 * applies to the articles that came before it.
 */
import type { ArticleSummary } from '../../shared/article/summarize-article';
import type { CorpusEvent } from '../../shared/ipc-contract';

export const COALESCE_FROM = 2000;
export const COALESCE_MS = 250;

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(timer: unknown): void;
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

export interface ArticleBatcher {
  push(corpusId: number, event: CorpusEvent): void;
}

export function batchArticleEvents(
  deliver: (corpusId: number, event: CorpusEvent) => void,
  timers: Timers = realTimers,
): ArticleBatcher {
  const seen = new Map<number, number>();
  let held: { corpusId: number; articles: ArticleSummary[] } | null = null;
  let timer: unknown = null;
  const flush = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
    const batch = held;
    held = null;
    if (batch) deliver(batch.corpusId, { type: 'articles', articles: batch.articles });
  };
  return {
    push(corpusId, event) {
      if (event.type === 'articles') {
        const count = (seen.get(corpusId) ?? 0) + event.articles.length;
        seen.set(corpusId, count);
        if (count > COALESCE_FROM) {
          if (held && held.corpusId !== corpusId) flush();
          held ??= { corpusId, articles: [] };
          for (const article of event.articles) held.articles.push(article);
          timer ??= timers.set(flush, COALESCE_MS);
          return;
        }
      } else if (event.type === 'progress' || event.type === 'errors') {
        deliver(corpusId, event);
        return;
      }
      flush();
      deliver(corpusId, event);
    },
  };
}
