/**
 * readArticleFile with blocking I/O, for worker threads: the same checks in the same order
 * (regular files only, type checked again on the handle opened non-blocking, size limit,
 * re-read while the file changes), the same messages, the same Article. Six promise-based
 * calls per file cost more than cleaning small files; a worker may block, the main thread not.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import {
  articleFromBytes,
  DEFAULT_MAX_BYTES,
  describeIoError,
  describeType,
  isArticlePath,
  READ_ATTEMPTS,
  ReadProblem,
  tooLarge,
  type ReadResult,
} from './read-article-file';

export function readArticleFileSync(path: string, opts: { maxBytes?: number } = {}): ReadResult {
  const absolute = resolve(path);
  const fail = (message: string): ReadResult => ({ error: { path: absolute, message } });
  if (!isArticlePath(absolute)) return fail('not a text or HTML file');
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let info: Stats;
  try {
    info = statSync(absolute);
  } catch (error) {
    return fail(describeStatError(absolute, error));
  }
  const typeProblem = describeType(info);
  if (typeProblem) return fail(typeProblem);
  if (info.size > maxBytes) return fail(tooLarge(info.size, maxBytes));
  try {
    return articleFromBytes(absolute, readStable(absolute, maxBytes));
  } catch (error) {
    return fail(error instanceof ReadProblem ? error.message : describeIoError(error));
  }
}

function readStable(path: string, maxBytes: number): { bytes: Uint8Array; info: Stats; unstable: boolean } {
  let last: { bytes: Uint8Array; info: Stats } | null = null;
  for (let attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const before = fstatSync(fd);
      const typeProblem = describeType(before);
      if (typeProblem) throw new ReadProblem(typeProblem);
      if (before.size > maxBytes) throw new ReadProblem(tooLarge(before.size, maxBytes));
      const bytes = readAll(fd, maxBytes, before.size);
      const after = statOrNull(path);
      last = { bytes, info: before };
      const same =
        after !== null &&
        after.ino === before.ino &&
        after.size === before.size &&
        after.mtimeMs === before.mtimeMs &&
        bytes.length === before.size;
      if (same) return { ...last, unstable: false };
    } finally {
      closeSync(fd);
    }
    sleep(30 * (attempt + 1));
  }
  return { ...last!, unstable: true };
}

/** As the async reader: a first buffer of the reported size plus one byte, larger steps if it grew. */
function readAll(fd: number, maxBytes: number, expected: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  let next = Math.min(expected + 1, maxBytes + 1);
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.max(1, Math.min(next, maxBytes + 1 - total)));
    const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) throw new ReadProblem(tooLarge(total, maxBytes));
    if (bytesRead === chunk.length) next = Math.min(1024 * 1024, Math.max(next, 64 * 1024));
    else if (total >= expected) break;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

function describeStatError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR') {
    try {
      return lstatSync(path).isSymbolicLink() ? 'broken link' : 'file not found';
    } catch {
      return 'file not found';
    }
  }
  return describeIoError(error);
}

/** Blocks this thread (a worker) between attempts, as the async reader waits on a timer. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
