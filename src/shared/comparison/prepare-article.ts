/**
 * Per-article work done once and reused across pairs: sentence spans, word counts and
 * sketches of the compared paragraphs. rankPairs prepares each article once, not per pair.
 */
import { isComparedPart, type Article } from '../article/article';
import { SketchPool } from './sentence-sketch';
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
  const pool = new SketchPool();
  let words = 0;
  article.paragraphs.forEach((paragraph, p) => {
    const ids: number[] = [];
    paragraphSentences.push(ids);
    if (!isComparedPart(paragraph.part)) return;
    splitSentences(paragraph.text).forEach((span, index) => {
      const sentenceWords = pool.add(paragraph.text.slice(span.start, span.end));
      const sentence: PreparedSentence = {
        id: sentences.length,
        paragraph: p,
        index,
        start: span.start,
        end: span.end,
        words: sentenceWords,
        sketch: NO_GRAMS,
      };
      words += sentence.words;
      ids.push(sentence.id);
      sentences.push(sentence);
    });
  });
  // Sketches share one buffer (see SketchPool), so they are set once all are made.
  const sketches = pool.sketches();
  for (let id = 0; id < sentences.length; id++) sentences[id]!.sketch = sketches[id]!;
  return { article, sentences, paragraphSentences, words };
}

const NO_GRAMS = new Uint32Array(0);

export function sentenceText(prepared: PreparedArticle, id: number): string {
  const sentence = prepared.sentences[id]!;
  return prepared.article.paragraphs[sentence.paragraph]!.text.slice(sentence.start, sentence.end);
}
