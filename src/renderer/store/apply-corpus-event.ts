/**
 * How one corpus event changes the corpus part of the state. Pure, so the order and
 * staleness rules are tested without a store.
 */
import type { ArticleSummary } from '../../shared/article/summarize-article';
import type { CorpusEvent } from '../../shared/ipc-contract';
import type { AppState } from './app-state';

export type CorpusSlice = Pick<
  AppState,
  'articles' | 'errors' | 'pairs' | 'pairsTotal' | 'pairsExact' | 'progress' | 'status' | 'corpusId' | 'pendingCorpusId'
>;

/** The lists of a corpus before any of its events: what a newly shown corpus starts from. */
export function emptyCorpusLists(): Pick<CorpusSlice, 'articles' | 'errors' | 'pairs' | 'pairsTotal' | 'pairsExact'> {
  return { articles: [], errors: [], pairs: [], pairsTotal: 0, pairsExact: false };
}

/** The slice after `event` of corpus `corpusId`, or null when the event is stale. */
export function applyCorpusEvent(
  state: CorpusSlice,
  corpusId: number,
  event: CorpusEvent,
): Partial<CorpusSlice> | null {
  let base: CorpusSlice = state;
  let patch: Partial<CorpusSlice> = {};
  if (corpusId === state.pendingCorpusId) {
    // The first event of a new open: from here on, the new corpus is the one shown.
    patch = { corpusId, pendingCorpusId: null, ...emptyCorpusLists() };
    base = { ...state, ...patch };
  } else if (corpusId !== state.corpusId) {
    return null;
  }
  switch (event.type) {
    case 'articles':
      return { ...patch, articles: mergeSummaries(base.articles, event.articles, base.status !== 'loading') };
    case 'errors':
      return {
        ...patch,
        errors: [...base.errors.filter((e) => !event.errors.some((n) => n.path === e.path)), ...event.errors],
      };
    case 'removed': {
      const gone = new Set(event.ids);
      return { ...patch, articles: base.articles.filter((a) => !gone.has(a.id)) };
    }
    case 'progress':
      return { ...patch, progress: { phase: event.phase, done: event.done, total: event.total } };
    case 'pairs':
      return {
        ...patch,
        pairs: event.pairs,
        pairsTotal: event.total ?? event.pairs.length,
        pairsExact: event.exact,
        progress: event.exact ? null : base.progress,
      };
    case 'done':
      return { ...patch, articles: sortByPath(base.articles), status: 'ready', progress: null };
  }
}

/**
 * Adds or replaces summaries by id. While a folder streams in, new ones are appended (the
 * reader sends them roughly in path order; `done` sorts once); later additions sort at once.
 */
export function mergeSummaries(
  current: readonly ArticleSummary[],
  incoming: readonly ArticleSummary[],
  sort: boolean,
): ArticleSummary[] {
  const index = new Map(current.map((a, i) => [a.id, i]));
  const next = [...current];
  for (const article of incoming) {
    const at = index.get(article.id);
    if (at === undefined) {
      index.set(article.id, next.length);
      next.push(article);
    } else next[at] = article;
  }
  return sort ? sortByPath(next) : next;
}

function sortByPath(articles: readonly ArticleSummary[]): ArticleSummary[] {
  return [...articles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
