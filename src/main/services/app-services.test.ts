import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summarizeArticle, type ArticleSummary } from '../../shared/article/summarize-article';
import type { CorpusEvent, PushEvent } from '../../shared/ipc-contract';
import { createAppServices, MAX_PAIRS_SENT, resolvePath, type AppServices } from './app-services';
import { dispatchRequest } from './dispatch-request';
import type { CorpusSession } from './corpus/corpus-session-types';
import { WARM_UP_PREFIX } from './corpus/warm-up-opens';
import { readArticleFile } from './read-article-file';

let dir: string;
let dataDir: string;
let services: AppServices;
let events: PushEvent[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wirediff-services-'));
  dataDir = await mkdtemp(join(tmpdir(), 'wirediff-user-data-'));
  events = [];
  await writeFile(join(dir, 'a.txt'), 'Titel A\n\nDer erste Satz steht hier.');
  await writeFile(join(dir, 'b.txt'), 'Titel B\n\nDer erste Satz steht dort.');
});

afterEach(async () => {
  await services.dispose();
  await rm(dir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

function start(watch = false, startPath: string | null = null) {
  services = createAppServices({
    transport: 'browser',
    userDataDir: dataDir,
    demoFolder: join(dir, 'demo'),
    startPath,
    emit: (event) => events.push(event),
    watch,
  });
  return services;
}

/** A dropped file as the renderer sends it: its bytes, base64. */
function dropped(name: string, content: string | Buffer) {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return { name, base64: bytes.toString('base64'), size: bytes.length, lastModified: 0 };
}

/** Services whose sessions are stubs: `open` as given, the rest doing nothing unless given. */
function startWithSessions(make: () => Pick<CorpusSession, 'open'> & Partial<CorpusSession>, watch = false) {
  services = createAppServices({
    transport: 'browser',
    userDataDir: dataDir,
    demoFolder: join(dir, 'demo'),
    emit: (event) => events.push(event),
    watch,
    createSession: () => ({
      getArticles: async () => [],
      add: async () => undefined,
      remove: async () => undefined,
      close: async () => undefined,
      ...make(),
    }),
  });
  return services;
}

/** The corpus events of one open, in order. */
const corpusEvents = (corpusId: number): CorpusEvent[] =>
  events.flatMap((e) => (e.type === 'corpus' && e.corpusId === corpusId ? [e.event] : []));

/** The article list a renderer would hold after these events. */
function articleNames(corpusId: number): string[] {
  const byId = new Map<string, ArticleSummary>();
  for (const event of corpusEvents(corpusId)) {
    if (event.type === 'articles') for (const a of event.articles) byId.set(a.id, a);
    if (event.type === 'removed') for (const id of event.ids) byId.delete(id);
  }
  return [...byId.values()].map((a) => a.name).sort();
}

const waitFor = async (predicate: () => boolean, ms = 5000) => {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

describe('createAppServices', () => {
  it('starts on the launch folder, else the demo corpus', async () => {
    expect((await start(false, dir).handlers['app:initial-state']({})).startFolder).toBe(dir);
    await services.dispose();
    expect((await start().handlers['app:initial-state']({})).startFolder).toBe(join(dir, 'demo'));
  });

  it('opens a folder, streams its articles and progress, ranks, and remembers it as recent', async () => {
    const { handlers } = start();
    const opened = await handlers['corpus:open-folder']({ path: dir, corpusId: 7 });
    expect(opened).toEqual({ root: dir, path: dir, label: dir.split('/').pop(), articles: 2 });
    expect(articleNames(7)).toEqual(['a.txt', 'b.txt']);
    const types = corpusEvents(7).map((e) => e.type);
    expect(types).toContain('progress');
    expect(types.indexOf('done')).toBeGreaterThan(types.indexOf('articles'));
    await waitFor(() => corpusEvents(7).some((e) => e.type === 'pairs'));
    expect((await handlers['app:initial-state']({})).settings.recentFolders).toEqual([dir]);
  });

  it('warms up once the demo corpus is shown, gives way to the next open, and leaves no folder behind', async () => {
    const warmUps = async () => (await readdir(tmpdir())).filter((name) => name.startsWith(WARM_UP_PREFIX));
    const before = await warmUps();
    const demoFolder = resolve(__dirname, '../../../resources/demo-corpus');
    services = createAppServices({
      transport: 'browser',
      userDataDir: dataDir,
      demoFolder,
      emit: (event) => events.push(event),
      keepWorkers: true,
    });
    const { handlers } = services;
    await handlers['corpus:open-folder']({ path: demoFolder, corpusId: 1 });
    let warming = false;
    for (let waited = 0; waited < 5000 && !warming; waited += 10) {
      warming = (await warmUps()).length > before.length;
      if (!warming) await new Promise((resolveWait) => setTimeout(resolveWait, 10));
    }
    expect(warming).toBe(true);
    // The user's open ends the warm-up and reads and ranks as ever.
    await handlers['corpus:open-folder']({ path: dir, corpusId: 2 });
    expect(articleNames(2)).toEqual(['a.txt', 'b.txt']);
    await waitFor(() => corpusEvents(2).some((e) => e.type === 'pairs'));
    await services.dispose();
    expect(await warmUps()).toEqual(before);
  });

  it('hands out full articles of the open corpus', async () => {
    const { handlers } = start();
    await handlers['corpus:open-folder']({ path: dir, corpusId: 1 });
    const [article] = await handlers['corpus:get-articles']({ ids: [join(dir, 'a.txt')] });
    expect(article?.paragraphs.map((p) => p.text)).toEqual(['Titel A', 'Der erste Satz steht hier.']);
  });

  it('keeps the open corpus when a single file cannot be read, naming the reason once', async () => {
    const { handlers } = start();
    await handlers['corpus:open-folder']({ path: dir, corpusId: 4 });
    const outside = await mkdtemp(join(tmpdir(), 'wirediff-binary-'));
    const binary = join(outside, 'noise.txt');
    await writeFile(binary, Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 37) % 256)));
    try {
      await expect(handlers['corpus:open-folder']({ path: binary, corpusId: 5 })).rejects.toThrow(/^binary file$/);
      // No event of a new corpus, and the folder's articles are still served.
      expect(corpusEvents(5)).toEqual([]);
      expect(await handlers['corpus:get-articles']({ ids: [join(dir, 'a.txt')] })).toHaveLength(1);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('opens a single file as a corpus of one', async () => {
    const opened = await start().handlers['corpus:open-folder']({ path: join(dir, 'a.txt'), corpusId: 2 });
    expect(opened.root).toBeNull();
    // The path box keeps showing the file that was opened.
    expect(opened.path).toBe(join(dir, 'a.txt'));
    expect(articleNames(2)).toEqual(['a.txt']);
  });

  it('adds dropped files and dropped texts to the open corpus', async () => {
    const { handlers } = start();
    await handlers['corpus:open-folder']({ path: join(dir, 'a.txt'), corpusId: 3 });
    expect(await handlers['corpus:add-files']({ paths: [join(dir, 'b.txt'), join(dir, 'nope.txt')] })).toMatchObject({
      added: 1,
      errors: [{ path: join(dir, 'nope.txt') }],
    });
    const added = await handlers['corpus:add-texts']({
      files: [dropped('c.txt', 'Titel C\n\nDer erste Satz steht hier.')],
    });
    expect(added).toEqual({ added: 1, errors: [] });
    expect(articleNames(3)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('reads dropped bytes as it reads files: any encoding, HTML pages, and binary refused', async () => {
    const { handlers } = start();
    await handlers['corpus:open-folder']({ path: join(dir, 'a.txt'), corpusId: 3 });
    const legacy = Buffer.from('Titel D\n\nGr\xfc\xdfe aus K\xf6ln.', 'latin1'); // Windows-1252 bytes
    const page =
      '<html><head><title>Seite E</title></head><body><nav>Start</nav><article><h1>Seite E</h1><p>Der erste Satz steht hier.</p></article></body></html>';
    const added = await handlers['corpus:add-texts']({
      files: [
        dropped('d.txt', legacy),
        dropped('e.html', page),
        dropped('f.txt', Buffer.from([0, 1, 2, 3, 0, 5, 6, 0])),
      ],
    });
    expect(added).toEqual({ added: 2, errors: [{ path: 'f.txt', message: 'binary file' }] });
    const [d, e] = await handlers['corpus:get-articles']({ ids: ['dropped:d.txt', 'dropped:e.html'] });
    expect(d?.paragraphs.map((p) => p.text)).toContain('Grüße aus Köln.');
    expect(d?.encoding).toBe('windows-1252');
    expect(e?.title).toBe('Seite E');
    expect(e?.paragraphs.some((p) => p.text === 'Start' && p.part !== 'boilerplate')).toBe(false);
  });

  it('says clearly when a path does not exist, and where a relative one was looked for', async () => {
    const { handlers } = start();
    await expect(handlers['corpus:open-folder']({ path: join(dir, 'nope'), corpusId: 1 })).rejects.toThrow(
      /^no such folder or file$/,
    );
    await expect(handlers['corpus:open-folder']({ path: 'nope-here', corpusId: 2 })).rejects.toThrow(
      `no such folder or file (${resolve('nope-here')})`,
    );
  });

  it('takes ~ as the home folder, as a shell does', () => {
    expect([resolvePath('~'), resolvePath('~/Artikel'), resolvePath('a/~')]).toEqual([
      homedir(),
      join(homedir(), 'Artikel'),
      resolve('a/~'),
    ]);
  });

  it('validates payloads before any service runs', async () => {
    const { handlers } = start();
    await expect(dispatchRequest(handlers, 'corpus:open-folder', { path: '', corpusId: 1 })).rejects.toThrow(
      /Invalid payload for corpus:open-folder/,
    );
    await expect(dispatchRequest(handlers, 'corpus:open-folder', { path: dir })).rejects.toThrow(/Invalid payload/);
    await expect(dispatchRequest(handlers, 'nope', {})).rejects.toThrow('Unknown channel: nope');
  });

  it('takes a report file name, never a path, and leaves saving to a dialog it does not have', async () => {
    const { handlers } = start();
    const html = '<!doctype html><p>Bericht</p>';
    await expect(
      dispatchRequest(handlers, 'dialog:save-report', { fileName: 'wirediff-a-vs-b.html', html }),
    ).resolves.toEqual({ saved: null, supported: false });
    for (const fileName of ['../escape.html', '/etc/passwd', 'a\\b.html', ''])
      await expect(dispatchRequest(handlers, 'dialog:save-report', { fileName, html })).rejects.toThrow(
        /Invalid payload for dialog:save-report/,
      );
  });

  it('streams added, changed and removed files of a watched folder, writing nothing there', async () => {
    const { handlers } = start(true);
    await handlers['corpus:open-folder']({ path: dir, corpusId: 4 });
    // The watcher's first scan may still run on a loaded machine, and what it finds counts as
    // there before: written again, the file is reported as changed, which adds it as well.
    for (let attempt = 0; !articleNames(4).includes('c.txt'); attempt++) {
      await writeFile(join(dir, 'c.txt'), `Titel C\n\nNeu hinzugekommen (${attempt}).`);
      await waitFor(() => articleNames(4).includes('c.txt'), 1500).catch((error: unknown) => {
        if (attempt === 4) throw error;
      });
    }
    await rm(join(dir, 'a.txt'));
    await waitFor(() => !articleNames(4).includes('a.txt'));
    expect(articleNames(4)).toEqual(['b.txt', 'c.txt']);
    expect((await readdir(dir)).sort()).toEqual(['b.txt', 'c.txt']);
  });

  it('drops the events of an older open once a newer one starts', async () => {
    // Ranking events may follow 'done', so an old session can still speak after a newer open
    // began; stub sessions keep their emit to do exactly that, at a known moment.
    const emits: ((event: CorpusEvent) => void)[] = [];
    const { handlers } = startWithSessions(() => ({
      open: async (_root, _options, emit) => {
        emits.push(emit);
        emit({ type: 'done', articles: 0, errors: 0, ms: 0 });
      },
    }));
    await handlers['corpus:open-folder']({ path: dir, corpusId: 5 });
    emits[0]!({ type: 'pairs', pairs: [], exact: false });
    await handlers['corpus:open-folder']({ path: dir, corpusId: 6 });
    emits[0]!({ type: 'pairs', pairs: [], exact: true });
    emits[1]!({ type: 'pairs', pairs: [], exact: true });
    expect(corpusEvents(5).map((e) => e.type)).toEqual(['done', 'pairs']);
    expect(corpusEvents(6).map((e) => e.type)).toEqual(['done', 'pairs']);
  });

  it('keeps the open asked for last when an older one finishes its checks later', async () => {
    const { handlers } = start();
    // The folder open still waits for its stat when the texts open (no stat) starts.
    const folder = handlers['corpus:open-folder']({ path: dir, corpusId: 7 });
    const texts = handlers['corpus:open-texts']({
      corpusId: 8,
      label: 'Pasted',
      files: [dropped('c.txt', 'Titel C\n\nEin dritter Satz.')],
    });
    await expect(folder).rejects.toThrow('Loading was cancelled.');
    await expect(texts).resolves.toEqual({ root: null, path: null, label: 'Pasted', articles: 1 });
    expect(corpusEvents(7)).toEqual([]);
    expect((await handlers['corpus:get-articles']({ ids: ['dropped:c.txt'] })).map((a) => a.name)).toEqual(['c.txt']);
  });

  it('adds a file saved after the folder was listed but before its watcher was ready', async () => {
    const added: string[] = [];
    startWithSessions(
      () => ({
        // The listing saw a.txt and b.txt; c.txt is saved while they are read.
        open: async (root, _options, emit) => {
          const read = await Promise.all(['a.txt', 'b.txt'].map((name) => readArticleFile(join(root!, name))));
          await writeFile(join(dir, 'c.txt'), 'Titel C\n\nWährend des Lesens gespeichert.');
          emit({
            type: 'articles',
            articles: read.flatMap((r) => ('article' in r ? [summarizeArticle(r.article)] : [])),
          });
          emit({ type: 'done', articles: 2, errors: 0, ms: 0 });
        },
        add: async (articles) => void added.push(...articles.map((a) => a.name)),
      }),
      true,
    );
    await services.handlers['corpus:open-folder']({ path: dir, corpusId: 9 });
    await waitFor(() => added.length > 0);
    expect(added).toEqual(['c.txt']);
  });

  it('closes a corpus that dropped files started while the old one was closing', async () => {
    let releaseClose = () => {};
    const closing = new Promise<void>((resolve) => (releaseClose = resolve));
    const sessions: { closing: boolean; closed: boolean }[] = [];
    const { handlers } = startWithSessions(() => {
      const state = { closing: false, closed: false };
      // The first session closes slowly, as a large corpus does.
      const slow = sessions.length === 0;
      sessions.push(state);
      return {
        open: async (_root, _options, emit) => emit({ type: 'done', articles: 0, errors: 0, ms: 0 }),
        close: async () => {
          state.closing = true;
          if (slow) await closing;
          state.closed = true;
        },
      };
    });
    await handlers['corpus:open-folder']({ path: dir, corpusId: 1 });
    const reopening = handlers['corpus:open-folder']({ path: dir, corpusId: 2 });
    // While the old session closes, a drop starts an empty corpus of its own.
    await waitFor(() => sessions[0]!.closing);
    await handlers['corpus:add-texts']({ files: [dropped('c.txt', 'Ein Satz.')] });
    releaseClose();
    await reopening;
    expect(sessions.map((s) => s.closed)).toEqual([true, true, false]);
  });

  it('sends only the strongest pairs, with the count of all', async () => {
    const many = Array.from({ length: MAX_PAIRS_SENT + 10 }, (_, i) => ({
      left: `a${i}`,
      right: `b${i}`,
      score: 1 - i / 1e5,
      leftReuse: 0.5,
      rightReuse: 0.5,
    }));
    startWithSessions(() => ({
      open: async (_root, _options, emit) => {
        emit({ type: 'done', articles: 0, errors: 0, ms: 0 });
        emit({ type: 'pairs', pairs: many, exact: true });
      },
    }));
    await services.handlers['corpus:open-folder']({ path: dir, corpusId: 9 });
    const pairs = corpusEvents(9).find((e) => e.type === 'pairs');
    expect(pairs?.type === 'pairs' && [pairs.pairs.length, pairs.total]).toEqual([MAX_PAIRS_SENT, MAX_PAIRS_SENT + 10]);
  });
});
