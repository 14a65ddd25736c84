/** Reads path-less dropped files as text for the main side to clean; skips what is not an article. */
import type { ReadError } from '../../shared/article/article';
import type { DroppedText } from '../../shared/ipc-contract';
import { isArticleFileName, type DroppedFile } from './collect-dropped-files';

const MAX_BYTES = 20 * 1024 * 1024;

export async function readDroppedTexts(
  files: readonly DroppedFile[],
): Promise<{ texts: DroppedText[]; errors: ReadError[]; skipped: string[] }> {
  const texts: DroppedText[] = [];
  const errors: ReadError[] = [];
  const skipped: string[] = [];
  for (const { name, file } of files) {
    // HTML needs the main side's DOM reader, which works on paths; a path-less HTML drop is skipped.
    if (!isArticleFileName(name) || /\.html?$/i.test(name)) {
      skipped.push(name);
      continue;
    }
    if (file.size > MAX_BYTES) {
      errors.push({ path: name, message: `too large (${Math.round(file.size / 1e6)} MB, limit 20 MB)` });
      continue;
    }
    const text = await file.text();
    if (text.trim() === '') errors.push({ path: name, message: 'empty file' });
    else texts.push({ name, text, size: file.size, lastModified: file.lastModified });
  }
  return { texts, errors, skipped };
}
