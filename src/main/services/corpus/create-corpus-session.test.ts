/**
 * The corpus session on real temporary folders: streaming, ranking, the cache, cancelling,
 * the in-thread fallback. Texts are made up for the tests (seeded syllable words), except
 * the seed corpus from ../shared/corpus, which is read in place.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarizeArticle, type ArticleSummary } from '../../../shared/article/summarize-article';
import type { PairScore } from '../../../shared/comparison/comparison-types';
import { SEEDS_DIR, seedsExist, SEEDS_MISSING_REASON } from '../../../shared/comparison/test-support/load-seed-article';
import { makeArticle } from '../../../shared/comparison/test-support/make-article';
import { SYLLABLES_A, SYLLABLES_B, syntheticParagraphs } from '../../../shared/comparison/test-support/synthetic-text';
import { readFolder } from '../read-folder';
import { createCorpusSession, defaultWorkerCount, type CorpusSessionOptions } from './create-corpus-session';
import type { CorpusEvent } from './corpus-session-types';

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'wirediff-session-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function openFolder(
  root: string,
  options: CorpusSessionOptions = {},
  cacheDir: string | null = null,
  exact = true,
) {
  const session = createCorpusSession(options);
  const events: CorpusEvent[] = [];
  await session.open(root, { cacheDir, exact }, (event) => events.push(event));
  return { session, events };
}

const lastPairs = (events: CorpusEvent[]): { pairs: PairScore[]; exact: boolean } =>
  events.filter((e) => e.type === 'pairs').at(-1) as { pairs: PairScore[]; exact: boolean };
const summaryIds = (events: CorpusEvent[]) =>
  new Set(events.flatMap((e) => (e.type === 'articles' ? e.articles.map((a) => a.id) : [])));

/** A folder of `count` made-up articles; every third one shares a paragraph with the next. */
async function makeFolder(name: string, count: number): Promise<string> {
  const root = join(scratch, name);
  await mkdir(root, { recursive: true });
  for (let i = 0; i < count; i++) {
    const own = syntheticParagraphs(1000 + i, 900, i % 2 ? SYLLABLES_A : SYLLABLES_B);
    const shared = syntheticParagraphs(5000 + Math.floor(i / 3), 700, SYLLABLES_A);
    const text = [`Titel ${i}`, ...(i % 3 === 2 ? own : [...shared, ...own])].join('\n\n');
    await writeFile(join(root, `${String(i).padStart(3, '0')}.txt`), text);
  }
  return root;
}

describe.skipIf(!seedsExist)(seedsExist ? 'a session on the seed corpus' : SEEDS_MISSING_REASON, () => {
  it('streams summaries, finishes reading, then ranks all 10 pairs, estimated then exact', async () => {
    const { session, events } = await openFolder(SEEDS_DIR, { workers: 2 });
    const types = events.map((e) => e.type);
    expect(types.indexOf('articles')).toBeLessThan(types.indexOf('done'));
    expect(types.indexOf('done')).toBeLessThan(types.indexOf('pairs'));
    const pairKinds = events.flatMap((e) => (e.type === 'pairs' ? [e.exact] : []));
    expect(pairKinds).toEqual([false, true]);
    const { pairs } = lastPairs(events);
    expect(pairs).toHaveLength(10);
    const name = (id: string) => id.slice(id.lastIndexOf('/') + 1, id.lastIndexOf('/') + 4);
    expect([name(pairs[0]!.left), name(pairs[0]!.right)].sort()).toEqual(['000', '002']);
    expect(pairs[0]!.score).toBeGreaterThan(0.6);
    expect(summaryIds(events).size).toBe(5);

    // Full articles come back as readFolder makes them (folder chrome included).
    const expected = (await readFolder(SEEDS_DIR)).articles;
    expect(await session.getArticles(expected.map((a) => a.id))).toEqual(expected);
    await session.close();
  });

  it.skipIf(!seedsExist)(
    'leaves candidates below the align floor estimated, aligning only the strong ones',
    async () => {
      const session = createCorpusSession({ workers: 1 });
      const events: CorpusEvent[] = [];
      await session.open(SEEDS_DIR, { alignFloor: 0.3, alignAllUpTo: 0 }, (event) => events.push(event));
      const estimated = events.find((e) => e.type === 'pairs' && !e.exact) as { pairs: PairScore[] };
      const final = lastPairs(events);
      const key = (p: PairScore) => [p.left, p.right].sort().join('|');
      const before = new Map(estimated.pairs.map((p) => [key(p), p.score]));
      // Weak pairs keep their estimate; a strong one was aligned (its figure may change).
      const weak = final.pairs.filter((p) => (before.get(key(p)) ?? 1) < 0.3);
      expect(weak.length).toBeGreaterThan(0);
      for (const pair of weak) expect(pair.score).toBe(before.get(key(pair)));
      // …and say so, so the list can mark them.
      for (const pair of weak) expect(pair.estimated).toBe(true);
      expect(final.exact).toBe(true);
      const progress = events.filter((e) => e.type === 'progress' && e.phase === 'aligning').at(-1);
      expect(progress?.type === 'progress' && progress.total).toBeLessThan(10);
      await session.close();
    },
  );

  it('aligns every candidate of a small folder, floor or not', async () => {
    const session = createCorpusSession({ workers: 1 });
    const events: CorpusEvent[] = [];
    await session.open(SEEDS_DIR, { alignFloor: 0.3 }, (event) => events.push(event));
    const final = lastPairs(events);
    expect(final.exact).toBe(true);
    expect(final.pairs.length).toBeGreaterThan(0);
    expect(final.pairs.filter((p) => p.estimated)).toEqual([]);
    await session.close();
  });

  it('gives the same ranking in-thread when no worker can start', async () => {
    const spawnWorker = () => {
      throw new Error('no threads here');
    };
    const first = await openFolder(SEEDS_DIR, { workers: 2 });
    const threaded = lastPairs(first.events).pairs;
    await first.session.close();
    const { session, events } = await openFolder(SEEDS_DIR, { workers: 2, spawnWorker });
    expect(lastPairs(events).pairs).toEqual(threaded);
    await session.close();
  });
});

const helsinki = join(SEEDS_DIR, '..', 'helsinki-2018');

describe.skipIf(!existsSync(helsinki))('a session on helsinki-2018 (598 articles)', () => {
  it('shows the summaries readFolder would give, chrome learned across the folder included', async () => {
    const { session, events } = await openFolder(helsinki, { workers: 2 }, null, false);
    const shown = new Map<string, ArticleSummary>();
    for (const e of events) if (e.type === 'articles') for (const a of e.articles) shown.set(a.id, a);
    const expected = (await readFolder(helsinki)).articles.map(summarizeArticle);
    expect(shown.size).toBe(expected.length);
    const differ = expected.filter((a) => {
      const got = shown.get(a.id)!;
      return got.title !== a.title;
    });
    expect(differ.map((a) => a.name)).toEqual([]);
    await session.close();
  }, 120_000);
});

describe('the session cache', () => {
  it('reads only the changed file on the second open, and never writes into the folder', async () => {
    const root = await makeFolder('cached', 24);
    const cacheDir = join(scratch, 'cache');
    const reads: string[] = [];
    const first = await openFolder(root, { onFileRead: (path) => reads.push(path) }, cacheDir);
    expect(reads).toHaveLength(24);
    const firstPairs = lastPairs(first.events).pairs;
    await first.session.close();

    const changed = join(root, '004.txt');
    await writeFile(changed, `${await readFile(changed, 'utf8')}\n\nEin neuer Absatz am Ende.`);
    await utimes(changed, new Date(), new Date(Date.now() + 5000));
    reads.length = 0;
    const second = await openFolder(root, { onFileRead: (path) => reads.push(path) }, cacheDir);
    expect(reads).toEqual([changed]);
    expect(summaryIds(second.events).size).toBe(24);
    expect(lastPairs(second.events).pairs.length).toBe(firstPairs.length);
    const [article] = await second.session.getArticles([changed]);
    expect(article!.paragraphs.at(-1)!.text).toBe('Ein neuer Absatz am Ende.');
    await second.session.close();
    expect((await readdir(root)).every((name) => name.endsWith('.txt'))).toBe(true);
  });

  it('ignores a corrupt cache and reads everything again', async () => {
    const root = await makeFolder('corrupt', 6);
    const cacheDir = join(scratch, 'cache-corrupt');
    await (await openFolder(root, {}, cacheDir)).session.close();
    const [folder] = await readdir(join(cacheDir, 'corpus-cache'));
    const index = join(cacheDir, 'corpus-cache', folder!, 'index.jsonl');
    await writeFile(index, `${(await readFile(index, 'utf8')).slice(0, 200)}\u0000garbage`);
    const reads: string[] = [];
    const { session, events } = await openFolder(root, { onFileRead: (path) => reads.push(path) }, cacheDir);
    expect(reads).toHaveLength(6);
    expect(summaryIds(events).size).toBe(6);
    await session.close();
  });

  it('keeps no cache inside the folder being read', async () => {
    const root = await makeFolder('inside', 3);
    const reads: string[] = [];
    for (let open = 0; open < 2; open++) {
      await (await openFolder(root, { onFileRead: (path) => reads.push(path) }, join(root, 'cache'))).session.close();
    }
    expect(reads).toHaveLength(6);
    expect(existsSync(join(root, 'cache'))).toBe(false);
  });
});

describe('a session on hostile and large folders', () => {
  it('reports bad files and never follows folder links', async () => {
    const root = join(scratch, 'hostile');
    await mkdir(join(root, 'sub'), { recursive: true });
    await writeFile(join(root, 'good.txt'), 'Titel\n\nEin guter Satz steht hier.');
    await writeFile(join(root, 'empty.txt'), '');
    execFileSync('mkfifo', [join(root, 'pipe.txt')]);
    await symlink('/dev/zero', join(root, 'zero.txt'));
    await symlink('..', join(root, 'sub', 'up'));
    await symlink(root, join(root, 'sub', 'loop.txt'));
    const { session, events } = await openFolder(root);
    const errors = events.flatMap((e) => (e.type === 'errors' ? e.errors.map((x) => x.message) : [])).sort();
    expect(errors).toEqual(['empty file', 'not a regular file', 'not a regular file']);
    expect([...summaryIds(events)]).toEqual([join(root, 'good.txt')]);
    await session.close();
  });

  it('stops promptly when cancelled and can open again', async () => {
    const root = await makeFolder('many', 300);
    const session = createCorpusSession({ workers: 2 });
    const controller = new AbortController();
    const events: CorpusEvent[] = [];
    const started = performance.now();
    await session.open(root, { signal: controller.signal }, (event) => {
      events.push(event);
      if (event.type === 'articles') controller.abort();
    });
    expect(performance.now() - started).toBeLessThan(10_000);
    const count = events.length;
    await new Promise((r) => setTimeout(r, 200));
    expect(events.length).toBe(count);
    expect(events.some((e) => e.type === 'done')).toBe(false);

    const again: CorpusEvent[] = [];
    await session.open(root, { exact: false }, (event) => again.push(event));
    expect(summaryIds(again).size).toBe(300);
    expect(lastPairs(again).exact).toBe(false);
    await session.close();
  });

  it('opens and closes again and again without piling up exit hooks for its scratch folders', async () => {
    const root = await makeFolder('reopened', 3);
    const openAndClose = async () => (await openFolder(root, { workers: 0 })).session.close();
    await openAndClose();
    const hooks = process.listenerCount('exit');
    for (let i = 0; i < 12; i++) await openAndClose();
    expect(process.listenerCount('exit')).toBe(hooks);
  });

  it('adds dropped articles to an empty corpus and removes them again', async () => {
    const session = createCorpusSession({ workers: 1 });
    const events: CorpusEvent[] = [];
    await session.open(null, {}, (event) => events.push(event));
    expect(events.map((e) => e.type)).toEqual(['done']);
    const text = syntheticParagraphs(7, 800, SYLLABLES_A);
    await session.add([makeArticle('dropped:a', text), makeArticle('dropped:b', [text[0]!, text[1]!])]);
    expect(lastPairs(events).pairs.map((p) => [p.left, p.right])).toEqual([['dropped:a', 'dropped:b']]);
    expect(lastPairs(events).pairs[0]!.rightReuse).toBe(1);
    expect((await session.getArticles(['dropped:b']))[0]!.paragraphs).toHaveLength(2);
    await session.remove(['dropped:b']);
    expect(events.at(-2)).toEqual({ type: 'removed', ids: ['dropped:b'] });
    expect(lastPairs(events).pairs).toEqual([]);
    await session.close();
  });
});

describe('defaultWorkerCount', () => {
  it('uses both cores of a small machine and leaves one core free on larger ones, up to six', () => {
    expect([1, 2, 3, 4, 8, 16].map(defaultWorkerCount)).toEqual([1, 2, 2, 3, 6, 6]);
  });
});
