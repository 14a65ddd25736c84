import { describe, expect, it } from 'vitest';
import type { PairScore } from '../comparison/comparison-types';
import {
  loadSeedArticle,
  SEED_FILES,
  seedsExist,
  SEEDS_MISSING_REASON,
} from '../comparison/test-support/load-seed-article';
import { makeArticle } from '../comparison/test-support/make-article';
import { seededRandom } from '../comparison/test-support/synthetic-text';
import { sortPairs } from './pair-scores';
import { countSharedShingles, rankPairs } from './rank-pairs';
import { fingerprintArticle } from './fingerprint-article';

const A = makeArticle('a', ['Der Stadtrat hat am Dienstag den neuen Haushalt für das kommende Jahr beschlossen.']);
const B = makeArticle('b', [
  'Am Dienstag hat der Stadtrat den neuen Haushalt für das kommende Jahr beschlossen, hieß es.',
]);
const C = makeArticle('c', ['Ein Sprecher des Zoos meldete die Geburt von zwei jungen Pinguinen.']);

describe('rankPairs', () => {
  it('lists every pair, best first, unrelated pairs with score 0', () => {
    const pairs = rankPairs([C, A, B]);
    expect(pairs.map((p) => `${p.left}-${p.right}`)).toEqual(['a-b', 'c-a', 'c-b']);
    expect(pairs[0]!.score).toBe(Math.max(pairs[0]!.leftReuse, pairs[0]!.rightReuse));
    expect(pairs[0]!.leftReuse).toBe(1);
    expect(pairs[0]!.rightReuse).toBe(1);
    expect(pairs.slice(1).map((p) => p.score)).toEqual([0, 0]);
  });

  it('breaks ties by ids', () => {
    const pairs = rankPairs([makeArticle('z', ['eins']), makeArticle('m', ['zwei']), makeArticle('k', ['drei'])]);
    expect(pairs.map((p) => `${p.left}-${p.right}`)).toEqual(['m-k', 'z-k', 'z-m']);
  });

  it('can leave out pairs that share nothing', () => {
    expect(rankPairs([A, B, C], { includeUnrelated: false }).map((p) => `${p.left}-${p.right}`)).toEqual(['a-b']);
  });

  it('handles empty and single folders', () => {
    expect(rankPairs([])).toEqual([]);
    expect(rankPairs([A])).toEqual([]);
  });
});

describe('countSharedShingles', () => {
  it('counts shared shingles per pair and ignores shingles common to too many articles', () => {
    const fps = [A, B, C].map(fingerprintArticle);
    const counts = countSharedShingles(fps, 10);
    expect(counts.get(0 * 3 + 1)).toBeGreaterThan(3);
    expect(counts.has(0 * 3 + 2)).toBe(false);
    expect(countSharedShingles(fps, 1).size).toBe(0);
  });
});

describe.skipIf(!seedsExist)(
  seedsExist ? 'rankPairs on the seed corpus' : `seed corpus tests skipped: ${SEEDS_MISSING_REASON}`,
  () => {
    it('ranks rt/dpa (000) with SRF (002) first and lists all 10 pairs', () => {
      const articles = SEED_FILES.map((file) => loadSeedArticle(file));
      const pairs = rankPairs(articles);
      expect(pairs).toHaveLength(10);
      const name = (id: string) => articles.find((a) => a.id === id)!.name.slice(0, 3);
      expect([name(pairs[0]!.left), name(pairs[0]!.right)]).toEqual(['000', '002']);
      expect(pairs[0]!.score).toBeGreaterThan(0.6);
      for (let i = 1; i < pairs.length; i++) expect(pairs[i - 1]!.score).toBeGreaterThanOrEqual(pairs[i]!.score);
      // The AFP and agency pairs come next, above pairs that only share the story.
      const top3 = pairs.slice(1, 3).map((p) => `${name(p.left)}-${name(p.right)}`);
      expect(top3.sort()).toEqual(['001-004', '003-004']);
      const keys = new Set(pairs.map((p) => [p.left, p.right].sort().join('|')));
      expect(keys.size).toBe(10);
    });
  },
);

describe('sortPairs', () => {
  it('puts a copy both ways before an article wholly quoted in a longer one', () => {
    const quoted = { left: 'a', right: 'b', leftReuse: 0.17, rightReuse: 1, score: 1 };
    const copy = { left: 'c', right: 'd', leftReuse: 1, rightReuse: 1, score: 1 };
    expect(sortPairs([quoted, copy]).map((p) => p.left)).toEqual(['c', 'a']);
  });

  it('orders large lists exactly like the comparison sort', () => {
    const random = seededRandom(4);
    const pairs = Array.from({ length: 60_000 }, (_, k) => {
      const left = Math.floor(random() * 1e6) / 1e6;
      const right = random() < 0.3 ? left : Math.floor(random() * 1e6) / 1e6;
      return { left: `a${k % 977}`, right: `b${k}`, leftReuse: left, rightReuse: right, score: Math.max(left, right) };
    });
    const other = (p: PairScore) => Math.min(p.leftReuse, p.rightReuse);
    const expected = [...pairs].sort(
      (a, b) =>
        b.score - a.score ||
        other(b) - other(a) ||
        (a.left < b.left ? -1 : a.left > b.left ? 1 : a.right < b.right ? -1 : 1),
    );
    expect(sortPairs([...pairs])).toEqual(expected);
    // Already in order (as ranked candidates come): the same order back.
    expect(sortPairs([...expected])).toEqual(expected);
    // One pair out of place at the end is still found and moved.
    expect(sortPairs([...expected.slice(1), expected[0]!])).toEqual(expected);
  });
});
