import { describe, expect, it } from 'vitest';
import { makeArticle } from '../comparison/test-support/make-article';
import { summarizeArticle } from './summarize-article';

describe('summarizeArticle', () => {
  it('drops the paragraphs and keeps the rest', () => {
    const article = makeArticle('a', [['title', 'Zwei Wörter'], ['caption', 'Foto: AP'], 'Drei Wörter hier.']);
    const { paragraphs: _paragraphs, ...rest } = article;
    expect(summarizeArticle(article)).toEqual(rest);
    expect('paragraphs' in summarizeArticle(article)).toBe(false);
  });
});
