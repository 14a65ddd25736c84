/**
 * Full articles back from where a corpus keeps them: the dropped article itself, the cache,
 * or the file (read and cleaned again). Folder chrome learned at ranking is set apart again,
 * so an article reads the same as it did when the folder was ranked.
 */
import type { Article } from '../../../shared/article/article';
import { applyRepeatedChrome } from '../../../shared/article/mark-repeated-boilerplate';
import { readArticleFile, type ReadResult } from '../read-article-file';
import { readCachedArticle } from './corpus-cache';
import type { ArticleSource } from './worker-protocol';

/** The article as cleaned when read, or null when it is gone. Workers pass the blocking reader. */
export async function loadArticle(
  source: ArticleSource,
  cacheDir: string | null,
  read: (path: string) => ReadResult | Promise<ReadResult> = readArticleFile,
): Promise<Article | null> {
  if (source.article) return source.article;
  if (source.ref && cacheDir) {
    const cached = readCachedArticle(cacheDir, source.ref);
    if (cached) return cached;
  }
  const result = await read(source.path);
  return 'article' in result ? result.article : null;
}

/** The articles that can still be had, chrome set apart, in the order asked. */
export async function loadArticles(
  sources: readonly ArticleSource[],
  chrome: Float64Array,
  cacheDir: string | null,
): Promise<Article[]> {
  const marks = new Set(chrome);
  const loaded = await Promise.all(sources.map((source) => loadArticle(source, cacheDir)));
  return loaded.flatMap((article) => (article ? [applyRepeatedChrome(article, marks)] : []));
}
