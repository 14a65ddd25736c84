/** Pure selectors over the store. */
import { fileStem } from '../../shared/article/file-stem';
import type { ArticleSummary } from '../../shared/article/summarize-article';
import type { CompareOptions, PairScore } from '../../shared/comparison/comparison-types';

/** "outlet — title" (or "file — title"): what a side's picker shows for an article. */
export function articleLabel(article: Pick<ArticleSummary, 'title' | 'name' | 'outlet'>): string {
  const title = article.title.trim() || article.name;
  const source = articleSource(article);
  return source ? `${source} — ${title}` : title;
}

/**
 * Who an article is from, as far as the folder tells: its outlet, else its file's name
 * without extension, unless that name is an id (scrapers save "000_4ceae6f6854108d6.txt"),
 * which tells a reader nothing.
 */
export function articleSource(article: Pick<ArticleSummary, 'name' | 'outlet'>): string | null {
  if (article.outlet) return article.outlet;
  const stem = fileStem(article.name);
  const opaque = /[0-9a-f]{8,}/i.test(stem) || !/\p{L}{2,}/u.test(stem);
  return opaque ? null : stem;
}

/** One side of a pair in the ranking, as short as can still be told apart: its source, else its title. */
export function pairSideName(article: Pick<ArticleSummary, 'title' | 'name' | 'outlet'>): string {
  return articleSource(article) ?? titleOrStem(article);
}

/**
 * Both sides of a pair in the ranking: by source, unless both come from the same one (two
 * stories of one outlet), which their titles tell apart, or, for one story posted twice,
 * their file names.
 */
export function pairSideNames(
  left: Pick<ArticleSummary, 'title' | 'name' | 'outlet'>,
  right: Pick<ArticleSummary, 'title' | 'name' | 'outlet'>,
): [string, string] {
  const sources: [string, string] = [pairSideName(left), pairSideName(right)];
  if (sources[0] !== sources[1]) return sources;
  const titles: [string, string] = [titleOrStem(left), titleOrStem(right)];
  return titles[0] !== titles[1] ? titles : [fileStem(left.name), fileStem(right.name)];
}

function titleOrStem(article: Pick<ArticleSummary, 'title' | 'name'>): string {
  return article.title.trim() || fileStem(article.name);
}

/** The pair as the comparison shows it: its left side first, so the list's figures match the headers. */
export function orientPair(pair: PairScore, leftId: string | null): PairScore {
  if (pair.left === leftId || pair.right !== leftId) return pair;
  return { ...pair, left: pair.right, right: pair.left, leftReuse: pair.rightReuse, rightReuse: pair.leftReuse };
}

export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Case-insensitive match on what a user sees of an article. */
export function articleMatchesFilter(article: ArticleSummary, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (!needle) return true;
  return [article.title, article.name, article.outlet ?? '', article.credits.join(' '), article.date ?? '']
    .join(' ')
    .toLowerCase()
    .includes(needle);
}

/** The pairs the ranked list shows: with a filter on, only those it matches. */
export function shownPairs(state: {
  pairs: readonly PairScore[];
  articles: readonly ArticleSummary[];
  filter: string;
}): readonly PairScore[] {
  if (!state.filter) return state.pairs;
  return pairsMatchingFilter(state.pairs, new Map(state.articles.map((a) => [a.id, a])), state.filter);
}

/** The ranked pairs the filter shows: those with an article on either side that matches it. */
export function pairsMatchingFilter(
  pairs: readonly PairScore[],
  byId: ReadonlyMap<string, ArticleSummary>,
  filter: string,
): readonly PairScore[] {
  if (!filter.trim()) return pairs;
  const matches = (id: string) => {
    const article = byId.get(id);
    return article ? articleMatchesFilter(article, filter) : false;
  };
  return pairs.filter((p) => matches(p.left) || matches(p.right));
}

/** The options that fold a cosmetic variant (the `c` key switches them all). */
export const FOLD_KEYS = [
  'foldCase',
  'foldEszett',
  'foldQuotes',
  'foldDashes',
  'foldCompounds',
  'foldRegional',
] as const;

export function anyFoldOn(compare: CompareOptions): boolean {
  return FOLD_KEYS.some((key) => compare[key]);
}
