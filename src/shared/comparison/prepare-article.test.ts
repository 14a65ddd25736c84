import { describe, expect, it } from 'vitest';
import { prepareArticle, sentenceText } from './prepare-article';
import { makeArticle } from './test-support/make-article';

describe('prepareArticle', () => {
  const article = makeArticle('a', [
    ['title', 'Ein Titel ohne Punkt'],
    ['caption', 'Foto: Jemand. Bildrechte.'],
    ['body', 'Erster Satz hier. Zweiter Satz dort.'],
  ]);
  const prepared = prepareArticle(article);

  it('splits only compared paragraphs into sentences', () => {
    expect(prepared.paragraphSentences.map((ids) => ids.length)).toEqual([1, 0, 2]);
    expect(prepared.sentences.map((_, id) => sentenceText(prepared, id))).toEqual([
      'Ein Titel ohne Punkt',
      'Erster Satz hier.',
      'Zweiter Satz dort.',
    ]);
    expect(prepared.sentences[2]).toMatchObject({ paragraph: 2, index: 1, words: 3 });
  });

  it('counts words of compared parts only', () => {
    expect(prepared.words).toBe(10);
  });
});
