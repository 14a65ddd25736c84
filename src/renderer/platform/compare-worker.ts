/// <reference lib="webworker" />
/** Compares a pair off the UI thread, so a megabyte pair never freezes the window. */
import type { Article } from '../../shared/article/article';
import { compareArticles } from '../../shared/comparison/compare-articles';
import type { CompareOptions } from '../../shared/comparison/comparison-types';

self.onmessage = (event: MessageEvent<{ id: number; left: Article; right: Article; options: CompareOptions }>) => {
  const { id, left, right, options } = event.data;
  try {
    self.postMessage({ id, comparison: compareArticles(left, right, options) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
