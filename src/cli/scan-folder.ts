/**
 * `wirediff scan`: a folder through the corpus session (workers, cache, candidate search),
 * collected into the CLI's one JSON shape: full articles sorted by path, pairs best first
 * (the exact ranking), read errors sorted by path.
 */
import type { Article, ReadError } from '../shared/article/article';
import type { PairScore } from '../shared/comparison/comparison-types';
import { createCorpusSession } from '../main/services/corpus/create-corpus-session';

export interface ScanResult {
  articles: Article[];
  pairs: PairScore[];
  errors: ReadError[];
}

export async function scanFolder(
  root: string,
  options: { cacheDir?: string | null; onProgress?: (phase: string, done: number, total: number) => void } = {},
): Promise<ScanResult> {
  const session = createCorpusSession();
  const ids = new Set<string>();
  const errors: ReadError[] = [];
  let pairs: PairScore[] = [];
  try {
    await session.open(root, { cacheDir: options.cacheDir ?? null }, (event) => {
      if (event.type === 'articles') for (const summary of event.articles) ids.add(summary.id);
      else if (event.type === 'errors') errors.push(...event.errors);
      else if (event.type === 'pairs') pairs = event.pairs;
      else if (event.type === 'progress') options.onProgress?.(event.phase, event.done, event.total);
    });
    const articles = await session.getArticles([...ids].sort());
    return { articles, pairs, errors: errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
  } finally {
    await session.close();
  }
}
