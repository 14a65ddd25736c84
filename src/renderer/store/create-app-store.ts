/**
 * The one store, made by a factory so every test gets a fresh store on an in-memory API.
 * Effects go through `api` (I/O) and `engine` (CPU work that may move to a worker).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Article, ReadError } from '../../shared/article/article';
import type { Comparison, CompareOptions, PairScore } from '../../shared/comparison/comparison-types';
import { DEFAULT_COMPARE_OPTIONS } from '../../shared/comparison/comparison-types';
import { listChanges, nextChangeIndex, previousChangeIndex } from '../../shared/comparison/change-index';
import type { AppApi, PushEvent, Settings } from '../../shared/ipc-contract';
import type { AppState, AppStore } from './app-state';
import { mergeArticles, pickDefaultPair, stepPairIndex } from './corpus-updates';

export interface Engine {
  compare(left: Article, right: Article, options: CompareOptions): Comparison;
  rank(articles: Article[]): Promise<PairScore[]>;
}

const FOLD_KEYS = ['foldCase', 'foldEszett', 'foldQuotes', 'foldDashes', 'foldCompounds', 'foldRegional'] as const;

export const INITIAL_SETTINGS: Settings = {
  compare: DEFAULT_COMPARE_OPTIONS,
  viewMode: 'side-by-side',
  theme: 'system',
  recentFolders: [],
};

const initialState: AppState = {
  transport: null,
  status: 'idle',
  progress: null,
  corpus: null,
  demoFolder: null,
  articles: [],
  errors: [],
  pairs: [],
  ranking: false,
  leftId: null,
  rightId: null,
  pairChosenByUser: false,
  comparison: null,
  changes: [],
  currentChange: -1,
  settings: INITIAL_SETTINGS,
  notice: null,
  filter: '',
  helpOpen: false,
  optionsOpen: false,
};

export function createAppStore(api: AppApi, engine: Engine): StoreApi<AppStore> {
  return createStore<AppStore>()((set, get) => {
    let rankGeneration = 0;
    let loadGeneration = 0;

    /** Recomputes the comparison of the chosen pair; keeps the current change in range. */
    function recompare(keepChange = false): void {
      const { articles, leftId, rightId, settings, currentChange } = get();
      const left = articles.find((a) => a.id === leftId);
      const right = articles.find((a) => a.id === rightId);
      if (!left || !right) {
        set({ comparison: null, changes: [], currentChange: -1 });
        return;
      }
      const comparison = engine.compare(left, right, settings.compare);
      const changes = listChanges(comparison);
      set({ comparison, changes, currentChange: keepChange ? Math.min(currentChange, changes.length - 1) : -1 });
    }

    async function rerank(): Promise<void> {
      const generation = ++rankGeneration;
      set({ ranking: true });
      try {
        const pairs = await engine.rank(get().articles);
        if (generation !== rankGeneration) return;
        set({ pairs, ranking: false });
        if (!get().pairChosenByUser) {
          const pair = pickDefaultPair(pairs, get().articles);
          if (pair) {
            set({ leftId: pair[0], rightId: pair[1] });
            recompare();
          }
        }
      } catch (error) {
        if (generation === rankGeneration) set({ ranking: false, notice: errorNotice('Ranking failed', error) });
      }
    }

    function replaceCorpus(corpus: AppState['corpus'], articles: Article[], errors: ReadError[]): void {
      const pair = articles.length >= 2 ? [articles[0]!.id, articles[1]!.id] : [null, null];
      set({
        corpus,
        articles,
        errors,
        pairs: [],
        leftId: pair[0] ?? null,
        rightId: pair[1] ?? null,
        pairChosenByUser: false,
      });
      recompare();
      void rerank();
    }

    function saveSettings(settings: Settings): void {
      set({ settings });
      api
        .saveSettings(settings)
        .catch((error: unknown) => set({ notice: errorNotice('Could not save settings', error) }));
    }

    function handlePush(event: PushEvent): void {
      const state = get();
      switch (event.type) {
        case 'load-progress':
          if (state.status === 'loading') set({ progress: event.progress });
          break;
        case 'folder-requested':
          void state.openFolder(event.path);
          break;
        case 'article-changed':
          set({ articles: mergeArticles(state.articles, [event.article]) });
          if (event.article.id === state.leftId || event.article.id === state.rightId) recompare(true);
          void rerank();
          break;
        case 'article-removed': {
          const articles = state.articles.filter((a) => a.path !== event.path);
          set({ articles });
          if (!articles.some((a) => a.id === state.leftId) || !articles.some((a) => a.id === state.rightId)) {
            set({ pairChosenByUser: false });
            recompare();
          }
          void rerank();
          break;
        }
        case 'read-error':
          set({ errors: [...state.errors.filter((e) => e.path !== event.error.path), event.error] });
          break;
        case 'command':
          runCommand(event.command);
          break;
      }
    }

    function runCommand(command: Extract<PushEvent, { type: 'command' }>['command']): void {
      const s = get();
      const commands: Record<typeof command, () => void> = {
        'open-folder-dialog': () => void s.chooseFolder(),
        'toggle-help': () => s.setHelpOpen(!s.helpOpen),
        'toggle-inline': () => s.setViewMode(s.settings.viewMode === 'inline' ? 'side-by-side' : 'inline'),
        'toggle-cosmetic': () => s.toggleCosmeticFold(),
        'swap-sides': () => s.swapSides(),
        'next-change': () => s.nextChange(),
        'previous-change': () => s.previousChange(),
        'next-pair': () => s.stepPair(1),
        'previous-pair': () => s.stepPair(-1),
        'show-options': () => s.setOptionsOpen(true),
      };
      commands[command]();
    }

    return {
      ...initialState,

      async init() {
        api.onEvent(handlePush);
        try {
          const initial = await api.getInitialState();
          set({ transport: initial.transport, settings: initial.settings, demoFolder: initial.demoFolder });
          await get().openFolder(initial.startFolder);
        } catch (error) {
          set({ status: 'failed', notice: errorNotice('Wirediff could not start', error) });
        }
      },

      async openFolder(path) {
        // A later open supersedes an earlier one still reading: only the newest may land.
        const generation = ++loadGeneration;
        set({ status: 'loading', progress: null, notice: null });
        try {
          const snapshot = await api.openFolder(path);
          if (generation !== loadGeneration) return;
          replaceCorpus({ root: snapshot.root, label: snapshot.label }, snapshot.articles, snapshot.errors);
          const isDemo = snapshot.root !== null && snapshot.root === get().demoFolder;
          if (snapshot.root && !isDemo) {
            const recentFolders = [
              snapshot.root,
              ...get().settings.recentFolders.filter((p) => p !== snapshot.root),
            ].slice(0, 10);
            set({ settings: { ...get().settings, recentFolders } });
          }
          set({
            status: 'ready',
            progress: null,
            notice: snapshot.articles.length === 0 ? { kind: 'info', text: `No articles found in ${path}.` } : null,
          });
        } catch (error) {
          if (generation !== loadGeneration) return;
          set({
            status: get().articles.length > 0 ? 'ready' : 'failed',
            progress: null,
            notice: errorNotice(`Could not open ${path}`, error),
          });
        }
      },

      async chooseFolder() {
        const choice = await api.chooseFolder();
        if (choice.path) await get().openFolder(choice.path);
        else if (!choice.supported)
          set({ notice: { kind: 'info', text: 'Type a folder path into the box above and press Enter.' } });
      },

      async cancelLoad() {
        await api.cancelLoad();
      },

      addArticles(articles, errors = []) {
        const merged = mergeArticles(get().articles, articles);
        set({ articles: merged, errors: [...get().errors, ...errors] });
        if (!get().leftId || !get().rightId) {
          const [a, b] = merged;
          if (a && b) set({ leftId: a.id, rightId: b.id });
        }
        recompare(true);
        void rerank();
      },

      replaceCorpus(label, articles, errors) {
        replaceCorpus({ root: null, label }, articles, errors);
        set({ status: 'ready' });
      },
      showNotice(notice) {
        set({ notice });
      },

      setLeft(id) {
        set({ leftId: id, pairChosenByUser: true });
        recompare();
      },
      setRight(id) {
        set({ rightId: id, pairChosenByUser: true });
        recompare();
      },
      selectPair(left, right) {
        set({ leftId: left, rightId: right, pairChosenByUser: true });
        recompare();
      },
      swapSides() {
        const { leftId, rightId } = get();
        set({ leftId: rightId, rightId: leftId, pairChosenByUser: true });
        recompare();
      },
      stepPair(delta) {
        const { pairs, leftId, rightId } = get();
        const index = stepPairIndex(pairs, leftId, rightId, delta);
        const pair = pairs[index];
        if (pair) get().selectPair(pair.left, pair.right);
      },

      goToChange(index) {
        const { changes } = get();
        if (index >= -1 && index < changes.length) set({ currentChange: index });
      },
      nextChange() {
        set({ currentChange: nextChangeIndex(get().changes.length, get().currentChange) });
      },
      previousChange() {
        set({ currentChange: previousChangeIndex(get().changes.length, get().currentChange) });
      },
      firstChange() {
        set({ currentChange: get().changes.length > 0 ? 0 : -1 });
      },
      lastChange() {
        set({ currentChange: get().changes.length - 1 });
      },

      setCompareOptions(options) {
        saveSettings({ ...get().settings, compare: { ...get().settings.compare, ...options } });
        recompare();
      },
      toggleCosmeticFold() {
        const compare = get().settings.compare;
        const anyOn = FOLD_KEYS.some((key) => compare[key]);
        const next = Object.fromEntries(FOLD_KEYS.map((key) => [key, anyOn ? false : DEFAULT_COMPARE_OPTIONS[key]]));
        get().setCompareOptions(next);
      },
      setViewMode(viewMode) {
        saveSettings({ ...get().settings, viewMode });
      },
      setTheme(theme) {
        saveSettings({ ...get().settings, theme });
      },
      setFilter(filter) {
        set({ filter });
      },
      setHelpOpen(helpOpen) {
        set({ helpOpen });
      },
      setOptionsOpen(optionsOpen) {
        set({ optionsOpen });
      },
      dismissNotice() {
        set({ notice: null });
      },
    };
  });
}

function errorNotice(prefix: string, error: unknown): { kind: 'error'; text: string } {
  return { kind: 'error', text: `${prefix}: ${error instanceof Error ? error.message : String(error)}` };
}
