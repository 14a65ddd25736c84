/**
 * A folder → articles and read errors. Walks without following symlinked folders (a link
 * to a parent cannot trap it), reads with limited concurrency, reports progress, honours
 * cancellation and never writes anything into the folder. Site chrome repeated across the
 * folder is learned at the end.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Article, ReadError } from '../../shared/article/article';
import { markRepeatedBoilerplate } from '../../shared/article/mark-repeated-boilerplate';
import { isArticlePath, readArticleFile } from './read-article-file';

export interface ReadFolderOptions {
  onProgress?: (p: { done: number; total: number; path?: string }) => void;
  onArticle?: (a: Article) => void;
  signal?: AbortSignal;
  maxBytes?: number;
  /** Files read at once; enough to hide disk latency, few enough to keep memory flat. */
  concurrency?: number;
}

const DEFAULT_CONCURRENCY = 16;

/** Folders a journalist's corpus never means: VCS data, editor state, dependencies. */
function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export async function readFolder(
  root: string,
  opts: ReadFolderOptions = {},
): Promise<{ articles: Article[]; errors: ReadError[] }> {
  const absoluteRoot = resolve(root);
  const errors: ReadError[] = [];
  // While a big folder is being listed, the growing total tells the user something is happening.
  const onFound = (found: number) => opts.onProgress?.({ done: 0, total: found });
  const candidates = await collectCandidates(absoluteRoot, errors, onFound, opts.signal);
  candidates.sort();
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

/**
 * Paths of every entry with an article extension that is not a real folder: regular files,
 * symlinks (resolved when read), and FIFOs/sockets/devices (reported, never opened).
 */
async function collectCandidates(
  root: string,
  errors: ReadError[],
  onFound: (found: number) => void,
  signal?: AbortSignal,
): Promise<string[]> {
  const rootInfo = await stat(root).catch((error: NodeJS.ErrnoException) => error);
  if (rootInfo instanceof Error) {
    errors.push({ path: root, message: rootInfo.code === 'EACCES' ? 'permission denied' : 'folder not found' });
    return [];
  }
  if (!rootInfo.isDirectory()) {
    errors.push({ path: root, message: 'not a folder' });
    return [];
  }

  const found: string[] = [];
  const pending: string[] = [root];
  while (pending.length > 0 && !signal?.aborted) {
    const dir = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      errors.push({
        path: dir,
        message: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `could not list folder (${code})`,
      });
      continue;
    }
    for (const entry of entries) {
      if (isSkippedName(entry.name)) continue;
      const path = join(dir, entry.name);
      // Dirent types come from lstat: a symlinked folder is a symlink here, so it is never walked.
      if (entry.isDirectory()) pending.push(path);
      else if (isArticlePath(path)) {
        found.push(path);
        if (found.length % 1000 === 0) onFound(found.length);
      }
    }
  }
  return found;
}
