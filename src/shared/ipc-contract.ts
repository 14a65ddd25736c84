/**
 * The one IPC contract. Channel names, request and response types, push events, and the
 * `AppApi` both transports (Electron IPC and the browser host's HTTP) implement.
 * Payload schemas (zod) live in ipc-payload-schemas.ts, used where messages arrive.
 */
import type { Article, ReadError } from './article/article';
import type { ArticleSummary } from './article/summarize-article';
import type { CompareOptions, PairScore } from './comparison/comparison-types';

export type ThemeSetting = 'system' | 'light' | 'dark';
export type ViewMode = 'side-by-side' | 'inline';

export interface Settings {
  compare: CompareOptions;
  viewMode: ViewMode;
  theme: ThemeSetting;
  recentFolders: string[];
}

/** A folder (or single file) that was opened; its articles arrive as `corpus` events. */
export interface CorpusOpened {
  /** Absolute folder path, or null for a single file. */
  root: string | null;
  /** What was opened, folder or single file (the path box shows it); null for dropped texts. */
  path: string | null;
  /** A user-facing name: the folder's base name, or "Demo corpus". */
  label: string;
  /**
   * Articles read. The list's own count may lag: events travel apart from this reply (the
   * browser host sends them on another connection).
   */
  articles: number;
}

/** A file dropped without a path (browser host, or a drag from a web page): its text. */
export interface DroppedText {
  name: string;
  /** The file's bytes, base64: the main side decodes and reads them as it reads a file on disk. */
  base64: string;
  size: number;
  lastModified: number;
}

export interface InitialState {
  transport: 'electron' | 'browser';
  /** The folder to open on start: the launch argument, else the demo corpus. */
  startFolder: string;
  demoFolder: string;
  settings: Settings;
}

export type CorpusPhase = 'listing' | 'reading' | 'ranking' | 'aligning';

/** What the open corpus streams: articles as they are read, progress, ranked pairs. */
export type CorpusEvent =
  | { type: 'articles'; articles: ArticleSummary[] }
  | { type: 'errors'; errors: ReadError[] }
  /** Articles that left the corpus (a watched file was deleted). */
  | { type: 'removed'; ids: string[] }
  | { type: 'progress'; phase: CorpusPhase; done: number; total: number }
  /** `exact: false` for shares estimated from sketches, true once candidates are aligned. */
  | {
      type: 'pairs';
      pairs: PairScore[];
      exact: boolean;
      /** How many pairs were ranked, when `pairs` holds only the strongest of them. */
      total?: number;
    }
  /** Every file is read (the article list is complete); ranking events may still follow. */
  | { type: 'done'; articles: number; errors: number; ms: number };

/** Where a report went: a path (save dialog) or a file name (a browser's download); null when cancelled. */
export interface SavedReport {
  saved: string | null;
  /** False where no save dialog exists (the browser host's server): the page downloads it instead. */
  supported: boolean;
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
  | 'show-options'
  | 'save-report'
  | 'save-ranking-report';

export type PushEvent =
  /** `corpusId` is the id the renderer gave the open; events of an older open are stale. */
  | { type: 'corpus'; corpusId: number; event: CorpusEvent }
  | { type: 'folder-requested'; path: string }
  | { type: 'command'; command: ShellCommand };

/** Request channel → [payload, response]. */
export interface RequestMap {
  'app:initial-state': [Record<string, never>, InitialState];
  /** Resolves once every file is read; articles stream before that as `corpus` events. */
  'corpus:open-folder': [{ path: string; corpusId: number }, CorpusOpened];
  /** A dropped folder without a path (browser): its texts become the corpus. */
  'corpus:open-texts': [{ corpusId: number; label: string; files: DroppedText[] }, CorpusOpened];
  /** Full articles (with paragraphs) of the open corpus, for the pair being compared. */
  'corpus:get-articles': [{ ids: string[] }, Article[]];
  /** Dropped files with a path join the open corpus. */
  'corpus:add-files': [{ paths: string[] }, { added: number; errors: ReadError[] }];
  /** Dropped files without a path join the open corpus as text. */
  'corpus:add-texts': [{ files: DroppedText[] }, { added: number; errors: ReadError[] }];
  'corpus:cancel-load': [Record<string, never>, { cancelled: boolean }];
  'dialog:choose-folder': [Record<string, never>, { path: string | null; supported: boolean }];
  /** The comparison's HTML report, written where the user chooses in a save dialog (null: cancelled). */
  'dialog:save-report': [{ fileName: string; html: string }, SavedReport];
  'settings:save': [{ settings: Settings }, Settings];
}

export type RequestChannel = keyof RequestMap;
export type RequestPayload<C extends RequestChannel> = RequestMap[C][0];
export type RequestResult<C extends RequestChannel> = RequestMap[C][1];

export const REQUEST_CHANNELS = [
  'app:initial-state',
  'corpus:open-folder',
  'corpus:open-texts',
  'corpus:get-articles',
  'corpus:add-files',
  'corpus:add-texts',
  'corpus:cancel-load',
  'dialog:choose-folder',
  'dialog:save-report',
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
  openFolder(path: string, corpusId: number): Promise<CorpusOpened>;
  openTexts(label: string, files: DroppedText[], corpusId: number): Promise<CorpusOpened>;
  getArticles(ids: string[]): Promise<Article[]>;
  addFiles(paths: string[]): Promise<{ added: number; errors: ReadError[] }>;
  addTexts(files: DroppedText[]): Promise<{ added: number; errors: ReadError[] }>;
  cancelLoad(): Promise<void>;
  chooseFolder(): Promise<{ path: string | null; supported: boolean }>;
  saveReport(fileName: string, html: string): Promise<SavedReport>;
  saveSettings(settings: Settings): Promise<Settings>;
  onEvent(listener: (event: PushEvent) => void): () => void;
}

/** Builds the AppApi on a transport, so both transports share every call's shape. */
export function createApiClient(transport: IpcTransport, kind: InitialState['transport']): AppApi {
  return {
    transport: kind,
    getInitialState: () => transport.invoke('app:initial-state', {}),
    openFolder: (path, corpusId) => transport.invoke('corpus:open-folder', { path, corpusId }),
    openTexts: (label, files, corpusId) => transport.invoke('corpus:open-texts', { label, files, corpusId }),
    getArticles: (ids) => transport.invoke('corpus:get-articles', { ids }),
    addFiles: (paths) => transport.invoke('corpus:add-files', { paths }),
    addTexts: (files) => transport.invoke('corpus:add-texts', { files }),
    cancelLoad: async () => {
      await transport.invoke('corpus:cancel-load', {});
    },
    chooseFolder: () => transport.invoke('dialog:choose-folder', {}),
    saveReport: (fileName, html) => transport.invoke('dialog:save-report', { fileName, html }),
    saveSettings: (settings) => transport.invoke('settings:save', { settings }),
    onEvent: (listener) => transport.subscribe(listener),
  };
}
