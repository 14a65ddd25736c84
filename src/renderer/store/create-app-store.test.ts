import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/article/article';
import type { Comparison, CompareOptions, PairScore } from '../../shared/comparison/comparison-types';
import type { AppApi, CorpusSnapshot, PushEvent, Settings } from '../../shared/ipc-contract';
import { createAppStore, INITIAL_SETTINGS, type Engine } from './create-app-store';

function article(id: string, text: string): Article {
  return {
    id,
    path: id,
    name: id.split('/').pop()!,
    title: id,
    date: null,
    dateline: null,
    credits: [],
    outlet: null,
    paragraphs: [{ text, part: 'body' }],
    warnings: [],
    encoding: 'utf-8',
    size: text.length,
    mtimeMs: 0,
  };
}

/** An in-memory API: folders are a map, pushes go to whoever listens. */
function memoryApi(folders: Record<string, Article[]>) {
  const listeners = new Set<(e: PushEvent) => void>();
  const saved: Settings[] = [];
  const api: AppApi = {
    transport: 'browser',
    getInitialState: async () => ({
      transport: 'browser',
      startFolder: '/demo',
      demoFolder: '/demo',
      settings: INITIAL_SETTINGS,
    }),
    openFolder: async (path): Promise<CorpusSnapshot> => {
      const articles = folders[path];
      if (!articles) throw new Error(`Not found: ${path}`);
      return { root: path, label: path, articles, errors: [] };
    },
    readFiles: async () => ({ articles: [], errors: [] }),
    cancelLoad: async () => undefined,
    chooseFolder: async () => ({ path: null, supported: false }),
    saveSettings: async (settings) => {
      saved.push(settings);
      return settings;
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { api, saved, push: (e: PushEvent) => listeners.forEach((l) => l(e)) };
}

/** A stand-in engine: one row per left paragraph; an edit wherever the texts differ. */
const fakeEngine = (pairs: PairScore[]): Engine & { compared: CompareOptions[] } => {
  const compared: CompareOptions[] = [];
  return {
    compared,
    compare(left, right, options): Comparison {
      compared.push(options);
      const l = left.paragraphs[0]!.text;
      const r = right.paragraphs[0]!.text;
      const diff =
        l === r
          ? [{ op: 'equal' as const, text: l }]
          : [
              { op: 'delete' as const, text: l },
              { op: 'insert' as const, text: r },
            ];
      const side = { words: 1, reusedWords: 0, reuse: 0, verbatim: 0, cosmetic: 0, rewritten: 0 };
      return {
        rows: [{ left: [0], right: [0], kind: 'matched', diff, moved: false, setApart: false }],
        links: [],
        stats: { left: side, right: side },
        truncated: false,
      };
    },
    rank: async () => pairs,
  };
};

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createAppStore', () => {
  const a = article('/demo/a.txt', 'eins');
  const b = article('/demo/b.txt', 'zwei');
  const c = article('/demo/c.txt', 'eins');
  const pairs: PairScore[] = [
    { left: a.id, right: c.id, leftReuse: 1, rightReuse: 1, score: 1 },
    { left: a.id, right: b.id, leftReuse: 0.2, rightReuse: 0.1, score: 0.2 },
    { left: b.id, right: c.id, leftReuse: 0, rightReuse: 0, score: 0 },
  ];

  it('starts on the start folder and opens the top ranked pair', async () => {
    const { api } = memoryApi({ '/demo': [a, b, c] });
    const store = createAppStore(api, fakeEngine(pairs));
    await store.getState().init();
    await flush();
    const state = store.getState();
    expect(state.status).toBe('ready');
    expect(state.articles.map((x) => x.id)).toEqual([a.id, b.id, c.id]);
    expect([state.leftId, state.rightId]).toEqual([a.id, c.id]);
    expect(state.changes).toEqual([]);
  });

  it('steps through ranked pairs with ] and [ and swaps sides', async () => {
    const { api } = memoryApi({ '/demo': [a, b, c] });
    const store = createAppStore(api, fakeEngine(pairs));
    await store.getState().init();
    await flush();
    store.getState().stepPair(1);
    expect([store.getState().leftId, store.getState().rightId]).toEqual([a.id, b.id]);
    expect(store.getState().changes).toHaveLength(1);
    store.getState().swapSides();
    expect([store.getState().leftId, store.getState().rightId]).toEqual([b.id, a.id]);
    store.getState().stepPair(1);
    expect([store.getState().leftId, store.getState().rightId]).toEqual([b.id, c.id]);
    store.getState().stepPair(-1);
    store.getState().stepPair(-1);
    expect([store.getState().leftId, store.getState().rightId]).toEqual([a.id, c.id]);
  });

  it('walks changes and keeps the count in range', async () => {
    const { api } = memoryApi({ '/demo': [a, b] });
    const store = createAppStore(api, fakeEngine([]));
    await store.getState().init();
    expect(store.getState().changes).toHaveLength(1);
    store.getState().nextChange();
    store.getState().nextChange();
    expect(store.getState().currentChange).toBe(0);
    store.getState().previousChange();
    expect(store.getState().currentChange).toBe(0);
  });

  it('toggling the cosmetic fold switches every fold off, recompares, and saves the settings', async () => {
    const { api, saved } = memoryApi({ '/demo': [a, b] });
    const engine = fakeEngine([]);
    const store = createAppStore(api, engine);
    await store.getState().init();
    store.getState().toggleCosmeticFold();
    const off = engine.compared.at(-1)!;
    expect([off.foldCase, off.foldEszett, off.foldQuotes, off.foldDashes, off.foldCompounds, off.foldRegional]).toEqual(
      [false, false, false, false, false, false],
    );
    expect(saved.at(-1)!.compare.foldEszett).toBe(false);
    store.getState().toggleCosmeticFold();
    expect(engine.compared.at(-1)!.foldEszett).toBe(true);
  });

  it('shows a clear error when a folder cannot be opened, keeping what was open', async () => {
    const { api } = memoryApi({ '/demo': [a, b] });
    const store = createAppStore(api, fakeEngine([]));
    await store.getState().init();
    await store.getState().openFolder('/missing');
    expect(store.getState().notice).toEqual({ kind: 'error', text: 'Could not open /missing: Not found: /missing' });
    expect(store.getState().articles).toHaveLength(2);
  });

  it('applies pushed changes from the folder watcher', async () => {
    const { api, push } = memoryApi({ '/demo': [a, b] });
    const store = createAppStore(api, fakeEngine([]));
    await store.getState().init();
    push({ type: 'article-changed', article: { ...b, paragraphs: [{ text: 'eins', part: 'body' }] } });
    expect(store.getState().changes).toEqual([]);
    push({ type: 'article-removed', path: b.path });
    expect(store.getState().articles.map((x) => x.id)).toEqual([a.id]);
    expect(store.getState().comparison).toBeNull();
  });
});

describe('opening folders', () => {
  it('lets the newest open win when an earlier one finishes later', async () => {
    const a = article('/slow/a.txt', 'eins');
    const b = article('/fast/b.txt', 'zwei');
    let releaseSlow: () => void = () => undefined;
    const { api } = memoryApi({});
    api.openFolder = (path) =>
      path === '/slow'
        ? new Promise(
            (resolve) => (releaseSlow = () => resolve({ root: '/slow', label: 'slow', articles: [a], errors: [] })),
          )
        : Promise.resolve({ root: '/fast', label: 'fast', articles: [b], errors: [] });
    const store = createAppStore(api, fakeEngine([]));
    const slow = store.getState().openFolder('/slow');
    await store.getState().openFolder('/fast');
    releaseSlow();
    await slow;
    expect(store.getState().corpus?.label).toBe('fast');
    expect(store.getState().articles.map((x) => x.id)).toEqual([b.id]);
  });
});
