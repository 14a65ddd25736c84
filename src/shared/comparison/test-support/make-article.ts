/** Test helper: a small Article from paragraph texts, written for the tests (no corpus text). */
import type { Article, ParagraphPart } from '../../article/article';

export type ParagraphSpec = string | [ParagraphPart, string];

export function makeArticle(id: string, paragraphs: readonly ParagraphSpec[]): Article {
  const list = paragraphs.map((spec) =>
    typeof spec === 'string' ? { part: 'body' as ParagraphPart, text: spec } : { part: spec[0], text: spec[1] },
  );
  return {
    id,
    path: `/test/${id}.txt`,
    name: `${id}.txt`,
    encoding: 'utf-8',
    size: list.reduce((n, p) => n + p.text.length, 0),
    mtimeMs: 0,
    title: list[0]?.text ?? id,
    date: null,
    dateline: null,
    credits: [],
    outlet: null,
    paragraphs: list,
    warnings: [],
  };
}
