import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unionRun } from './merge-passages';
import { prepareArticle } from './prepare-article';
import { makeArticle } from './test-support/make-article';

// Sentences 0–3 in paragraph 0, 4–5 in paragraph 1.
const article = prepareArticle(makeArticle('a', ['Eins. Zwei. Drei. Vier.', 'Fünf. Sechs.']));

/** The plain definition: distinct ids, sorted, kept if a run of one paragraph up to `max`. */
function plainUnionRun(a: number[], b: number[], max: number): number[] | null {
  const ids = [...new Set([...a, ...b])].sort((x, y) => x - y);
  if (ids.length > max) return null;
  const paragraph = article.sentences[ids[0]!]!.paragraph;
  const run = ids.every((id, i) => id === ids[0]! + i && article.sentences[id]!.paragraph === paragraph);
  return run ? ids : null;
}

describe('unionRun', () => {
  it('joins lists into a consecutive run of one paragraph, or gives null', () => {
    expect(article.sentences.map((s) => s.paragraph)).toEqual([0, 0, 0, 0, 1, 1]);
    expect(unionRun([2], [1], article, 6)).toEqual([1, 2]);
    expect(unionRun([1, 2], [2, 3], article, 6)).toEqual([1, 2, 3]);
    expect(unionRun([1], [3], article, 6)).toBeNull(); // a gap
    expect(unionRun([3], [4], article, 6)).toBeNull(); // two paragraphs
    expect(unionRun([0, 1], [2], article, 2)).toBeNull(); // too long
  });

  it('equals the plain definition (property)', () => {
    const ids = fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(ids, ids, fc.integer({ min: 1, max: 6 }), (a, b, max) => {
        expect(unionRun(a, b, article, max)).toEqual(plainUnionRun(a, b, max));
      }),
    );
  });
});
