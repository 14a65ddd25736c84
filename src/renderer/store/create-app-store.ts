/**
 * The one store, made by a factory so every test gets a fresh store on an in-memory API.
 * Effects go through `api` (I/O) and `engine` (CPU work that may run in a worker).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_COMPARE_OPTIONS } from '../../shared/comparison/comparison-types';
import { nextChangeInView, previousChangeInView, type RowsInView } from '../../shared/comparison/change-index';
import { otherCopy } from '../../shared/comparison/moved-copy';
import type { AppApi, CorpusOpened, PushEvent, Settings, ShellCommand } from '../../shared/ipc-contract';
import { formatComparisonHtml, formatScanHtml } from '../../shared/report/html-report';
import { rankingReportFileName, reportFileName } from '../../shared/report/report-file-name';
import { applyCorpusEvent, emptyCorpusLists } from './apply-corpus-event';
import { batchArticleEvents } from './batch-article-events';
import { initialState, type AppStore } from './app-state';
import { partnerFor, pickDefaultPair, stepPairIndex } from './corpus-updates';
import { errorNotice } from './error-notice';
import { createPairLoader, type Engine } from './pair-loader';
import { anyFoldOn, FOLD_KEYS, shownPairs } from './selectors';

export type { Engine } from './pair-loader';

export function createAppStore(api: AppApi, engine: Engine): StoreApi<AppStore> {
  return createStore<AppStore>()((set, get) => {
    let nextCorpusId = 1;
    const pair = createPairLoader(api, engine, set, get);
    const loadPair = (keepChange = false) => pair.load(keepChange);

    /** Walking the changes of a pair chooses it: the exact ranking arriving later keeps it open. */
    function walkTo(currentChange: number): void {
      set({ currentChange, pairChosenByUser: true });
    }

    /**
     * What the view showed, if reported since the last step: a step scrolls the view to the new
     * change, so an older report no longer says where the reader is.
     */
    function viewSinceStep(): RowsInView | null {
      const { rowsInView, currentChange } = get();
      return rowsInView && rowsInView.change === currentChange ? rowsInView : null;
    }

    function choosePair(leftId: string | null, rightId: string | null, byUser: boolean): void {
      set({ leftId, rightId, pairChosenByUser: byUser || get().pairChosenByUser });
      void loadPair();
    }

    /** A new corpus is shown: nothing of the old one's pair, articles or comparisons carries over. */
    function forgetOpenPair(): void {
      pair.reset();
      set({
        leftId: null,
        rightId: null,
        pairChosenByUser: false,
        left: null,
        right: null,
        comparison: null,
        changes: [],
      });
    }

    function handleCorpusEvent(corpusId: number, event: Extract<PushEvent, { type: 'corpus' }>['event']): void {
      const patch = applyCorpusEvent(get(), corpusId, event);
      if (!patch) return;
      const adopting = patch.pendingCorpusId === null && get().pendingCorpusId === corpusId;
      if (adopting) forgetOpenPair();
      if (patch.pairs) patch.pairs = pair.withLearned(patch.pairs);
      set(patch);
      const state = get();
      if (event.type === 'articles' && state.status === 'ready') {
        // A watched file changed: compare again if it is one of the open pair.
        const changed = event.articles.filter((a) => a.id === state.leftId || a.id === state.rightId);
        if (changed.length > 0) {
          for (const article of changed) pair.forgetArticle(article.id);
          void loadPair(true);
        }
      }
      if (event.type === 'removed' && event.ids.some((id) => id === state.leftId || id === state.rightId)) {
        set({ pairChosenByUser: false });
        choosePair(null, null, false);
      }
      if ((event.type === 'pairs' || event.type === 'done') && !state.pairChosenByUser) {
        const pair = pickDefaultPair(state.pairs, state.articles, event.type === 'pairs');
        if (pair && (pair[0] !== state.leftId || pair[1] !== state.rightId)) choosePair(pair[0], pair[1], false);
      }
    }

    const corpusEvents = batchArticleEvents(handleCorpusEvent);

    function handlePush(event: PushEvent): void {
      if (event.type === 'corpus') corpusEvents.push(event.corpusId, event.event);
      else if (event.type === 'folder-requested') void get().openFolder(event.path);
      else runCommand(event.command);
    }

    function runCommand(command: ShellCommand): void {
      const s = get();
      const commands: Record<ShellCommand, () => void> = {
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
        'save-report': () => void s.saveReport(),
        'save-ranking-report': () => void s.saveRankingReport(),
      };
      commands[command]();
    }

    /** Opens a corpus through `request`; the shown corpus stays until the new one sends its first event. */
    async function openCorpus(describe: string, request: (corpusId: number) => Promise<CorpusOpened>): Promise<void> {
      const corpusId = nextCorpusId++;
      set({ pendingCorpusId: corpusId, status: 'loading', progress: null, notice: null });
      // A newer open under way owns the pending id: what an older one ends with must not clear it.
      const superseded = () => {
        const { pendingCorpusId, corpusId: shown } = get();
        return pendingCorpusId === null ? shown !== corpusId : pendingCorpusId !== corpusId;
      };
      try {
        const opened = await request(corpusId);
        if (superseded()) return;
        // The answer can come before the corpus's first event (they travel apart in the browser
        // host): the old corpus's lists must go now, not merge with what the new one sends.
        if (get().pendingCorpusId === corpusId) {
          forgetOpenPair();
          set(emptyCorpusLists());
        }
        const isDemo = opened.root !== null && opened.root === get().demoFolder;
        const settings = get().settings;
        const recentFolders =
          opened.root && !isDemo
            ? [opened.root, ...settings.recentFolders.filter((p) => p !== opened.root)].slice(0, 10)
            : settings.recentFolders;
        set({ corpus: opened, settings: { ...settings, recentFolders }, pendingCorpusId: null, corpusId });
        if (get().status === 'loading') set({ status: 'ready' });
        if (opened.articles === 0) set({ notice: { kind: 'info', text: `No articles found in ${describe}.` } });
      } catch (error) {
        if (superseded()) return;
        const keepOld = get().pendingCorpusId === corpusId;
        set({
          pendingCorpusId: null,
          status: keepOld && get().articles.length > 0 ? 'ready' : 'failed',
          progress: null,
          notice: errorNotice(`Could not open ${describe}`, error),
        });
      }
    }

    function saveSettings(settings: Settings): void {
      set({ settings });
      api
        .saveSettings(settings)
        .catch((error: unknown) => set({ notice: errorNotice('Could not save settings', error) }));
    }

    return {
      ...initialState,

      async init() {
        api.onEvent(handlePush);
        try {
          const initial = await api.getInitialState();
          set({ transport: initial.transport, settings: initial.settings, demoFolder: initial.demoFolder });
          // A folder the user opened (or dropped) before the launch folder was known stays open.
          if (nextCorpusId === 1) await get().openFolder(initial.startFolder);
        } catch (error) {
          set({ status: 'failed', notice: errorNotice('Wirediff could not start', error) });
        }
      },

      openFolder: (path) => openCorpus(path, (corpusId) => api.openFolder(path, corpusId)),
      openTexts: (label, files) => openCorpus(label, (corpusId) => api.openTexts(label, files, corpusId)),

      async addFiles(paths, texts) {
        try {
          const results = await Promise.all([
            paths.length > 0 ? api.addFiles(paths) : null,
            texts.length > 0 ? api.addTexts(texts) : null,
          ]);
          const errors = results.flatMap((r) => r?.errors ?? []);
          if (errors.length > 0) set({ errors: [...get().errors, ...errors] });
        } catch (error) {
          set({ notice: errorNotice('Could not add the dropped files', error) });
        }
      },

      async chooseFolder() {
        const choice = await api.chooseFolder();
        if (choice.path) await get().openFolder(choice.path);
        else if (!choice.supported) {
          set({ notice: { kind: 'info', text: 'Type a folder path into the box above and press Enter.' } });
        }
      },

      async cancelLoad() {
        await api.cancelLoad();
        set({ status: 'ready', progress: null, notice: { kind: 'info', text: 'Loading was cancelled.' } });
      },

      showNotice(notice) {
        set({ notice });
      },

      setLeft: (id) => choosePair(id, get().rightId, true),
      openArticle: (id) => choosePair(id, partnerFor(get().pairs, id, get().rightId), true),
      setRight: (id) => choosePair(get().leftId, id, true),
      selectPair: (left, right) => choosePair(left, right, true),
      swapSides: () => choosePair(get().rightId, get().leftId, true),

      async saveReport() {
        const { left, right, comparison } = get();
        if (!left || !right || !comparison) {
          set({ notice: { kind: 'info', text: 'Open a pair first: the report is of the comparison on screen.' } });
          return;
        }
        // Saving is working in the pair: a ranking that arrives later must not take it away.
        get().holdPair();
        try {
          const result = await api.saveReport(
            reportFileName(left, right),
            formatComparisonHtml(left, right, comparison),
          );
          if (result.saved) set({ notice: { kind: 'info', text: `Report saved: ${result.saved}` } });
        } catch (error) {
          set({ notice: errorNotice('Could not save the report', error) });
        }
      },
      async saveRankingReport() {
        const { pairs, articles, filter, corpus, errors, pairsTotal } = get();
        const listed = shownPairs(get());
        if (listed.length === 0) {
          const text =
            pairs.length === 0
              ? 'Open a folder with at least two articles first: the report is of its ranking.'
              : 'No pair matches the filter: clear it to save the ranking.';
          set({ notice: { kind: 'info', text } });
          return;
        }
        const folder = corpus?.label ?? 'articles';
        const note = [
          filter ? `Pairs matching “${filter}”.` : '',
          pairsTotal > pairs.length ? `The top ${pairs.length} of ${pairsTotal} pairs.` : '',
        ]
          .filter(Boolean)
          .join(' ');
        try {
          const html = formatScanHtml(articles, listed, errors, { heading: `Wirediff ranking: ${folder}`, note });
          const result = await api.saveReport(rankingReportFileName(folder), html);
          if (result.saved) set({ notice: { kind: 'info', text: `Ranking saved: ${result.saved}` } });
        } catch (error) {
          set({ notice: errorNotice('Could not save the ranking', error) });
        }
      },
      stepPair(delta) {
        const { leftId, rightId } = get();
        // ] and [ walk the pairs the list shows: with a filter on, only those.
        const pairs = shownPairs(get());
        const pair = pairs[stepPairIndex(pairs, leftId, rightId, delta)];
        if (pair) choosePair(pair.left, pair.right, true);
      },

      goToChange(index) {
        if (index >= -1 && index < get().changes.length) walkTo(index);
      },
      nextChange: () => walkTo(nextChangeInView(get().changes, get().currentChange, viewSinceStep())),
      previousChange: () => walkTo(previousChangeInView(get().changes, get().currentChange, viewSinceStep())),
      setRowsInView: ({ first, last }) => {
        const { rowsInView: known, currentChange: change } = get();
        if (known?.first !== first || known.last !== last || known.change !== change)
          set({ rowsInView: { first, last, change } });
      },
      goToMovedCopy() {
        const { comparison, changes, currentChange } = get();
        const found = comparison ? otherCopy(comparison.rows, changes, currentChange) : null;
        if (!found) {
          const text = 'Step to a passage marked as moved to another row first (n, p), then press m.';
          set({ notice: { kind: 'info', text } });
        } else if (found.change >= 0) walkTo(found.change);
        else
          set({
            notice: { kind: 'info', text: `Its other copy reads unchanged in ${found.side} ¶${found.paragraph + 1}.` },
          });
      },
      firstChange: () => walkTo(get().changes.length > 0 ? 0 : -1),
      lastChange: () => walkTo(get().changes.length - 1),
      holdPair() {
        if (!get().pairChosenByUser && get().leftId !== null) set({ pairChosenByUser: true });
      },

      setCompareOptions(options) {
        saveSettings({ ...get().settings, compare: { ...get().settings.compare, ...options } });
        void loadPair();
      },
      toggleCosmeticFold() {
        const compare = get().settings.compare;
        const anyOn = anyFoldOn(compare);
        get().setCompareOptions(
          Object.fromEntries(FOLD_KEYS.map((key) => [key, anyOn ? false : DEFAULT_COMPARE_OPTIONS[key]])),
        );
      },
      setViewMode: (viewMode) => saveSettings({ ...get().settings, viewMode }),
      setTheme: (theme) => saveSettings({ ...get().settings, theme }),
      setFilter: (filter) => set({ filter }),
      setHelpOpen: (helpOpen) => set({ helpOpen }),
      setOptionsOpen: (optionsOpen) => set({ optionsOpen }),
      dismissNotice: () => set({ notice: null }),
    };
  });
}
