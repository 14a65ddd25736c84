/**
 * Loading the chosen pair: its full articles (a few kept for quick back-and-forth between
 * pairs), their comparison by the engine, and the exact shares it gives, which replace the
 * ranking's estimates for that pair. Only the newest request lands.
 */
import type { Article } from '../../shared/article/article';
import { listChanges } from '../../shared/comparison/change-index';
import type { Comparison, CompareOptions, PairScore } from '../../shared/comparison/comparison-types';
import type { AppApi } from '../../shared/ipc-contract';
import type { AppStore } from './app-state';
import { withLearnedShares } from './corpus-updates';
import { errorNotice } from './error-notice';

export interface Engine {
  compare(left: Article, right: Article, options: CompareOptions): Promise<Comparison>;
}

export interface PairLoader {
  /** Loads and compares the store's leftId/rightId; `keepChange` keeps the current change where it can. */
  load(keepChange?: boolean): Promise<void>;
  /** An article changed on disk: the next load reads it again. */
  forgetArticle(id: string): void;
  /** A new corpus is shown: nothing of the old one carries over. */
  reset(): void;
  /** The ranking's pairs with the exact shares of the pairs compared so far. */
  withLearned(pairs: PairScore[]): PairScore[];
}

/** Full articles kept for quick back-and-forth between pairs. */
const ARTICLE_CACHE_SIZE = 40;

export function createPairLoader(
  api: Pick<AppApi, 'getArticles'>,
  engine: Engine,
  set: (patch: Partial<AppStore>) => void,
  get: () => AppStore,
): PairLoader {
  let generation = 0;
  const fullArticles = new Map<string, Article>();
  /** Exact shares of the pairs opened in this corpus, for the ranking's estimated entries. */
  let learned = new Map<string, { left: number; right: number }>();

  async function fetchArticles(ids: string[]): Promise<Map<string, Article>> {
    const missing = ids.filter((id) => !fullArticles.has(id));
    if (missing.length > 0) for (const article of await api.getArticles(missing)) fullArticles.set(article.id, article);
    while (fullArticles.size > ARTICLE_CACHE_SIZE) fullArticles.delete(fullArticles.keys().next().value!);
    return fullArticles;
  }

  const noPair = () =>
    set({ left: null, right: null, comparison: null, changes: [], currentChange: -1, comparing: false });

  return {
    async load(keepChange = false) {
      const current = ++generation;
      const { leftId, rightId } = get();
      if (!leftId || !rightId) return noPair();
      set({ comparing: true });
      try {
        const cache = await fetchArticles([leftId, rightId]);
        const left = cache.get(leftId);
        const right = cache.get(rightId);
        if (current !== generation) return;
        if (!left || !right) return noPair();
        const comparison = await engine.compare(left, right, get().settings.compare);
        if (current !== generation) return;
        const changes = listChanges(comparison);
        const currentChange = keepChange ? Math.min(get().currentChange, changes.length - 1) : -1;
        // Rows of the last comparison mean nothing in this one: the view reports again when scrolled.
        set({ left, right, comparison, changes, currentChange, comparing: false, rowsInView: null });
        learned.set(`${leftId}\u0000${rightId}`, {
          left: comparison.stats.left.reuse,
          right: comparison.stats.right.reuse,
        });
        const pairs = withLearnedShares(get().pairs, learned);
        if (pairs !== get().pairs) set({ pairs });
      } catch (error) {
        if (current === generation) set({ comparing: false, notice: errorNotice('Could not compare', error) });
      }
    },
    forgetArticle: (id) => fullArticles.delete(id),
    reset() {
      fullArticles.clear();
      learned = new Map();
    },
    withLearned: (pairs) => withLearnedShares(pairs, learned),
  };
}
