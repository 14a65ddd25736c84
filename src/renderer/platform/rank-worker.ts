/// <reference lib="webworker" />
/** Ranks pairs off the UI thread: articles in, ranked pairs out. */
import type { Article } from '../../shared/article/article';
import { rankPairs } from '../../shared/corpus/rank-pairs';

self.onmessage = (event: MessageEvent<{ id: number; articles: Article[] }>) => {
  const { id, articles } = event.data;
  try {
    self.postMessage({ id, pairs: rankPairs(articles) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
