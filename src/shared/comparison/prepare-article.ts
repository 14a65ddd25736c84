/**
 * Per-article work done once and reused across pairs: sentence spans, word counts and
 * sketches of the compared paragraphs. rankPairs prepares each article once, not per pair.
 */
import { isComparedPart, type Article } from '../article/article';
import { sketchSentence } from './sentence-sketch';
import { splitSentences } from './split-sentences';

export interface PreparedSentence {
  /** Index into PreparedArticle.sentences. */
  id: number;
  paragraph: number;
  /** Index within the paragraph. */
  index: number;
  start: number;
  end: number;
  words: number;
  sketch: Uint32Array;
}

export interface PreparedArticle {
  article: Article;
  sentences: PreparedSentence[];
  /** Sentence ids per paragraph; empty for set-apart paragraphs. */
  paragraphSentences: number[][];
  /** Words of the compared parts. */
  words: number;
}

export function prepareArticle(article: Article): PreparedArticle {
  const sentences: PreparedSentence[] = [];
  const paragraphSentences: number[][] = [];
  let words = 0;
  article.paragraphs.forEach((paragraph, p) => {
    const ids: number[] = [];
    paragraphSentences.push(ids);
    if (!isComparedPart(paragraph.part)) return;
    splitSentences(paragraph.text).forEach((span, index) => {
      const { sketch, words: count } = sketchSentence(paragraph.text.slice(span.start, span.end));
      const sentence: PreparedSentence = {
        id: sentences.length,
        paragraph: p,
        index,
        start: span.start,
        end: span.end,
        words: count,
        sketch,
      };
      words += sentence.words;
      ids.push(sentence.id);
      sentences.push(sentence);
    });
  });
  return { article, sentences, paragraphSentences, words };
}

export function sentenceText(prepared: PreparedArticle, id: number): string {
  const sentence = prepared.sentences[id]!;
  return prepared.article.paragraphs[sentence.paragraph]!.text.slice(sentence.start, sentence.end);
}
