import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../shared/article/summarize-article';
import type { PairScore } from '../../shared/comparison/comparison-types';
import { PICK_ALL_LIMIT, PICK_PARTNERS_LIMIT, pickerChoices } from './picker-choices';

const article = (id: string) => ({ id, title: id }) as ArticleSummary;
const pair = (left: string, right: string, score: number) =>
  ({ left, right, leftReuse: score, rightReuse: score, score }) as PairScore;
const ids = (choices: { articles: readonly ArticleSummary[] }) => choices.articles.map((a) => a.id);

describe('pickerChoices', () => {
  it('lists every article of a small folder', () => {
    const articles = ['a', 'b', 'c'].map(article);
    expect(pickerChoices(articles, [], 'a', 'b')).toEqual({ articles, partnersOnly: false });
  });

  it("lists the current article, then the other side's partners strongest first, in a large folder", () => {
    const articles = Array.from({ length: PICK_ALL_LIMIT + 1 }, (_, k) => article(`x${k}`));
    const pairs = [pair('x1', 'x2', 0.9), pair('x3', 'x1', 0.8), pair('x4', 'x5', 0.7), pair('x1', 'x0', 0.5)];
    const choices = pickerChoices(articles, pairs, 'x0', 'x1');
    expect(choices.partnersOnly).toBe(true);
    expect(ids(choices)).toEqual(['x0', 'x2', 'x3']);
    // While reading (no pairs yet) only the current article.
    expect(ids(pickerChoices(articles, [], 'x0', 'x1'))).toEqual(['x0']);
  });

  it('lists at most the current article and PICK_PARTNERS_LIMIT partners', () => {
    const articles = Array.from({ length: 1000 }, (_, k) => article(`x${k}`));
    const pairs = articles.slice(1).map((a, k) => pair('x0', a.id, 1 - k / 1000));
    expect(pickerChoices(articles, pairs, 'x999', 'x0').articles.length).toBe(PICK_PARTNERS_LIMIT + 1);
  });
});
