import { describe, expect, it } from 'vitest';
import { makeArticle } from '../comparison/test-support/make-article';
import { summarizeArticle } from './summarize-article';

describe('summarizeArticle', () => {
  it('drops the paragraphs and counts only compared words', () => {
    const article = makeArticle('a', [
      ['title', 'Zwei Wörter'],
      ['caption', 'Foto: nicht gezählt'],
      'Drei Wörter hier.',
    ]);
    const summary = summarizeArticle(article);
    expect('paragraphs' in summary).toBe(false);
    expect(summary.words).toBe(5);
    expect(summary.title).toBe(article.title);
  });
});
