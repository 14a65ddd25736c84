/**
 * A folder → articles and read errors, in memory: for the CLI, tests and small folders (the
 * corpus session reads large folders in worker threads). Lists with walk-folder.ts, reads
 * with limited concurrency, reports progress, honours cancellation and never writes into
 * the folder. Site chrome repeated across the folder is learned at the end.
 */
import type { Article, ReadError } from '../../shared/article/article';
import { markRepeatedBoilerplate } from '../../shared/article/mark-repeated-boilerplate';
import { readArticleFile } from './read-article-file';
import { listArticleFiles } from './walk-folder';

export interface ReadFolderOptions {
  onProgress?: (p: { done: number; total: number; path?: string }) => void;
  onArticle?: (a: Article) => void;
  signal?: AbortSignal;
  maxBytes?: number;
  /** Files read at once; enough to hide disk latency, few enough to keep memory flat. */
  concurrency?: number;
}

const DEFAULT_CONCURRENCY = 16;

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export async function readFolder(
  root: string,
  opts: ReadFolderOptions = {},
): Promise<{ articles: Article[]; errors: ReadError[] }> {
  // While a big folder is being listed, the growing total tells the user something is happening.
  const onFound = (found: number) => opts.onProgress?.({ done: 0, total: found });
  const { paths: candidates, errors } = await listArticleFiles(root, { signal: opts.signal, onFound });
  const total = candidates.length;
  opts.onProgress?.({ done: 0, total });
  const articles: Article[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < candidates.length && !opts.signal?.aborted) {
      const path = candidates[next++]!;
      const result = await readArticleFile(path, { maxBytes: opts.maxBytes });
      if ('article' in result) {
        articles.push(result.article);
        opts.onArticle?.(result.article);
      } else if (result.error.message !== 'is a folder') {
        // A symlink to a folder is a folder we do not follow, not a broken file.
        errors.push(result.error);
      }
      done++;
      opts.onProgress?.({ done, total, path });
    }
  };
  const workers = Math.max(1, Math.min(opts.concurrency ?? DEFAULT_CONCURRENCY, candidates.length));
  await Promise.all(Array.from({ length: workers }, worker));

  articles.sort(byPath);
  errors.sort(byPath);
  return { articles: markRepeatedBoilerplate(articles), errors };
}
