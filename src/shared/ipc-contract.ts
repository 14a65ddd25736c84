/**
 * The one IPC contract. Channel names, request and response types, push events, and the
 * `AppApi` both transports (Electron IPC and the browser host's HTTP) implement.
 * Payload schemas (zod) live in ipc-payload-schemas.ts, used where messages arrive.
 */
import type { Article, ReadError } from './article/article';
import type { CompareOptions } from './comparison/comparison-types';

export type ThemeSetting = 'system' | 'light' | 'dark';
export type ViewMode = 'side-by-side' | 'inline';

export interface Settings {
  compare: CompareOptions;
  viewMode: ViewMode;
  theme: ThemeSetting;
  recentFolders: string[];
}

/** What a folder (or the demo corpus, or a set of files) reads into. */
export interface CorpusSnapshot {
  /** Absolute folder path, or null for a set of single files. */
  root: string | null;
  /** A user-facing name: the folder's base name, or "Demo corpus". */
  label: string;
  articles: Article[];
  errors: ReadError[];
}

export interface InitialState {
  transport: 'electron' | 'browser';
  /** The folder to open on start: the launch argument, else the demo corpus. */
  startFolder: string;
  demoFolder: string;
  settings: Settings;
}

export interface LoadProgress {
  done: number;
  total: number;
  path?: string;
}

/** Commands the shell (menus, second launch) sends to the renderer. */
export type ShellCommand =
  | 'open-folder-dialog'
  | 'toggle-help'
  | 'toggle-inline'
  | 'toggle-cosmetic'
  | 'swap-sides'
  | 'next-change'
  | 'previous-change'
  | 'next-pair'
  | 'previous-pair'
  | 'show-options';

export type PushEvent =
  | { type: 'load-progress'; progress: LoadProgress }
  | { type: 'folder-requested'; path: string }
  | { type: 'command'; command: ShellCommand }
  | { type: 'article-changed'; article: Article }
  | { type: 'article-removed'; path: string }
  | { type: 'read-error'; error: ReadError };

/** Request channel → [payload, response]. */
export interface RequestMap {
  'app:initial-state': [Record<string, never>, InitialState];
  'corpus:open-folder': [{ path: string }, CorpusSnapshot];
  'corpus:read-files': [{ paths: string[] }, { articles: Article[]; errors: ReadError[] }];
  'corpus:cancel-load': [Record<string, never>, { cancelled: boolean }];
  'dialog:choose-folder': [Record<string, never>, { path: string | null; supported: boolean }];
  'settings:save': [{ settings: Settings }, Settings];
}

export type RequestChannel = keyof RequestMap;
export type RequestPayload<C extends RequestChannel> = RequestMap[C][0];
export type RequestResult<C extends RequestChannel> = RequestMap[C][1];

export const REQUEST_CHANNELS = [
  'app:initial-state',
  'corpus:open-folder',
  'corpus:read-files',
  'corpus:cancel-load',
  'dialog:choose-folder',
  'settings:save',
] as const satisfies readonly RequestChannel[];

/** The one push channel (Electron) / server-sent event name (browser host). */
export const PUSH_CHANNEL = 'wirediff:push';

/** What a transport provides; both transports implement exactly this. */
export interface IpcTransport {
  invoke<C extends RequestChannel>(channel: C, payload: RequestPayload<C>): Promise<RequestResult<C>>;
  subscribe(listener: (event: PushEvent) => void): () => void;
}

/** The API the renderer's store talks to. */
export interface AppApi {
  transport: InitialState['transport'];
  getInitialState(): Promise<InitialState>;
  openFolder(path: string): Promise<CorpusSnapshot>;
  readFiles(paths: string[]): Promise<{ articles: Article[]; errors: ReadError[] }>;
  cancelLoad(): Promise<void>;
  chooseFolder(): Promise<{ path: string | null; supported: boolean }>;
  saveSettings(settings: Settings): Promise<Settings>;
  onEvent(listener: (event: PushEvent) => void): () => void;
}

/** Builds the AppApi on a transport, so both transports share every call's shape. */
export function createApiClient(transport: IpcTransport, kind: InitialState['transport']): AppApi {
  return {
    transport: kind,
    getInitialState: () => transport.invoke('app:initial-state', {}),
    openFolder: (path) => transport.invoke('corpus:open-folder', { path }),
    readFiles: (paths) => transport.invoke('corpus:read-files', { paths }),
    cancelLoad: async () => {
      await transport.invoke('corpus:cancel-load', {});
    },
    chooseFolder: () => transport.invoke('dialog:choose-folder', {}),
    saveSettings: (settings) => transport.invoke('settings:save', { settings }),
    onEvent: (listener) => transport.subscribe(listener),
  };
}
