import { describe, expect, it } from 'vitest';
import { alignSentences } from './align-sentences';
import type { PassageLink } from './comparison-types';
import { prepareArticle } from './prepare-article';
import { reuseShares, reuseStats } from './reuse-stats';
import { makeArticle } from './test-support/make-article';

const article = makeArticle('a', [
  ['title', 'Kurzer Titel'],
  ['caption', 'Foto: nicht gezählt'],
  'Eins zwei drei vier. Fünf sechs sieben.',
]);

const link = (diff: PassageLink['diff']): PassageLink => ({
  left: { paragraph: 2, sentences: [0], text: 'Eins zwei drei vier.', start: 0, end: 20 },
  right: { paragraph: 0, sentences: [0], text: '', start: 0, end: 0 },
  similarity: 0.8,
  kind: 'rewritten',
  diff,
});

describe('reuseStats', () => {
  it('counts words of compared parts only, classified by the link diffs', () => {
    const stats = reuseStats(
      article,
      [
        link([
          { op: 'equal', text: 'Eins ' },
          { op: 'cosmetic', text: 'zwei', rightText: 'Zwei' },
          { op: 'equal', text: ' ' },
          { op: 'delete', text: 'drei' },
          { op: 'insert', text: 'drü' },
          { op: 'equal', text: ' vier.' },
        ]),
      ],
      'left',
    );
    expect(stats).toEqual({ words: 9, reusedWords: 4, reuse: 4 / 9, verbatim: 2, cosmetic: 1, rewritten: 1 });
  });

  it('reads the right side from equal, cosmetic (right spelling) and insert parts', () => {
    const right = makeArticle('r', ['Eins Zwei drü vier.']);
    const rightLink: PassageLink = {
      ...link([]),
      right: { paragraph: 0, sentences: [0], text: 'Eins Zwei drü vier.', start: 0, end: 19 },
    };
    rightLink.diff = [
      { op: 'equal', text: 'Eins ' },
      { op: 'cosmetic', text: 'zwei', rightText: 'Zwei' },
      { op: 'equal', text: ' ' },
      { op: 'delete', text: 'drei' },
      { op: 'insert', text: 'drü' },
      { op: 'equal', text: ' vier.' },
    ];
    expect(reuseStats(right, [rightLink], 'right')).toMatchObject({ words: 4, verbatim: 2, cosmetic: 1, rewritten: 1 });
  });

  it('is zero for an article without links or words', () => {
    expect(reuseStats(makeArticle('e', []), [], 'left')).toEqual({
      words: 0,
      reusedWords: 0,
      reuse: 0,
      verbatim: 0,
      cosmetic: 0,
      rewritten: 0,
    });
  });
});

describe('reuseShares', () => {
  it('is the share of words in linked sentences, per side', () => {
    const left = prepareArticle(
      makeArticle('l', ['Der Stadtrat hat den neuen Haushalt für das kommende Jahr beschlossen. Es regnete.']),
    );
    const right = prepareArticle(
      makeArticle('r', ['Der Stadtrat hat den neuen Haushalt für das kommende Jahr beschlossen.']),
    );
    const shares = reuseShares(left, right, alignSentences(left, right));
    expect(shares.left).toBeCloseTo(11 / 13);
    expect(shares.right).toBe(1);
  });
});
