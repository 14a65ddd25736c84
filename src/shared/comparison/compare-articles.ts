/**
 * The engine's façade: two articles in, one plain-data Comparison out. Align sentences
 * across the whole articles first, diff only inside aligned passages, then group the
 * paragraphs into display rows and count reuse.
 */
import { isComparedPart, type Article } from '../article/article';
import { alignSentences, type SentenceLink } from './align-sentences';
import {
  DEFAULT_COMPARE_OPTIONS,
  type CompareOptions,
  type Comparison,
  type LinkKind,
  type PassageLink,
  type PassageSide,
} from './comparison-types';
import { diffRow, indexLinksByParagraph } from './diff-rows';
import { diffWords } from './diff-words';
import { groupRows, type ParagraphFacts } from './group-rows';
import { prepareArticle, type PreparedArticle } from './prepare-article';
import { reuseStats } from './reuse-stats';
import { guessLocale, type SegmentLocale } from './tokenize-words';

export function compareArticles(left: Article, right: Article, options: Partial<CompareOptions> = {}): Comparison {
  return comparePrepared(prepareArticle(left), prepareArticle(right), options);
}

/** Same as compareArticles, for callers that prepare each article once (ranking, batches). */
export function comparePrepared(
  left: PreparedArticle,
  right: PreparedArticle,
  options: Partial<CompareOptions> = {},
): Comparison {
  const full: CompareOptions = { ...DEFAULT_COMPARE_OPTIONS, ...options };
  const locale = guessLocale(sampleText(left.article));
  const sentenceLinks = alignSentences(left, right);
  let truncated = false;
  const links = sentenceLinks.map((link) => {
    const passage = toPassageLink(link, left, right, full, locale);
    truncated ||= passage.truncated;
    return passage.link;
  });
  const plans = groupRows(
    paragraphFacts(left),
    paragraphFacts(right),
    sentenceLinks.map((link, i) => ({
      leftParagraph: links[i]!.left.paragraph,
      rightParagraph: links[i]!.right.paragraph,
      weight: wordsOf(left, link.left) + wordsOf(right, link.right),
    })),
  );
  const byParagraph = indexLinksByParagraph(links);
  const rows = plans.map((plan) => ({ ...plan, diff: diffRow(plan, byParagraph, left.article, right.article) }));
  return {
    rows,
    links,
    stats: { left: reuseStats(left.article, links, 'left'), right: reuseStats(right.article, links, 'right') },
    truncated,
  };
}

function toPassageLink(
  link: SentenceLink,
  left: PreparedArticle,
  right: PreparedArticle,
  options: CompareOptions,
  locale: SegmentLocale,
): { link: PassageLink; truncated: boolean } {
  const leftSide = passageSide(left, link.left);
  const rightSide = passageSide(right, link.right);
  // Verbatim copy, the commonest link, needs no tokens: its diff is one equal part.
  const same = leftSide.text === rightSide.text;
  const { parts, truncated } = same
    ? { parts: leftSide.text ? [{ op: 'equal' as const, text: leftSide.text }] : [], truncated: false }
    : diffWords(leftSide.text, rightSide.text, options, locale);
  let kind: LinkKind = 'cosmetic';
  if (same) kind = 'verbatim';
  else if (parts.some((part) => part.op === 'insert' || part.op === 'delete')) kind = 'rewritten';
  return {
    link: { left: leftSide, right: rightSide, similarity: round(link.similarity), kind, diff: parts },
    truncated,
  };
}

/** The first few thousand characters, enough to guess the language. */
function sampleText(article: Article): string {
  let sample = '';
  for (const paragraph of article.paragraphs) {
    if (sample.length > 4000) break;
    sample += `${paragraph.text} `;
  }
  return sample;
}

function passageSide(prepared: PreparedArticle, ids: number[]): PassageSide {
  const first = prepared.sentences[ids[0]!]!;
  const last = prepared.sentences[ids[ids.length - 1]!]!;
  const text = prepared.article.paragraphs[first.paragraph]!.text.slice(first.start, last.end);
  return {
    paragraph: first.paragraph,
    sentences: ids.map((id) => prepared.sentences[id]!.index),
    text,
    start: first.start,
    end: last.end,
  };
}

function paragraphFacts(prepared: PreparedArticle): ParagraphFacts[] {
  return prepared.article.paragraphs.map((paragraph, p) => {
    const compared = isComparedPart(paragraph.part);
    return {
      compared,
      words: wordsOf(prepared, prepared.paragraphSentences[p]!),
      text: compared ? undefined : paragraph.text,
    };
  });
}

function wordsOf(prepared: PreparedArticle, ids: readonly number[]): number {
  let words = 0;
  for (const id of ids) words += prepared.sentences[id]!.words;
  return words;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
