/**
 * The services behind every request channel, shared by the Electron shell and the browser
 * host. Plain Node: no `electron` import, so tests and the CLI use it as it is.
 */
import { stat } from 'node:fs/promises';
import { availableParallelism, homedir } from 'node:os';
import { basename, resolve } from 'node:path';
import { markRepeatedBoilerplate } from '../../shared/article/mark-repeated-boilerplate';
import type { CorpusEvent, CorpusOpened, InitialState, PushEvent } from '../../shared/ipc-contract';
import type { CorpusSession } from './corpus/corpus-session-types';
import { createCorpusSession, defaultWorkerCount } from './corpus/create-corpus-session';
import { DEFAULT_WARM_UP, warmUpWithOpens } from './corpus/warm-up-opens';
import { createWorkerPoolKeeper, type WorkerPoolKeeper } from './corpus/worker-pool-keeper';
import { readArticleFile } from './read-article-file';
import { readDroppedTexts } from './read-dropped-texts';
import type { RequestHandlers } from './dispatch-request';
import { createSettingsStore, type SettingsStore } from './settings-store';
import { throttle } from './throttle';
import { listArticleFiles } from './walk-folder';
import { changesSinceRead, type ReadFileState } from './changes-since-read';
import { watchFolder, type FolderChange } from './watch-folder';

export type { RequestHandlers } from './dispatch-request';

export interface AppServicesOptions {
  transport: InitialState['transport'];
  userDataDir: string;
  demoFolder: string;
  /** A folder or file given at launch. */
  startPath?: string | null;
  emit: (event: PushEvent) => void;
  /** Watch the open folder for changes (on in the app, off in one-shot tools). */
  watch?: boolean;
  /** Overrides for shell-specific channels (the Electron folder dialog). */
  overrides?: Partial<RequestHandlers>;
  /** Makes the session that reads and ranks a corpus (one per open folder). */
  createSession?: () => CorpusSession;
  /**
   * Start the corpus workers now, warm them on the demo corpus and lend them to every open
   * (the app and the browser host); otherwise each open starts and stops its own.
   */
  keepWorkers?: boolean;
}

export interface AppServices {
  handlers: RequestHandlers;
  settings: SettingsStore;
  dispose(): Promise<void>;
}

interface OpenCorpus {
  corpusId: number;
  session: CorpusSession;
  controller: AbortController;
  watcher: { close(): Promise<void> } | null;
  emit: (event: CorpusEvent) => void;
  /** Files of the folder as read (by absolute path), to find what changed before the watcher was ready. */
  files: Map<string, ReadFileState>;
}

export function createAppServices(options: AppServicesOptions): AppServices {
  const settingsStore = createSettingsStore(options.userDataDir);
  const demoFolder = resolve(options.demoFolder);
  const keeper = options.keepWorkers ? keepWarmWorkers(demoFolder) : null;
  /** The warm-up after the demo corpus is shown (once), so that dispose can wait for its files to go. */
  let warmingUp: Promise<void> | null = null;
  /** Any open the user asks for ends the warm-up: it must not take the cores from the open. */
  const warmUpEnd = new AbortController();
  const createSession = options.createSession ?? (() => createCorpusSession({ keeper: keeper ?? undefined }));
  let current: OpenCorpus | null = null;
  /** Bumped by every open as it arrives, so the last one asked for is known. */
  let opensAsked = 0;

  async function closeCurrent(): Promise<void> {
    const previous = current;
    current = null;
    if (!previous) return;
    previous.controller.abort();
    await previous.watcher?.close();
    await previous.session.close();
  }

  /**
   * Clears the way for the open that arrived as `turn`. Opens race through their awaits (a
   * path's stat, the old session's close), and an older one that finishes them last must not
   * replace the newer one: it gives way instead, as a cancelled load. Files dropped while the
   * old session closes start an empty corpus (ensureOpen), which is closed too, not leaked.
   */
  async function closeCurrentFor(turn: number): Promise<void> {
    while (turn === opensAsked && current !== null) await closeCurrent();
    if (turn !== opensAsked) throw new Error('Loading was cancelled.');
  }

  /**
   * Makes `corpusId` the open corpus, with a fresh session and the one way its events leave:
   * stale ones (a newer corpus is open) dropped, pairs capped, progress throttled.
   */
  function startCorpus(corpusId: number): OpenCorpus {
    const open: OpenCorpus = {
      corpusId,
      session: createSession(),
      controller: new AbortController(),
      watcher: null,
      emit: () => undefined,
      files: new Map(),
    };
    const send = (event: CorpusEvent) => {
      if (current === open) options.emit({ type: 'corpus', corpusId, event: capPairs(event) });
    };
    // Progress comes in bursts; a few updates a second are plenty for a bar.
    const progress = throttle(send, 50);
    open.emit = (event) => {
      noteFiles(open.files, event);
      if (event.type === 'progress') progress(event);
      else {
        progress.flush();
        send(event);
      }
    };
    current = open;
    return open;
  }

  async function openPath(path: string, corpusId: number): Promise<CorpusOpened> {
    const turn = ++opensAsked;
    if (turn > 1) warmUpEnd.abort();
    const target = resolvePath(path);
    const info = await stat(target).catch(() => null);
    // The renderer names the path it asked for; the reason follows it ("Could not open …: …").
    if (!info) throw new Error(target === path ? 'no such folder or file' : `no such folder or file (${target})`);
    if (!info.isFile() && !info.isDirectory()) throw new Error('not a folder or a file');
    // A single file is read before the open corpus is let go: one that cannot be read leaves it as it was.
    const single = info.isFile() ? await readArticleFile(target) : null;
    if (single && 'error' in single) throw new Error(single.error.message);
    await closeCurrentFor(turn);
    const open = startCorpus(corpusId);

    const readAll = new Promise<number>((resolveRead, rejectRead) => {
      const watchDone = (event: CorpusEvent) => {
        open.emit(event);
        if (event.type === 'done') resolveRead(event.articles);
      };
      open.session
        .open(
          info.isFile() ? null : target,
          { signal: open.controller.signal, cacheDir: options.userDataDir, alignFloor: APP_ALIGN_FLOOR },
          watchDone,
        )
        .then(() => rejectRead(new Error('Loading was cancelled.')), rejectRead);
    });
    const articles = await readAll;
    // Shown: the user looks at the demo now, and the workers learn a folder's shapes meanwhile.
    if (keeper && target === demoFolder && turn === 1) warmingUp = warmUpOnDemo(keeper, demoFolder, warmUpEnd.signal);

    if (single) {
      await open.session.add([single.article]);
      return { root: null, path: target, label: basename(target), articles: 1 };
    }
    if (target !== demoFolder) await settingsStore.addRecentFolder(target);
    if (options.watch && current === open) open.watcher = startWatching(target, open);
    return { root: target, path: target, label: target === demoFolder ? 'Demo corpus' : basename(target), articles };
  }

  function startWatching(root: string, open: OpenCorpus): { close(): Promise<void> } {
    const apply = (change: FolderChange) => {
      if (current !== open) return;
      if (change.type === 'unlink') {
        void open.session.remove([change.path]);
        return;
      }
      void readArticleFile(change.path).then((read) => {
        if (current !== open) return;
        if ('article' in read) void open.session.add([read.article]);
        else open.emit({ type: 'errors', errors: [read.error] });
      });
    };
    const watch = watchFolder(root, apply);
    // What was saved after the folder was listed and before the watcher's first scan ended.
    void watch.ready
      .then(() => (current === open ? changesSinceRead(root, open.files) : []))
      .then((changes) => changes.forEach(apply))
      .catch(() => undefined);
    return watch;
  }

  /** The open corpus, or an empty one for files dropped before anything was opened. */
  async function ensureOpen(): Promise<OpenCorpus> {
    if (current) return current;
    const open = startCorpus(0);
    await open.session.open(null, {}, open.emit);
    return open;
  }

  const handlers: RequestHandlers = {
    'app:initial-state': async () => ({
      transport: options.transport,
      startFolder: options.startPath ? resolve(options.startPath) : demoFolder,
      demoFolder,
      settings: await settingsStore.load(),
    }),
    'corpus:open-folder': ({ path, corpusId }) => openPath(path, corpusId),
    'corpus:get-articles': async ({ ids }) => (current ? current.session.getArticles(ids) : []),
    'corpus:add-files': async ({ paths }) => {
      warmUpEnd.abort();
      const reads = await Promise.all(paths.map((p) => readArticleFile(resolve(p))));
      const articles = reads.flatMap((r) => ('article' in r ? [r.article] : []));
      if (articles.length > 0) await (await ensureOpen()).session.add(articles);
      return { added: articles.length, errors: reads.flatMap((r) => ('error' in r ? [r.error] : [])) };
    },
    'corpus:add-texts': async ({ files }) => {
      warmUpEnd.abort();
      const { articles, errors } = readDroppedTexts(files);
      if (articles.length > 0) await (await ensureOpen()).session.add(articles);
      return { added: articles.length, errors };
    },
    'corpus:open-texts': async ({ corpusId, label, files }) => {
      warmUpEnd.abort();
      const { articles, errors } = readDroppedTexts(files);
      await closeCurrentFor(++opensAsked);
      const open = startCorpus(corpusId);
      await open.session.open(null, {}, open.emit);
      if (errors.length > 0) open.emit({ type: 'errors', errors });
      await open.session.add(markRepeatedBoilerplate(articles));
      return { root: null, path: null, label, articles: articles.length };
    },
    'corpus:cancel-load': async () => {
      const cancelled = current !== null && !current.controller.signal.aborted;
      current?.controller.abort();
      return { cancelled };
    },
    // Only the Electron shell has a native dialog; the browser host asks for a typed path.
    'dialog:choose-folder': async () => ({ path: null, supported: false }),
    // Nor a save dialog: the page downloads the report itself (choose-platform.ts).
    'dialog:save-report': async () => ({ saved: null, supported: false }),
    'settings:save': ({ settings }) => settingsStore.save(settings),
    ...options.overrides,
  };

  const dispose = async () => {
    warmUpEnd.abort();
    await closeCurrent();
    await keeper?.close();
    await warmingUp;
  };
  return { handlers, settings: settingsStore, dispose };
}

/** One pool for the app's lifetime, warmed on the demo corpus while the window opens. */
function keepWarmWorkers(demoFolder: string): WorkerPoolKeeper {
  const keeper = createWorkerPoolKeeper(defaultWorkerCount(availableParallelism()), { keep: true });
  void keeper.warm(listArticleFiles(demoFolder).then(({ paths }) => paths)).catch(() => undefined);
  return keeper;
}

/** Opens of a folder made from the demo corpus (warm-up-opens.ts) until `signal` ends them. */
function warmUpOnDemo(keeper: WorkerPoolKeeper, demoFolder: string, signal: AbortSignal): Promise<void> {
  return listArticleFiles(demoFolder)
    .then(({ paths }) => warmUpWithOpens(keeper, paths, DEFAULT_WARM_UP, signal))
    .catch(() => undefined);
}

/**
 * The strongest pairs a reviewer can work through; a folder of near-duplicates can rank
 * millions, which would only flood the transport. The count of all of them still travels.
 */
export const MAX_PAIRS_SENT = 5000;

/**
 * Pairs estimated to share less than this are left estimated: in a big folder they are the
 * bulk of the candidates (same event, a phrase in common) and aligning them all would keep
 * the workers busy for minutes without changing what a reviewer looks at.
 */
export const APP_ALIGN_FLOOR = 0.05;

function capPairs(event: CorpusEvent): CorpusEvent {
  if (event.type !== 'pairs' || event.pairs.length <= MAX_PAIRS_SENT) return event;
  return { ...event, pairs: event.pairs.slice(0, MAX_PAIRS_SENT), total: event.total ?? event.pairs.length };
}

/** Keeps `files` as the corpus's events tell it: what was read, failed, or went away. */
function noteFiles(files: Map<string, ReadFileState>, event: CorpusEvent): void {
  if (event.type === 'articles') {
    // Dropped texts have ids of their own, and no file to compare.
    for (const a of event.articles) if (a.id === a.path) files.set(a.path, { size: a.size, mtimeMs: a.mtimeMs });
  } else if (event.type === 'errors') {
    for (const error of event.errors) if (!files.has(error.path)) files.set(error.path, null);
  } else if (event.type === 'removed') {
    for (const id of event.ids) files.delete(id);
  }
}

/** A typed path as a shell would take it: `~` is the home folder, the rest is resolved as usual. */
export function resolvePath(path: string): string {
  if (path === '~' || path.startsWith('~/') || path.startsWith('~\\')) return resolve(homedir(), path.slice(2));
  return resolve(path);
}
