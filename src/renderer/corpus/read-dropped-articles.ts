/**
 * Turns path-less dropped files (browser host, or a drag from a web page) into articles in
 * the renderer, with the same cleaner the main process uses.
 */
import type { Article, ReadError } from '../../shared/article/article';
import { cleanArticle } from '../../shared/article/clean-article';
import { markRepeatedBoilerplate } from '../../shared/article/mark-repeated-boilerplate';
import { isArticleFileName, type DroppedFile } from './collect-dropped-files';

const MAX_BYTES = 20 * 1024 * 1024;

export async function readDroppedArticles(
  files: readonly DroppedFile[],
): Promise<{ articles: Article[]; errors: ReadError[]; skipped: string[] }> {
  const articles: Article[] = [];
  const errors: ReadError[] = [];
  const skipped: string[] = [];
  for (const { name, file } of files) {
    if (!isArticleFileName(name) || /\.html?$/i.test(name)) {
      skipped.push(name);
      continue;
    }
    if (file.size > MAX_BYTES) {
      errors.push({ path: name, message: `too large (${Math.round(file.size / 1e6)} MB, limit 20 MB)` });
      continue;
    }
    const text = await file.text();
    if (text.trim() === '') {
      errors.push({ path: name, message: 'empty file' });
      continue;
    }
    const cleaned = cleanArticle(text, { path: name, fileName: file.name });
    articles.push({
      ...cleaned,
      id: `dropped:${name}`,
      path: name,
      name: file.name,
      encoding: 'utf-8',
      size: file.size,
      mtimeMs: file.lastModified,
    });
  }
  return { articles: markRepeatedBoilerplate(articles), errors, skipped };
}
