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
  fileProblem,
  isArticlePath,
  READ_ATTEMPTS,
  ReadProblem,
  type ReadResult,
} from './read-article-file';
import { createChunkCollector, describeStatFailure, mayBeBrokenLink, unchangedDuringRead } from './read-file-steps';

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
  const problem = fileProblem(info, maxBytes);
  if (problem) return fail(problem);
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
      const problem = fileProblem(before, maxBytes);
      if (problem) throw new ReadProblem(problem);
      const bytes = readAll(fd, maxBytes, before.size);
      last = { bytes, info: before };
      if (unchangedDuringRead(before, statOrNull(path), bytes.length)) return { ...last, unstable: false };
    } finally {
      closeSync(fd);
    }
    sleep(30 * (attempt + 1));
  }
  return { ...last!, unstable: true };
}

function readAll(fd: number, maxBytes: number, expected: number): Uint8Array {
  const collector = createChunkCollector(maxBytes, expected);
  for (;;) {
    const chunk = collector.nextBuffer();
    if (!collector.take(chunk, readSync(fd, chunk, 0, chunk.length, null))) return collector.bytes();
  }
}

function describeStatError(path: string, error: unknown): string {
  return describeStatFailure(error, mayBeBrokenLink(error) ? lstatOrNull(path) : null);
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

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}
