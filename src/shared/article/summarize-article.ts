/**
 * An article without its paragraphs, for lists and rankings: what crosses to the renderer
 * for every file of a folder, however large. Full articles travel only for the open pair.
 */
import { countWords } from '../comparison/tokenize-fast';
import { isComparedPart, type Article } from './article';

export type ArticleSummary = Omit<Article, 'paragraphs'> & {
  /** Words in compared parts (title, lead, heading, body). */
  words: number;
};

export function summarizeArticle(article: Article): ArticleSummary {
  const { paragraphs, ...rest } = article;
  let words = 0;
  for (const paragraph of paragraphs) if (isComparedPart(paragraph.part)) words += countWords(paragraph.text);
  return { ...rest, words };
}
