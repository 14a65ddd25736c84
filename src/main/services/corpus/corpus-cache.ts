/**
 * The corpus cache: cleaned articles and their analyses per file (path, size, mtime), so
 * reopening a folder reads only what changed. One folder per corpus root under the cache
 * dir, never inside the user's folder:
 *   articles-*.jsonl  one cleaned article per line, appended by the workers (a byte range each);
 *   index.jsonl       a header line, then one line per file with its summary, analysis and range.
 * Everything here may be deleted at any time; anything unreadable is ignored and re-read.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { Article } from '../../../shared/article/article';
import type { ArticleSummary } from '../../../shared/article/summarize-article';
import type { CacheRef } from './worker-protocol';

/** Bump when cleaning or analysis changes what is stored: older caches are then ignored. */
export const CACHE_VERSION = 5;
const INDEX = 'index.jsonl';

export interface CacheEntry {
  path: string;
  size: number;
  mtimeMs: number;
  ref: CacheRef | null;
  summary: ArticleSummary;
  analysis: Uint8Array;
  titleHints: string[];
  window: number;
}

/** The cache folder of `root`, or null when it would sit inside the folder being read. */
export function corpusCacheFolder(cacheDir: string, root: string): string | null {
  const folder = join(resolve(cacheDir), 'corpus-cache', createHash('sha1').update(resolve(root)).digest('hex'));
  const inside = relative(resolve(root), folder);
  return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside)) ? null : folder;
}

export async function loadCacheIndex(folder: string): Promise<Map<string, CacheEntry>> {
  const entries = new Map<string, CacheEntry>();
  const text = await readFile(join(folder, INDEX), 'utf8').catch(() => null);
  if (text === null) return entries;
  const lines = text.split('\n');
  try {
    const header = JSON.parse(lines[0]!) as { version?: number };
    if (header.version !== CACHE_VERSION) return entries;
    for (let i = 1; i < lines.length; i++) {
      if (lines[i] === '') continue;
      const [path, size, mtimeMs, segment, offset, length, summary, analysis, window, titleHints] = JSON.parse(
        lines[i]!,
      );
      entries.set(path, {
        path,
        size,
        mtimeMs,
        ref: segment ? { segment, offset, length } : null,
        summary,
        analysis: new Uint8Array(Buffer.from(analysis, 'base64')),
        window,
        titleHints: Array.isArray(titleHints) ? titleHints : [],
      });
      // Long indexes are parsed in slices so the event loop keeps breathing.
      if (i % 2000 === 0) await new Promise((r) => setImmediate(r));
    }
  } catch {
    return new Map(); // a corrupt index is no index
  }
  return entries;
}

/** Writes the index atomically and deletes segments no entry points to any more. */
export async function writeCacheIndex(folder: string, entries: Iterable<CacheEntry>): Promise<void> {
  const lines = [JSON.stringify({ version: CACHE_VERSION, written: new Date().toISOString() })];
  const live = new Set<string>();
  let count = 0;
  for (const e of entries) {
    if (e.ref) live.add(e.ref.segment);
    const analysis = Buffer.from(e.analysis.buffer, e.analysis.byteOffset, e.analysis.byteLength).toString('base64');
    lines.push(
      JSON.stringify([
        e.path,
        e.size,
        e.mtimeMs,
        e.ref?.segment,
        e.ref?.offset,
        e.ref?.length,
        e.summary,
        analysis,
        e.window,
        e.titleHints,
      ]),
    );
    if (++count % 2000 === 0) await new Promise((r) => setImmediate(r));
  }
  await mkdir(folder, { recursive: true });
  const temporary = join(folder, `${INDEX}.${process.pid}.${threadId}.tmp`);
  await writeFile(temporary, `${lines.join('\n')}\n`);
  await rename(temporary, join(folder, INDEX));
  for (const name of await readdir(folder).catch(() => [])) {
    if (name.startsWith('articles-') && !live.has(name)) await rm(join(folder, name), { force: true });
  }
}

/** Appends cleaned articles to this thread's own segment file (workers never share one). */
export class SegmentWriter {
  private fd: number | null = null;
  private folder = '';
  private name = '';
  private offset = 0;

  append(folder: string, article: Article): CacheRef | null {
    try {
      if (this.fd === null || this.folder !== folder) this.start(folder);
      const bytes = Buffer.from(`${JSON.stringify(article)}\n`);
      writeSync(this.fd!, bytes);
      const ref = { segment: this.name, offset: this.offset, length: bytes.length - 1 };
      this.offset += bytes.length;
      return ref;
    } catch {
      return null; // a full disk or a read-only cache only costs speed
    }
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private start(folder: string): void {
    this.close();
    this.folder = folder;
    this.name = `articles-${Date.now().toString(36)}-${process.pid}-${threadId}-${Math.random().toString(36).slice(2, 8)}.jsonl`;
    this.offset = 0;
    // The folder exists once the session has made it; segments are created exclusively.
    this.fd = openSync(join(folder, this.name), 'wx');
  }
}

/** A cached article, or null when the segment is gone or the bytes do not parse. */
export function readCachedArticle(folder: string, ref: CacheRef): Article | null {
  let fd: number | null = null;
  try {
    fd = openSync(join(folder, ref.segment), 'r');
    const bytes = Buffer.alloc(ref.length);
    if (readSync(fd, bytes, 0, ref.length, ref.offset) !== ref.length) return null;
    const article = JSON.parse(bytes.toString('utf8')) as Article;
    return Array.isArray(article.paragraphs) ? article : null;
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
