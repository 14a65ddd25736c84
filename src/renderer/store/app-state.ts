/** The shape of the one store and its starting values. Plain data; actions live in create-app-store.ts. */
import type { Article, ReadError } from '../../shared/article/article';
import type { ArticleSummary } from '../../shared/article/summarize-article';
import type { Comparison, CompareOptions, PairScore } from '../../shared/comparison/comparison-types';
import { DEFAULT_COMPARE_OPTIONS } from '../../shared/comparison/comparison-types';
import type { ChangeLocation, RowsInView } from '../../shared/comparison/change-index';
import type {
  CorpusOpened,
  CorpusPhase,
  DroppedText,
  ThemeSetting,
  ViewMode,
  Settings,
} from '../../shared/ipc-contract';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

export interface Progress {
  phase: CorpusPhase;
  done: number;
  total: number;
}

export interface AppState {
  transport: 'electron' | 'browser' | null;
  status: LoadStatus;
  /** Reading or ranking progress of the open corpus; null when idle. */
  progress: Progress | null;
  /** The id this renderer gave the corpus it shows; events of other ids are stale. */
  corpusId: number;
  /** The id of an open still waiting for its first event; the shown corpus stays until then. */
  pendingCorpusId: number | null;
  corpus: Pick<CorpusOpened, 'root' | 'path' | 'label'> | null;
  demoFolder: string | null;
  /** Every article of the corpus, without paragraphs, sorted by path once reading is done. */
  articles: ArticleSummary[];
  errors: ReadError[];
  pairs: PairScore[];
  /** How many pairs were ranked in all; more than `pairs.length` when only the strongest came. */
  pairsTotal: number;
  /** False while pairs are estimates (or missing), true once aligned exactly. */
  pairsExact: boolean;
  leftId: string | null;
  rightId: string | null;
  /** The two full articles being compared. */
  left: Article | null;
  right: Article | null;
  /** True once the user picked a pair, so late ranking results do not move them. */
  pairChosenByUser: boolean;
  comparing: boolean;
  comparison: Comparison | null;
  changes: ChangeLocation[];
  currentChange: number;
  /**
   * Rows of the comparison on screen as the view last reported them (null before it did), and
   * the current change at that moment: a step makes the report stale until the view scrolls again.
   */
  rowsInView: (RowsInView & { change: number }) | null;
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
  /** A dropped folder without a path: its files' texts become the corpus. */
  openTexts(label: string, files: DroppedText[]): Promise<void>;
  /** Dropped files join the corpus: by path where known, else as text. */
  addFiles(paths: string[], texts: DroppedText[]): Promise<void>;
  chooseFolder(): Promise<void>;
  cancelLoad(): Promise<void>;
  showNotice(notice: Notice): void;
  setLeft(id: string): void;
  /** An article clicked in the list: left, with a partner it shares text with on the right (partnerFor). */
  openArticle(id: string): void;
  setRight(id: string): void;
  selectPair(left: string, right: string): void;
  swapSides(): void;
  /** The open comparison as a standalone HTML report, saved where the user chooses. */
  saveReport(): Promise<void>;
  /** From a passage moved to another row (the current change) to the change with its other copy. */
  goToMovedCopy(): void;
  /** Saves the ranking the list shows (the filter applied) as a standalone HTML report. */
  saveRankingReport(): Promise<void>;
  stepPair(delta: 1 | -1): void;
  goToChange(index: number): void;
  /** The reader works in the open pair (scrolls it): a later ranking must not replace it. */
  holdPair(): void;
  nextChange(): void;
  previousChange(): void;
  /** The view scrolled: n and p go on from what is on screen. */
  setRowsInView(view: RowsInView): void;
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

export const INITIAL_SETTINGS: Settings = {
  compare: DEFAULT_COMPARE_OPTIONS,
  viewMode: 'side-by-side',
  theme: 'system',
  recentFolders: [],
};

/** A store before anything is open. */
export const initialState: AppState = {
  transport: null,
  status: 'idle',
  progress: null,
  corpusId: 0,
  pendingCorpusId: null,
  corpus: null,
  demoFolder: null,
  articles: [],
  errors: [],
  pairs: [],
  pairsTotal: 0,
  pairsExact: false,
  leftId: null,
  rightId: null,
  left: null,
  right: null,
  pairChosenByUser: false,
  comparing: false,
  comparison: null,
  changes: [],
  currentChange: -1,
  rowsInView: null,
  settings: INITIAL_SETTINGS,
  notice: null,
  filter: '',
  helpOpen: false,
  optionsOpen: false,
};
