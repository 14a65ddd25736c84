/** Pure selectors over the store. */
import type { ArticleSummary } from '../../shared/article/summarize-article';

export function articleLabel(article: Pick<ArticleSummary, 'title' | 'name' | 'outlet'>): string {
  const title = article.title.trim() || article.name;
  return article.outlet ? `${article.outlet} — ${title}` : title;
}

/**
 * One side of a pair in the ranking, as short as can still be told apart: the outlet, else
 * the file's name without extension, else (for names that are ids, as scrapers save
 * "000_4ceae6f6854108d6.txt") the title, which says more than a hash.
 */
export function pairSideName(article: Pick<ArticleSummary, 'title' | 'name' | 'outlet'>): string {
  if (article.outlet) return article.outlet;
  const stem = article.name.replace(/\.[^.]+$/, '');
  const opaque = /[0-9a-f]{8,}/i.test(stem) || !/\p{L}{2,}/u.test(stem);
  return opaque && article.title.trim() ? article.title.trim() : stem;
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
