/** Pure selectors over the store. */
import type { ArticleSummary } from '../../shared/article/summarize-article';

export function articleLabel(article: Pick<ArticleSummary, 'title' | 'name' | 'outlet'>): string {
  const title = article.title.trim() || article.name;
  return article.outlet ? `${article.outlet} — ${title}` : title;
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
