/**
 * One file on disk → one Article, or a ReadError a user understands. Only regular files are
 * opened: a FIFO would block forever and /dev/zero never ends, so the type is checked first
 * and again on the open handle (which is opened non-blocking in case the path was swapped).
 */
import { constants } from 'node:fs';
import { lstat, open, stat, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { Article, CleanedArticle, ReadError } from '../../shared/article/article';
import { cleanArticle } from '../../shared/article/clean-article';
import { decodeText } from '../../shared/article/decode-text';
import { readHtmlArticle } from './read-html-article';
import {
  createChunkCollector,
  describeIoError,
  describeStatFailure,
  mayBeBrokenLink,
  ReadProblem,
  tooLarge,
  unchangedDuringRead,
} from './read-file-steps';

// The sync reader and the tests take these from here, beside readArticleFile.
export { describeIoError, ReadProblem } from './read-file-steps';

export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm'];
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Reads retried when size or mtime moved during a read (an editor still saving). */
export const READ_ATTEMPTS = 3;

export function isArticlePath(path: string): boolean {
  return ARTICLE_EXTENSIONS.includes(extname(path).toLowerCase());
}

export type ReadResult = { article: Article } | { error: ReadError };

export async function readArticleFile(path: string, opts: { maxBytes?: number } = {}): Promise<ReadResult> {
  const absolute = resolve(path);
  const fail = (message: string): ReadResult => ({ error: { path: absolute, message } });
  if (!isArticlePath(absolute)) {
    // The extension alone would call a mistyped path or a folder "not a text file".
    const info = await stat(absolute).catch((error: unknown) => error);
    return fail(info instanceof Error ? await describeStatError(absolute, info) : notAnArticle(info as Stats));
  }
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;

  let info: Stats;
  try {
    info = await stat(absolute);
  } catch (error) {
    return fail(await describeStatError(absolute, error));
  }
  const problem = fileProblem(info, maxBytes);
  if (problem) return fail(problem);

  let read: { bytes: Uint8Array; info: Stats; unstable: boolean };
  try {
    read = await readStable(absolute, maxBytes);
  } catch (error) {
    if (error instanceof ReadProblem) return fail(error.message);
    return fail(describeIoError(error));
  }
  return articleFromBytes(absolute, read);
}

/** Decoded, cleaned bytes of a file → its Article (shared by the async and the sync reader). */
export function articleFromBytes(
  absolute: string,
  read: { bytes: Uint8Array; info: Pick<Stats, 'size' | 'mtimeMs'>; unstable: boolean },
): ReadResult {
  const fail = (message: string): ReadResult => ({ error: { path: absolute, message } });
  if (read.bytes.length === 0) return fail('empty file');
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return fail(decoded.message);
  // A test, not trim(): trimming copies the whole text to see whether anything is left.
  if (!/\S/.test(decoded.text)) return fail('empty file');

  const source = { path: absolute, fileName: basename(absolute) };
  const ext = extname(absolute).toLowerCase();
  const cleaned: CleanedArticle =
    ext === '.html' || ext === '.htm' ? readHtmlArticle(decoded.text, source) : cleanArticle(decoded.text, source);
  const warnings = [
    ...decoded.warnings,
    ...(read.unstable ? ['the file changed while it was being read'] : []),
    ...cleaned.warnings,
  ];
  // Every field by name: spreading `cleaned` and then adding fields made V8 build each
  // Article's shape anew, which cost more than decoding the file.
  return {
    article: {
      title: cleaned.title,
      date: cleaned.date,
      dateline: cleaned.dateline,
      credits: cleaned.credits,
      outlet: cleaned.outlet,
      paragraphs: cleaned.paragraphs,
      warnings,
      id: absolute,
      path: absolute,
      name: source.fileName,
      encoding: decoded.encoding,
      size: read.info.size,
      mtimeMs: read.info.mtimeMs,
    },
  };
}

/** Reads the whole file; re-reads when it changed meanwhile, so we never clean half a save. */
async function readStable(
  path: string,
  maxBytes: number,
): Promise<{ bytes: Uint8Array; info: Stats; unstable: boolean }> {
  let last: { bytes: Uint8Array; info: Stats } | null = null;
  for (let attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const before = await handle.stat();
      const problem = fileProblem(before, maxBytes);
      if (problem) throw new ReadProblem(problem);
      const bytes = await readAll(handle, maxBytes, before.size);
      last = { bytes, info: before };
      // The handle, not the path (see unchangedDuringRead).
      if (unchangedDuringRead(before, await handle.stat(), bytes.length)) {
        return { ...last, unstable: false };
      }
    } finally {
      await handle.close();
    }
    await new Promise((r) => setTimeout(r, 30 * (attempt + 1)));
  }
  return { ...last!, unstable: true };
}

async function readAll(handle: FileHandle, maxBytes: number, expected: number): Promise<Uint8Array> {
  const collector = createChunkCollector(maxBytes, expected);
  for (;;) {
    const chunk = collector.nextBuffer();
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (!collector.take(chunk, bytesRead)) return collector.bytes();
  }
}

/** Why a path without an article extension that exists is not read. */
export function notAnArticle(info: Stats): string {
  return info.isDirectory() ? 'is a folder' : 'not a text or HTML file';
}

/**
 * Why a file of this kind and size is not read, or null. Both readers check the open file;
 * the async one also checks the path before opening (the blocking one only on a failed open).
 */
export function fileProblem(info: Stats, maxBytes: number): string | null {
  if (info.isDirectory()) return 'is a folder';
  if (!info.isFile()) return 'not a regular file';
  return info.size > maxBytes ? tooLarge(info.size, maxBytes) : null;
}

async function describeStatError(path: string, error: unknown): Promise<string> {
  return describeStatFailure(error, mayBeBrokenLink(error) ? await lstat(path).catch(() => null) : null);
}
