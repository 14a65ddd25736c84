import { describe, expect, it } from 'vitest';
import { DEFAULT_ALIGN_TUNING } from './align-tuning';
import { candidatePairs, pairScore } from './candidate-pairs';
import { prepareArticle } from './prepare-article';
import { makeArticle } from './test-support/make-article';
import { SYLLABLES_A, seededRandom, syntheticSentence } from './test-support/synthetic-text';

describe('pairScore', () => {
  it('is Dice, or the weighted containment of a long enough smaller sentence', () => {
    expect(pairScore(0, 10, 10, DEFAULT_ALIGN_TUNING)).toBe(0);
    expect(pairScore(50, 100, 100, DEFAULT_ALIGN_TUNING)).toBe(0.5);
    // A 50-gram sentence fully inside a 200-gram one: a split, Dice alone would say 0.4.
    expect(pairScore(50, 200, 50, DEFAULT_ALIGN_TUNING)).toBe(DEFAULT_ALIGN_TUNING.containmentWeight);
    // Too short to trust containment.
    expect(pairScore(10, 200, 10, DEFAULT_ALIGN_TUNING)).toBeCloseTo(20 / 210);
  });
});

describe('candidatePairs', () => {
  const random = seededRandom(11);
  const sentences = Array.from({ length: 60 }, () => syntheticSentence(random, SYLLABLES_A));
  const edited = sentences.map((s, i) => (i % 3 === 0 ? s.replace(/^\S+/, 'Neu') : s)).reverse();
  const left = prepareArticle(makeArticle('l', [sentences.join(' ')])).sentences;
  const right = prepareArticle(makeArticle('r', [edited.join(' ')])).sentences;

  it('finds every copied sentence, edited or not', () => {
    const pairs = candidatePairs(left, right, DEFAULT_ALIGN_TUNING);
    const n = left.length;
    for (let i = 0; i < n; i++) {
      expect(pairs.some((p) => p.left === i && p.right === n - 1 - i)).toBe(true);
    }
  });

  it('scores the same pairs with the dense table and the index', () => {
    const dense = candidatePairs(left, right, DEFAULT_ALIGN_TUNING);
    const indexed = candidatePairs(left, right, { ...DEFAULT_ALIGN_TUNING, denseLimit: 0 });
    const key = (p: { left: number; right: number; score: number }) => `${p.left}-${p.right}:${p.score.toFixed(6)}`;
    const strong = (p: { score: number }) => p.score >= DEFAULT_ALIGN_TUNING.oneSidedMin;
    // The index scores only the best few candidates per sentence; all strong pairs agree.
    expect(indexed.filter(strong).map(key).sort()).toEqual(dense.filter(strong).map(key).sort());
  });

  it('returns nothing when a side is empty', () => {
    expect(candidatePairs([], right, DEFAULT_ALIGN_TUNING)).toEqual([]);
  });
});
