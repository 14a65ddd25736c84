import type { Article, ReadError } from '../../shared/article/article';
import type { DroppedText } from '../../shared/ipc-contract';
import { articleFromBytes } from './read-article-file';

/**
 * Dropped files' bytes, decoded and cleaned as files read from disk are (any encoding, HTML);
 * their ids say they have no path.
 */
export function readDroppedTexts(files: readonly DroppedText[]): { articles: Article[]; errors: ReadError[] } {
  const articles: Article[] = [];
  const errors: ReadError[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(Buffer.from(file.base64, 'base64'));
    const read = articleFromBytes(file.name, {
      bytes,
      info: { size: file.size, mtimeMs: file.lastModified },
      unstable: false,
    });
    if ('error' in read) errors.push(read.error);
    else articles.push({ ...read.article, id: `dropped:${file.name}` });
  }
  return { articles, errors };
}
