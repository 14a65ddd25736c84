/**
 * Reads path-less dropped files as bytes for the main side, which decodes and cleans them as it
 * does files on disk (a Windows-1252 or UTF-16 file, an HTML page); skips what is not an article.
 */
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
    if (!isArticleFileName(name)) {
      skipped.push(name);
      continue;
    }
    if (file.size > MAX_BYTES) {
      errors.push({ path: name, message: `too large (${Math.round(file.size / 1e6)} MB, limit 20 MB)` });
      continue;
    }
    if (file.size === 0) errors.push({ path: name, message: 'empty file' });
    else texts.push({ name, base64: await base64Of(file), size: file.size, lastModified: file.lastModified });
  }
  return { texts, errors, skipped };
}

/** The browser's own encoder: a data URL is base64 already, and fast on megabytes. */
function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}
