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
  if (!isArticlePath(absolute)) return fail('not a text or HTML file');
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;

  let info: Stats;
  try {
    info = await stat(absolute);
  } catch (error) {
    return fail(await describeStatError(absolute, error));
  }
  const typeProblem = describeType(info);
  if (typeProblem) return fail(typeProblem);
  if (info.size > maxBytes) return fail(tooLarge(info.size, maxBytes));

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
  read: { bytes: Uint8Array; info: Stats; unstable: boolean },
): ReadResult {
  const fail = (message: string): ReadResult => ({ error: { path: absolute, message } });
  if (read.bytes.length === 0) return fail('empty file');
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return fail(decoded.message);
  if (decoded.text.trim() === '') return fail('empty file');

  const source = { path: absolute, fileName: basename(absolute) };
  const ext = extname(absolute).toLowerCase();
  const cleaned: CleanedArticle =
    ext === '.html' || ext === '.htm' ? readHtmlArticle(decoded.text, source) : cleanArticle(decoded.text, source);
  const warnings = [
    ...decoded.warnings,
    ...(read.unstable ? ['the file changed while it was being read'] : []),
    ...cleaned.warnings,
  ];
  return {
    article: {
      ...cleaned,
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

export class ReadProblem extends Error {}

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
      const typeProblem = describeType(before);
      if (typeProblem) throw new ReadProblem(typeProblem);
      if (before.size > maxBytes) throw new ReadProblem(tooLarge(before.size, maxBytes));
      const bytes = await readAll(handle, maxBytes, before.size);
      const after = await stat(path).catch(() => null);
      last = { bytes, info: before };
      const same =
        after !== null &&
        after.ino === before.ino &&
        after.size === before.size &&
        after.mtimeMs === before.mtimeMs &&
        bytes.length === before.size;
      if (same) return { ...last, unstable: false };
    } finally {
      await handle.close();
    }
    await new Promise((r) => setTimeout(r, 30 * (attempt + 1)));
  }
  return { ...last!, unstable: true };
}

/**
 * Reads to the end, but never more than the limit (a file may grow while we read). The first
 * buffer fits the size the handle reported, plus one byte to notice growth: a fixed 1 MB
 * buffer per read made reading a folder of small files mostly allocation and GC.
 */
async function readAll(handle: FileHandle, maxBytes: number, expected: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  let next = Math.min(expected + 1, maxBytes + 1);
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.max(1, Math.min(next, maxBytes + 1 - total)));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) throw new ReadProblem(tooLarge(total, maxBytes));
    // The file grew (or lied about its size): continue in larger steps.
    if (bytesRead === chunk.length) next = Math.min(1024 * 1024, Math.max(next, 64 * 1024));
    else if (total >= expected) break;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

export function describeType(info: Stats): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'is a folder';
  return 'not a regular file';
}

async function describeStatError(path: string, error: unknown): Promise<string> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR') {
    const link = await lstat(path).catch(() => null);
    if (link?.isSymbolicLink()) return 'broken link';
    return 'file not found';
  }
  return describeIoError(error);
}

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'EAGAIN' || code === 'ENXIO') return 'not a regular file';
  return `could not read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb)} MB`;
}

export function tooLarge(size: number, limit: number): string {
  return `too large (${megabytes(size)}, limit ${megabytes(limit)})`;
}
