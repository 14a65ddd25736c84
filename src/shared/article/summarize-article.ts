/**
 * An article without its paragraphs, for lists and rankings: what crosses to the renderer
 * for every file of a folder, however large. Full articles travel only for the open pair.
 */
import type { Article } from './article';

export type ArticleSummary = Omit<Article, 'paragraphs'>;

/**
 * Its fields are named, not spread: a spread object takes a shape of its own, which made
 * summarising a folder in the workers, and the messages carrying the summaries, cost more.
 */
export function summarizeArticle(article: Article): ArticleSummary {
  return {
    title: article.title,
    date: article.date,
    dateline: article.dateline,
    credits: article.credits,
    outlet: article.outlet,
    warnings: article.warnings,
    id: article.id,
    path: article.path,
    name: article.name,
    encoding: article.encoding,
    size: article.size,
    mtimeMs: article.mtimeMs,
  };
}
