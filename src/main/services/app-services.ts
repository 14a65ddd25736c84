/**
 * The services behind every request channel, shared by the Electron shell and the browser
 * host. Plain Node: no `electron` import, so tests and the CLI use it as it is.
 */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type {
  CorpusSnapshot,
  InitialState,
  PushEvent,
  RequestChannel,
  RequestPayload,
  RequestResult,
} from '../../shared/ipc-contract';
import { isRequestChannel, parsePayload } from '../../shared/ipc-payload-schemas';
import { readArticleFile } from './read-article-file';
import { readFolder } from './read-folder';
import { createSettingsStore } from './settings-store';
import { watchFolder } from './watch-folder';
import { throttle } from './throttle';

export type RequestHandlers = {
  [C in RequestChannel]: (payload: RequestPayload<C>) => Promise<RequestResult<C>>;
};

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
}

export interface AppServices {
  handlers: RequestHandlers;
  dispose(): Promise<void>;
}

export function createAppServices(options: AppServicesOptions): AppServices {
  const settingsStore = createSettingsStore(options.userDataDir);
  let loadController: AbortController | null = null;
  let watcher: { close(): Promise<void> } | null = null;
  const demoFolder = resolve(options.demoFolder);

  async function openPath(path: string): Promise<CorpusSnapshot> {
    const target = resolve(path);
    const info = await stat(target).catch(() => null);
    if (!info) throw new Error(`Not found: ${target}`);
    loadController?.abort();
    await watcher?.close();
    watcher = null;

    if (info.isFile()) {
      const read = await readArticleFile(target);
      return {
        root: null,
        label: basename(target),
        articles: 'article' in read ? [read.article] : [],
        errors: 'error' in read ? [read.error] : [],
      };
    }
    if (!info.isDirectory()) throw new Error(`Not a folder or a file: ${target}`);

    const controller = new AbortController();
    loadController = controller;
    const progress = throttle((p: { done: number; total: number; path?: string }) => {
      options.emit({ type: 'load-progress', progress: p });
    }, 50);
    const result = await readFolder(target, { signal: controller.signal, onProgress: progress });
    progress.flush();
    if (loadController === controller) loadController = null;
    if (controller.signal.aborted) throw new Error('Loading was cancelled.');

    if (target !== demoFolder) await settingsStore.addRecentFolder(target);
    if (options.watch) watcher = startWatching(target);
    return {
      root: target,
      label: target === demoFolder ? 'Demo corpus' : basename(target),
      articles: result.articles,
      errors: result.errors,
    };
  }

  function startWatching(root: string): { close(): Promise<void> } {
    return watchFolder(root, (change) => {
      if (change.type === 'unlink') {
        options.emit({ type: 'article-removed', path: change.path });
        return;
      }
      void readArticleFile(change.path).then((read) => {
        if ('article' in read) options.emit({ type: 'article-changed', article: read.article });
        else options.emit({ type: 'read-error', error: read.error });
      });
    });
  }

  const handlers: RequestHandlers = {
    'app:initial-state': async () => ({
      transport: options.transport,
      startFolder: options.startPath ? resolve(options.startPath) : demoFolder,
      demoFolder,
      settings: await settingsStore.load(),
    }),
    'corpus:open-folder': ({ path }) => openPath(path),
    'corpus:read-files': async ({ paths }) => {
      const reads = await Promise.all(paths.map((p) => readArticleFile(resolve(p))));
      return {
        articles: reads.flatMap((r) => ('article' in r ? [r.article] : [])),
        errors: reads.flatMap((r) => ('error' in r ? [r.error] : [])),
      };
    },
    'corpus:cancel-load': async () => {
      const cancelled = loadController !== null;
      loadController?.abort();
      return { cancelled };
    },
    // Only the Electron shell has a native dialog; the browser host asks for a typed path.
    'dialog:choose-folder': async () => ({ path: null, supported: false }),
    'settings:save': ({ settings }) => settingsStore.save(settings),
    ...options.overrides,
  };

  return {
    handlers,
    async dispose() {
      loadController?.abort();
      await watcher?.close();
    },
  };
}

/**
 * The one place every incoming message passes: checks the channel and validates the
 * payload before any service runs. Both transports call it.
 */
export async function dispatchRequest(handlers: RequestHandlers, channel: unknown, payload: unknown): Promise<unknown> {
  if (!isRequestChannel(channel)) throw new Error(`Unknown channel: ${String(channel)}`);
  const parsed = parsePayload(channel, payload);
  const handler = handlers[channel] as (p: typeof parsed) => Promise<unknown>;
  return handler(parsed);
}
