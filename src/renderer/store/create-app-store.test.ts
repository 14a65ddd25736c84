import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/article/article';
import { summarizeArticle } from '../../shared/article/summarize-article';
import type { Comparison, CompareOptions, PairScore } from '../../shared/comparison/comparison-types';
import type { AppApi, CorpusEvent, PushEvent, Settings } from '../../shared/ipc-contract';
import { INITIAL_SETTINGS } from './app-state';
import { createAppStore, type Engine } from './create-app-store';

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

interface Folder {
  articles: Article[];
  pairs: PairScore[];
}

/**
 * An in-memory API that behaves like the services: an open streams `articles`, `done`
 * and `pairs` events for the renderer's corpus id, and resolves once reading is done.
 */
function memoryApi(folders: Record<string, Folder>) {
  const listeners = new Set<(e: PushEvent) => void>();
  const saved: Settings[] = [];
  const reports: { fileName: string; html: string }[] = [];
  let open: { corpusId: number; articles: Map<string, Article> } | null = null;
  const push = (e: PushEvent) => listeners.forEach((l) => l(e));
  const emit = (corpusId: number, event: CorpusEvent) => push({ type: 'corpus', corpusId, event });
  const api: AppApi = {
    transport: 'browser',
    getInitialState: async () => ({
      transport: 'browser',
      startFolder: '/demo',
      demoFolder: '/demo',
      settings: INITIAL_SETTINGS,
    }),
    openFolder: async (path, corpusId) => {
      const folder = folders[path];
      if (!folder) throw new Error('no such folder or file');
      open = { corpusId, articles: new Map(folder.articles.map((a) => [a.id, a])) };
      emit(corpusId, { type: 'articles', articles: folder.articles.map(summarizeArticle) });
      emit(corpusId, { type: 'done', articles: folder.articles.length, errors: 0, ms: 1 });
      setTimeout(() => emit(corpusId, { type: 'pairs', pairs: folder.pairs, exact: true }), 0);
      return { root: path, path, label: path, articles: folder.articles.length };
    },
    openTexts: async () => ({ root: null, path: null, label: 'texts', articles: 0 }),
    getArticles: async (ids) => ids.flatMap((id) => (open?.articles.get(id) ? [open.articles.get(id)!] : [])),
    addFiles: async () => ({ added: 0, errors: [] }),
    addTexts: async () => ({ added: 0, errors: [] }),
    cancelLoad: async () => undefined,
    chooseFolder: async () => ({ path: null, supported: false }),
    saveReport: async (fileName, html) => {
      reports.push({ fileName, html });
      return { saved: `/reports/${fileName}`, supported: true };
    },
    saveSettings: async (settings) => {
      saved.push(settings);
      return settings;
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const change = (next: Article) => {
    open!.articles.set(next.id, next);
    emit(open!.corpusId, { type: 'articles', articles: [summarizeArticle(next)] });
  };
  const remove = (id: string) => {
    open!.articles.delete(id);
    emit(open!.corpusId, { type: 'removed', ids: [id] });
  };
  return { api, saved, reports, change, remove, emit };
}

/** A stand-in engine: one row; an edit wherever the texts differ. */
const fakeEngine = (): Engine & { compared: CompareOptions[] } => {
  const compared: CompareOptions[] = [];
  return {
    compared,
    async compare(left, right, options): Promise<Comparison> {
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
  };
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

const a = article('/demo/a.txt', 'eins');
const b = article('/demo/b.txt', 'zwei');
const c = article('/demo/c.txt', 'eins');
const pairs: PairScore[] = [
  { left: a.id, right: c.id, leftReuse: 1, rightReuse: 1, score: 1 },
  { left: a.id, right: b.id, leftReuse: 0.2, rightReuse: 0.1, score: 0.2 },
  { left: b.id, right: c.id, leftReuse: 0, rightReuse: 0, score: 0 },
];

/**
 * The browser host sends events on another connection: here those of an open (of the paths
 * `holds` picks) arrive only after its reply.
 */
function eventsAfterReply(memory: ReturnType<typeof memoryApi>, holds: (path: string) => boolean = () => true) {
  const queued: (() => void)[] = [];
  let holding = false;
  const subscribe = memory.api.onEvent;
  memory.api.onEvent = (listener) =>
    subscribe((event) => (holding ? queued.push(() => listener(event)) : listener(event)));
  const reply = memory.api.openFolder;
  memory.api.openFolder = async (path, corpusId) => {
    holding = holds(path);
    const opened = await reply(path, corpusId);
    holding = false;
    setTimeout(() => queued.splice(0).forEach((deliver) => deliver()), 0);
    return opened;
  };
}

async function started(folders: Record<string, Folder>) {
  const memory = memoryApi(folders);
  const engine = fakeEngine();
  const store = createAppStore(memory.api, engine);
  await store.getState().init();
  await settle();
  return { store, engine, ...memory };
}

describe('createAppStore', () => {
  it('keeps a folder opened before the launch folder was known', async () => {
    const memory = memoryApi({ '/demo': { articles: [a, b], pairs: [] }, '/mine': { articles: [a, b, c], pairs } });
    let answer: () => void = () => undefined;
    const initial = memory.api.getInitialState;
    memory.api.getInitialState = () => new Promise((resolve) => (answer = () => resolve(initial())));
    const store = createAppStore(memory.api, fakeEngine());
    const starting = store.getState().init();
    await store.getState().openFolder('/mine');
    answer();
    await starting;
    await settle();
    expect(store.getState().corpus?.root).toBe('/mine');
    expect(store.getState().articles).toHaveLength(3);
  });

  it('starts on the start folder and opens the top ranked pair', async () => {
    const { store } = await started({ '/demo': { articles: [c, b, a], pairs } });
    const state = store.getState();
    expect(state.status).toBe('ready');
    expect(state.articles.map((x) => x.id)).toEqual([a.id, b.id, c.id]);
    expect('paragraphs' in state.articles[0]!).toBe(false);
    expect([state.leftId, state.rightId]).toEqual([a.id, c.id]);
    expect(state.left?.paragraphs[0]?.text).toBe('eins');
    expect(state.changes).toEqual([]);
  });

  it('steps through ranked pairs with ] and [ and swaps sides', async () => {
    const { store } = await started({ '/demo': { articles: [a, b, c], pairs } });
    const ids = () => [store.getState().leftId, store.getState().rightId];
    store.getState().stepPair(1);
    await settle();
    expect(ids()).toEqual([a.id, b.id]);
    expect(store.getState().changes).toHaveLength(1);
    store.getState().swapSides();
    await settle();
    expect(ids()).toEqual([b.id, a.id]);
    expect(store.getState().left?.id).toBe(b.id);
    store.getState().stepPair(1);
    expect(ids()).toEqual([b.id, c.id]);
    store.getState().stepPair(-1);
    store.getState().stepPair(-1);
    expect(ids()).toEqual([a.id, c.id]);
  });

  it('saves the comparison on screen as a report named after its articles, and says where', async () => {
    const { store, reports } = await started({ '/demo': { articles: [a, b, c], pairs } });
    await store.getState().saveReport();
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report!.fileName).toBe(`wirediff-${a.name.replace(/\.txt$/, '')}-vs-${c.name.replace(/\.txt$/, '')}.html`);
    expect(report!.html).toContain('<h1>Wirediff: /demo/a.txt ⇄ /demo/c.txt</h1>');
    expect(report!.html).toContain('eins</td>');
    expect(store.getState().notice).toEqual({ kind: 'info', text: `Report saved: /reports/${report!.fileName}` });
  });

  it('keeps the saved pair open when a later ranking puts another on top', async () => {
    const { store, emit } = await started({ '/demo': { articles: [a, b, c], pairs } });
    await store.getState().saveReport();
    const reranked: PairScore[] = [{ left: b.id, right: c.id, leftReuse: 1, rightReuse: 1, score: 1 }, ...pairs];
    emit(store.getState().corpusId, { type: 'pairs', pairs: reranked, exact: true });
    await settle();
    expect([store.getState().leftId, store.getState().rightId]).toEqual([a.id, c.id]);
  });

  it('saves the ranking the list shows as a report named after the folder', async () => {
    const { store, reports } = await started({ '/demo': { articles: [a, b, c], pairs } });
    await store.getState().saveRankingReport();
    expect(reports.map((r) => r.fileName)).toEqual(['wirediff-ranking-demo.html']);
    const html = reports[0]!.html;
    expect(html).toContain('<h1>Wirediff ranking: /demo</h1>');
    expect(html).toContain('3 articles, 3 pairs');
    expect(store.getState().notice).toEqual({
      kind: 'info',
      text: 'Ranking saved: /reports/wirediff-ranking-demo.html',
    });

    // With a filter on, only the pairs the list shows, and the report says so.
    store.getState().setFilter('b.txt');
    await store.getState().saveRankingReport();
    const filtered = reports[1]!.html;
    expect(filtered).toContain('2 pairs');
    expect(filtered).toContain('Pairs matching “b.txt”.');
    store.getState().setFilter('nothing like it');
    await store.getState().saveRankingReport();
    expect(reports).toHaveLength(2);
    expect(store.getState().notice?.text).toMatch(/^No pair matches the filter/);
  });

  it('says what to do when there is no comparison to save, and when saving fails', async () => {
    const { store, reports } = await started({ '/demo': { articles: [a], pairs: [] } });
    await store.getState().saveReport();
    expect(reports).toHaveLength(0);
    expect(store.getState().notice?.text).toMatch(/^Open a pair first/);

    const opened = await started({ '/demo': { articles: [a, b, c], pairs } });
    opened.api.saveReport = async () => {
      throw new Error('disk full');
    };
    await opened.store.getState().saveReport();
    expect(opened.store.getState().notice).toEqual({ kind: 'error', text: 'Could not save the report: disk full' });
  });

  it('keeps the pair the reader works in when a later ranking puts another on top', async () => {
    const { store, emit } = await started({ '/demo': { articles: [a, b, c], pairs } });
    const ids = () => [store.getState().leftId, store.getState().rightId];
    const reranked: PairScore[] = [{ left: b.id, right: c.id, leftReuse: 1, rightReuse: 1, score: 1 }, ...pairs];
    // Untouched, the top pair follows the ranking…
    emit(store.getState().corpusId, { type: 'pairs', pairs: reranked, exact: false });
    await settle();
    expect(ids()).toEqual([b.id, c.id]);
    // …but once the reader steps through its changes (or scrolls it), it stays.
    store.getState().nextChange();
    emit(store.getState().corpusId, { type: 'pairs', pairs, exact: true });
    await settle();
    expect(ids()).toEqual([b.id, c.id]);
  });

  it('opens a clicked article beside a partner it shares text with', async () => {
    const { store } = await started({ '/demo': { articles: [a, b, c], pairs } });
    expect([store.getState().leftId, store.getState().rightId]).toEqual([a.id, c.id]);
    // b shares nothing with c (score 0), so its strongest partner a comes to the right.
    store.getState().openArticle(b.id);
    await settle();
    expect([store.getState().leftId, store.getState().rightId]).toEqual([b.id, a.id]);
  });

  it('steps only through the pairs the filter shows', async () => {
    const { store } = await started({ '/demo': { articles: [a, b, c], pairs } });
    // Titles are the ids: "b.txt" matches b only, so the pairs with b are a~b and b~c.
    store.getState().setFilter('b.txt');
    store.getState().stepPair(1);
    expect([store.getState().leftId, store.getState().rightId]).toEqual([a.id, b.id]);
    store.getState().stepPair(1);
    expect([store.getState().leftId, store.getState().rightId]).toEqual([b.id, c.id]);
    store.getState().stepPair(1);
    expect([store.getState().leftId, store.getState().rightId]).toEqual([b.id, c.id]);
  });

  it('goes from a passage moved to another row to its other copy with m, and says when it cannot', async () => {
    const memory = memoryApi({ '/demo': { articles: [a, b, c], pairs } });
    const side = { words: 1, reusedWords: 1, reuse: 1, verbatim: 1, cosmetic: 0, rewritten: 0 };
    const moved = 'Die Strecke ist gesperrt.';
    const engine: Engine = {
      compare: async () => ({
        rows: [
          {
            left: [0],
            right: [0],
            kind: 'matched',
            moved: false,
            setApart: false,
            diff: [{ op: 'delete', text: moved, moved: 'verbatim', movedTo: 1 }],
          },
          {
            left: [1],
            right: [],
            kind: 'left-only',
            moved: false,
            setApart: false,
            diff: [{ op: 'delete', text: 'x' }],
          },
          {
            left: [],
            right: [1],
            kind: 'right-only',
            moved: false,
            setApart: false,
            diff: [{ op: 'insert', text: moved, moved: 'verbatim', movedTo: 0 }],
          },
        ],
        links: [],
        stats: { left: side, right: side },
        truncated: false,
      }),
    };
    const store = createAppStore(memory.api, engine);
    await store.getState().init();
    await settle();
    store.getState().goToMovedCopy();
    expect(store.getState().notice?.text).toMatch(/^Step to a passage marked as moved/);
    store.getState().nextChange();
    store.getState().goToMovedCopy();
    expect(store.getState().currentChange).toBe(2);
    store.getState().goToMovedCopy();
    expect(store.getState().currentChange).toBe(0);
  });

  it('walks changes and keeps the index in range', async () => {
    const { store } = await started({ '/demo': { articles: [a, b], pairs: [] } });
    expect(store.getState().changes).toHaveLength(1);
    store.getState().nextChange();
    store.getState().nextChange();
    expect(store.getState().currentChange).toBe(0);
    store.getState().previousChange();
    expect(store.getState().currentChange).toBe(0);
  });

  it('toggling the cosmetic fold switches every fold off, recompares, and saves the settings', async () => {
    const { store, engine, saved } = await started({ '/demo': { articles: [a, b], pairs: [] } });
    store.getState().toggleCosmeticFold();
    await settle();
    const off = engine.compared.at(-1)!;
    expect([off.foldCase, off.foldEszett, off.foldQuotes, off.foldDashes, off.foldCompounds, off.foldRegional]).toEqual(
      [false, false, false, false, false, false],
    );
    expect(saved.at(-1)!.compare.foldEszett).toBe(false);
    store.getState().toggleCosmeticFold();
    await settle();
    expect(engine.compared.at(-1)!.foldEszett).toBe(true);
  });

  it('says a folder is empty from the reply, not from events that may still be on their way', async () => {
    const memory = memoryApi({ '/demo': { articles: [a, b], pairs: [] }, '/empty': { articles: [], pairs: [] } });
    eventsAfterReply(memory);
    const store = createAppStore(memory.api, fakeEngine());
    await store.getState().init();
    await settle();
    expect(store.getState().notice).toBeNull();
    expect(store.getState().articles).toHaveLength(2);
    await store.getState().openFolder('/empty');
    await settle();
    expect(store.getState().notice).toEqual({ kind: 'info', text: 'No articles found in /empty.' });
  });

  it('shows only the new corpus when its reply comes before its events', async () => {
    const one = article('/one/x.txt', 'eins');
    const memory = memoryApi({ '/demo': { articles: [a, b], pairs }, '/one': { articles: [one], pairs: [] } });
    eventsAfterReply(memory, (path) => path === '/one');
    const store = createAppStore(memory.api, fakeEngine());
    await store.getState().init();
    await settle();
    expect(store.getState().articles).toHaveLength(2);
    await store.getState().openFolder('/one');
    await settle();
    expect(store.getState().articles.map((x) => x.id)).toEqual([one.id]);
    expect(store.getState().pairs).toEqual([]);
  });

  it('shows a folder opened while the one before it is still loading, whatever that one ends with', async () => {
    const memory = memoryApi({ '/demo': { articles: [a, b], pairs: [] }, '/seeds': { articles: [a], pairs: [] } });
    const reply = memory.api.openFolder;
    let cancelDemo: (() => void) | null = null;
    memory.api.openFolder = async (path, corpusId) => {
      if (path === '/demo') {
        // The demo sends its first event, then is still reading when the next folder is opened.
        memory.emit(corpusId, { type: 'progress', phase: 'listing', done: 0, total: 0 });
        return new Promise((_, reject) => (cancelDemo = () => reject(new Error('Loading was cancelled.'))));
      }
      // Opening another folder cancels the demo, whose failure arrives before the new events.
      cancelDemo!();
      await settle();
      return reply(path, corpusId);
    };
    const store = createAppStore(memory.api, fakeEngine());
    void store.getState().init();
    await settle();
    await store.getState().openFolder('/seeds');
    await settle();
    expect(store.getState().articles.map((x) => x.id)).toEqual([a.id]);
    expect(store.getState().corpus?.root).toBe('/seeds');
    expect(store.getState().notice).toBeNull();
  });

  it('shows a clear error when a folder cannot be opened, keeping what was open', async () => {
    const { store } = await started({ '/demo': { articles: [a, b], pairs: [] } });
    await store.getState().openFolder('/missing');
    expect(store.getState().notice).toEqual({ kind: 'error', text: 'Could not open /missing: no such folder or file' });
    expect(store.getState().articles).toHaveLength(2);
    expect(store.getState().status).toBe('ready');
  });

  it('recompares when a watched file of the open pair changes, and drops a removed one', async () => {
    const { store, change, remove } = await started({ '/demo': { articles: [a, b], pairs: [] } });
    expect(store.getState().changes).toHaveLength(1);
    change({ ...b, paragraphs: [{ text: 'eins', part: 'body' }] });
    await settle();
    expect(store.getState().changes).toEqual([]);
    remove(b.id);
    await settle();
    expect(store.getState().articles.map((x) => x.id)).toEqual([a.id]);
    expect(store.getState().comparison).toBeNull();
  });

  it('ignores events of a corpus it no longer shows', async () => {
    const { store } = await started({
      '/demo': { articles: [a, b], pairs: [] },
      '/other': { articles: [c], pairs: [] },
    });
    const staleId = store.getState().corpusId;
    await store.getState().openFolder('/other');
    store.getState();
    expect(store.getState().articles.map((x) => x.id)).toEqual([c.id]);
    expect(store.getState().corpusId).not.toBe(staleId);
  });
});
