/**
 * readArticleFile with blocking I/O, for worker threads: the same checks (regular files only,
 * size limit, re-read while the file changes), the same messages, the same Article. Six
 * promise-based calls per file cost more than cleaning small files; a worker may block, the
 * main thread not.
 *
 * Unlike the async reader it opens first (non-blocking, so a FIFO cannot hang it) and asks
 * the handle, not the path: a path stat costs several times an fstat, and the handle is what
 * is read. The path is looked at only to explain a failed open.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import {
  articleFromBytes,
  DEFAULT_MAX_BYTES,
  describeIoError,
  fileProblem,
  isArticlePath,
  notAnArticle,
  READ_ATTEMPTS,
  ReadProblem,
  type ReadResult,
} from './read-article-file';
import { createChunkCollector, describeStatFailure, mayBeBrokenLink, unchangedDuringRead } from './read-file-steps';

export function readArticleFileSync(path: string, opts: { maxBytes?: number } = {}): ReadResult {
  const absolute = resolve(path);
  const fail = (message: string): ReadResult => ({ error: { path: absolute, message } });
  if (!isArticlePath(absolute)) {
    try {
      return fail(notAnArticle(statSync(absolute)));
    } catch (error) {
      return fail(describeStatError(absolute, error));
    }
  }
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    return articleFromBytes(absolute, readStable(absolute, maxBytes));
  } catch (error) {
    return fail(error instanceof ReadProblem ? error.message : describeIoError(error));
  }
}

function readStable(path: string, maxBytes: number): { bytes: Uint8Array; info: Stats; unstable: boolean } {
  let last: { bytes: Uint8Array; info: Stats } | null = null;
  for (let attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
    const fd = openOrExplain(path, maxBytes);
    try {
      const before = fstatSync(fd);
      const problem = fileProblem(before, maxBytes);
      if (problem) throw new ReadProblem(problem);
      const bytes = readAll(fd, maxBytes, before.size);
      last = { bytes, info: before };
      // The handle, not the path (see unchangedDuringRead); the watcher reports a file renamed over ours.
      if (unchangedDuringRead(before, fstatSync(fd), bytes.length)) return { bytes, info: before, unstable: false };
    } finally {
      closeSync(fd);
    }
    sleep(30 * (attempt + 1));
  }
  return { bytes: last!.bytes, info: last!.info, unstable: true };
}

/**
 * Opens the file for reading, or throws the message the async reader gives: that one stats
 * the path first, so a path that is no regular file is named so, not by the open's error.
 */
function openOrExplain(path: string, maxBytes: number): number {
  try {
    return openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    let info: Stats;
    try {
      info = statSync(path);
    } catch (statError) {
      throw new ReadProblem(describeStatError(path, statError));
    }
    throw new ReadProblem(fileProblem(info, maxBytes) ?? describeIoError(error));
  }
}

function readAll(fd: number, maxBytes: number, expected: number): Uint8Array {
  const collector = createChunkCollector(maxBytes, expected);
  for (;;) {
    const chunk = collector.nextBuffer();
    if (!collector.take(chunk, readSync(fd, chunk, 0, chunk.length, null))) return collector.bytes();
  }
}

/** Blocks this thread (a worker) between attempts, as the async reader waits on a timer. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The message for a failed stat of `path`, as the async reader's describeStatError gives it. */
function describeStatError(path: string, error: unknown): string {
  return describeStatFailure(error, mayBeBrokenLink(error) ? lstatOrNull(path) : null);
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}
