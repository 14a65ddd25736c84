import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../../shared/article/summarize-article';
import { makeArticle } from '../../../shared/comparison/test-support/make-article';
import { loadCacheIndex, writeCacheIndex, type CacheEntry } from './corpus-cache';

const scratch = await mkdtemp(join(tmpdir(), 'wirediff-cache-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('the cache index', () => {
  it('gives back every field of its entries, title hints included', async () => {
    const article = makeArticle('a', ['Ein Titel', 'Erster Absatz des Textes.', 'Zweiter Absatz.']);
    const entry: CacheEntry = {
      path: join(scratch, 'a.txt'),
      size: 120,
      mtimeMs: 1700000000123.5,
      ref: { segment: 'articles-x.jsonl', offset: 40, length: 80 },
      summary: summarizeArticle(article),
      analysis: Uint8Array.from([1, 2, 3, 250]),
      titleHints: ['Ein Titel', 'Erster Absatz des Textes'],
      window: 8,
    };
    const folder = join(scratch, 'index');
    await writeCacheIndex(folder, [entry]);
    const loaded = await loadCacheIndex(folder);
    expect(loaded.get(entry.path)).toEqual(entry);
  });
});
