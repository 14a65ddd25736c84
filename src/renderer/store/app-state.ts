/** The shape of the one store. Plain data; actions live in create-app-store.ts. */
import type { Article, ReadError } from '../../shared/article/article';
import type { Comparison, CompareOptions, PairScore } from '../../shared/comparison/comparison-types';
import type { ChangeLocation } from '../../shared/comparison/change-index';
import type { LoadProgress, ThemeSetting, ViewMode, Settings } from '../../shared/ipc-contract';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

export interface AppState {
  transport: 'electron' | 'browser' | null;
  status: LoadStatus;
  progress: LoadProgress | null;
  corpus: { root: string | null; label: string } | null;
  demoFolder: string | null;
  articles: Article[];
  errors: ReadError[];
  pairs: PairScore[];
  ranking: boolean;
  leftId: string | null;
  rightId: string | null;
  /** True once the user picked a pair, so late ranking results do not move them. */
  pairChosenByUser: boolean;
  comparison: Comparison | null;
  changes: ChangeLocation[];
  currentChange: number;
  settings: Settings;
  notice: Notice | null;
  /** Sidebar filter text. */
  filter: string;
  helpOpen: boolean;
  optionsOpen: boolean;
}

export interface AppActions {
  init(): Promise<void>;
  openFolder(path: string): Promise<void>;
  chooseFolder(): Promise<void>;
  cancelLoad(): Promise<void>;
  addArticles(articles: Article[], errors?: ReadError[]): void;
  /** A dropped folder without a path: its articles become the corpus. */
  replaceCorpus(label: string, articles: Article[], errors: ReadError[]): void;
  showNotice(notice: Notice): void;
  setLeft(id: string): void;
  setRight(id: string): void;
  selectPair(left: string, right: string): void;
  swapSides(): void;
  stepPair(delta: 1 | -1): void;
  goToChange(index: number): void;
  nextChange(): void;
  previousChange(): void;
  firstChange(): void;
  lastChange(): void;
  setCompareOptions(options: Partial<CompareOptions>): void;
  toggleCosmeticFold(): void;
  setViewMode(mode: ViewMode): void;
  setTheme(theme: ThemeSetting): void;
  setFilter(filter: string): void;
  setHelpOpen(open: boolean): void;
  setOptionsOpen(open: boolean): void;
  dismissNotice(): void;
}

export type AppStore = AppState & AppActions;
