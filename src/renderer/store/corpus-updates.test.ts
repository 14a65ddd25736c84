import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../shared/article/summarize-article';
import type { PairScore } from '../../shared/comparison/comparison-types';
import { FIRST_TWO_LIMIT, partnerFor, pickDefaultPair, stepPairIndex, withLearnedShares } from './corpus-updates';

const articles = (n: number) => Array.from({ length: n }, (_, k) => ({ id: `a${k}` }) as ArticleSummary);
const pair = (left: string, right: string, score: number) =>
  ({ left, right, leftReuse: score, rightReuse: score, score }) as PairScore;

describe('pickDefaultPair', () => {
  it('takes the pair with most shared text', () => {
    expect(pickDefaultPair([pair('a3', 'a1', 0.8), pair('a0', 'a1', 0.2)], articles(5), true)).toEqual(['a3', 'a1']);
  });

  it('shows the first two articles of a small folder as soon as it is read', () => {
    expect(pickDefaultPair([], articles(FIRST_TWO_LIMIT), false)).toEqual(['a0', 'a1']);
    expect(pickDefaultPair([pair('a0', 'a1', 0)], articles(3), true)).toEqual(['a0', 'a1']);
  });

  it('waits for the ranking of a large folder before showing any pair', () => {
    expect(pickDefaultPair([], articles(FIRST_TWO_LIMIT + 1), false)).toBeNull();
    // Ranked and nothing shared: the first two after all.
    expect(pickDefaultPair([], articles(FIRST_TWO_LIMIT + 1), true)).toEqual(['a0', 'a1']);
  });
});

describe('stepPairIndex', () => {
  const pairs = [pair('a0', 'a1', 0.9), pair('a2', 'a3', 0.5), pair('a1', 'a2', 0.3)];
  it('steps from the current pair in either orientation, and stops at the ends', () => {
    expect(stepPairIndex(pairs, 'a3', 'a2', 1)).toBe(2);
    expect(stepPairIndex(pairs, 'a1', 'a2', 1)).toBe(2);
    expect(stepPairIndex(pairs, 'a0', 'a1', -1)).toBe(0);
    expect(stepPairIndex(pairs, 'x', 'y', -1)).toBe(2);
  });
});

describe('partnerFor', () => {
  const pairs = [pair('a', 'b', 0.9), pair('c', 'a', 0.5), pair('d', 'e', 0.3), pair('a', 'e', 0)];

  it('keeps a right article that shares text, else takes the strongest partner, else keeps the right side', () => {
    expect(partnerFor(pairs, 'a', 'c')).toBe('c');
    expect(partnerFor(pairs, 'a', 'e')).toBe('b');
    expect(partnerFor(pairs, 'c', null)).toBe('a');
    expect(partnerFor(pairs, 'a', 'a')).toBe('b');
    // Nothing shared anywhere: the right side stays (but never the article itself).
    expect(partnerFor(pairs, 'f', 'd')).toBe('d');
    expect(partnerFor(pairs, 'f', 'f')).toBeNull();
  });
});

describe('withLearnedShares', () => {
  const estimate = (left: string, right: string, leftReuse: number, rightReuse: number): PairScore => ({
    left,
    right,
    leftReuse,
    rightReuse,
    score: Math.max(leftReuse, rightReuse),
    estimated: true,
  });

  it('gives an opened estimated pair its exact shares, in the list orientation, and re-ranks it', () => {
    const pairs = [pair('a', 'b', 0.5), estimate('c', 'd', 0.04, 0.02), estimate('e', 'f', 0.03, 0.01)];
    // Opened the other way round: d on the left.
    const learned = new Map([['d\u0000c', { left: 0.05, right: 0.18 }]]);
    expect(withLearnedShares(pairs, learned)).toEqual([
      pair('a', 'b', 0.5),
      { left: 'c', right: 'd', leftReuse: 0.18, rightReuse: 0.05, score: 0.18 },
      estimate('e', 'f', 0.03, 0.01),
    ]);
  });

  it('leaves aligned pairs and an unchanged list alone', () => {
    const pairs = [pair('a', 'b', 0.5), estimate('c', 'd', 0.04, 0.02)];
    expect(withLearnedShares(pairs, new Map([['a\u0000b', { left: 0.1, right: 0.1 }]]))).toBe(pairs);
    expect(withLearnedShares(pairs, new Map())).toBe(pairs);
  });
});
