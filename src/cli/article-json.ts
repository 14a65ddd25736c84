/**
 * The CLI's documented JSON shapes (docs/json-output.md). Other tools read them, so later
 * changes only add fields.
 */
import type { Article } from '../shared/article/article';
import type { Comparison, PairScore } from '../shared/comparison/comparison-types';

export interface ArticleJson {
  path: string;
  title: string;
  date: string | null;
  dateline: string | null;
  credits: string[];
  outlet: string | null;
  encoding: string;
  warnings: string[];
  paragraphs: { text: string; part: string }[];
}

export function toArticleJson(article: Article): ArticleJson {
  return {
    path: article.path,
    title: article.title,
    date: article.date,
    dateline: article.dateline,
    credits: article.credits,
    outlet: article.outlet,
    encoding: article.encoding,
    warnings: article.warnings,
    paragraphs: article.paragraphs.map((p) => ({ text: p.text, part: p.part })),
  };
}

export function toCompareJson(left: Article, right: Article, comparison: Comparison) {
  return {
    left: toArticleJson(left),
    right: toArticleJson(right),
    stats: comparison.stats,
    links: comparison.links,
    rows: comparison.rows,
    truncated: comparison.truncated,
  };
}

export function toPairJson(pair: PairScore) {
  return {
    left: pair.left,
    right: pair.right,
    score: pair.score,
    leftReuse: pair.leftReuse,
    rightReuse: pair.rightReuse,
  };
}
