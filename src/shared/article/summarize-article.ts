/**
 * An article without its paragraphs, for lists and rankings: what crosses to the renderer
 * for every file of a folder, however large. Full articles travel only for the open pair.
 */
import type { Article } from './article';

export type ArticleSummary = Omit<Article, 'paragraphs'>;

export function summarizeArticle(article: Article): ArticleSummary {
  const { paragraphs: _paragraphs, ...rest } = article;
  return rest;
}
