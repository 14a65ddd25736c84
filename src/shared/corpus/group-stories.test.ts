import { describe, expect, it } from 'vitest';
import type { PairScore } from '../comparison/comparison-types';
import { groupStories } from './group-stories';

const pair = (left: string, right: string, score: number): PairScore => ({
  left,
  right,
  score,
  leftReuse: score,
  rightReuse: score,
});

describe('groupStories', () => {
  it('joins articles linked directly or through another into one story', () => {
    const stories = groupStories(
      ['a', 'b', 'c', 'd', 'e'],
      [pair('a', 'b', 0.9), pair('b', 'c', 0.3), pair('d', 'e', 0.5), pair('c', 'd', 0.1)],
    );
    expect(stories.map((s) => s.members)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });

  it('leaves articles without a strong enough pair on their own', () => {
    const stories = groupStories(['a', 'b', 'c'], [pair('a', 'b', 0.19), pair('b', 'c', 0.2)]);
    expect(stories.map((s) => s.members)).toEqual([['b', 'c'], ['a']]);
  });

  it('ignores pairs that name unknown articles', () => {
    expect(groupStories(['a'], [pair('a', 'zz', 1)]).map((s) => s.members)).toEqual([['a']]);
  });
});
