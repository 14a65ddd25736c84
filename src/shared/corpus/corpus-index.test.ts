import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPostings, entriesByFingerprint, writePostingsPart } from './corpus-index';
import { packFingerprints } from './rank-pairs';

describe('entriesByFingerprint', () => {
  it('orders entries by fingerprint, equal ones in entry order (a stable sort)', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 0xffffffff }));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 400 }), (values) => {
        const fps = Uint32Array.from(values);
        const expected = values.map((_, e) => e).sort((a, b) => fps[a]! - fps[b]! || a - b);
        const sorted = entriesByFingerprint(fps);
        expect([...sorted.entries]).toEqual(expected);
        expect([...sorted.keys]).toEqual(expected.map((e) => fps[e]));
      }),
    );
  });
});

describe('buildPostings', () => {
  it('lists for each entry the articles that share its fingerprint', () => {
    const corpus = packFingerprints([Uint32Array.from([1, 5]), Uint32Array.from([5, 9]), Uint32Array.from([5])]);
    const { docs, lists } = buildPostings(corpus);
    const partners = (e: number) => [...docs.subarray(lists[2 * e]!, lists[2 * e]! + lists[2 * e + 1]!)];
    // Entries: a:1 a:5 b:5 b:9 c:5
    expect([0, 1, 2, 3, 4].map(partners)).toEqual([[0], [0, 1, 2], [0, 1, 2], [1], [0, 1, 2]]);
  });

  it('gives every entry the articles of its fingerprint, articles without fingerprints among them', () => {
    // Short runs of few values: fingerprints shared by several articles, and empty articles.
    const article = fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(article, { maxLength: 300 }), (articles) => {
        const corpus = packFingerprints(articles.map((fps) => Uint32Array.from(fps.sort((a, b) => a - b))));
        const { docs, lists } = buildPostings(corpus);
        const holders = (fp: number) => articles.flatMap((fps, i) => (fps.includes(fp) ? [i] : []));
        for (let e = 0; e < corpus.fps.length; e++) {
          const list = [...docs.subarray(lists[2 * e]!, lists[2 * e]! + lists[2 * e + 1]!)];
          expect(list).toEqual(holders(corpus.fps[e]!));
        }
      }),
    );
  });

  it('is written the same in parts, each part by its own worker', () => {
    // Values across the whole 32-bit range, so that every part gets some.
    const value = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 0xffffffff }));
    const article = fc.uniqueArray(value, { maxLength: 8 });
    fc.assert(
      fc.property(fc.array(article, { maxLength: 100 }), fc.integer({ min: 2, max: 4 }), (articles, parts) => {
        const corpus = packFingerprints(articles.map((fps) => Uint32Array.from(fps.sort((a, b) => a - b))));
        const whole = buildPostings(corpus);
        const inParts = { docs: new Uint32Array(corpus.fps.length), lists: new Uint32Array(2 * corpus.fps.length) };
        for (let part = parts - 1; part >= 0; part--) writePostingsPart(corpus, inParts, part, parts);
        expect([...inParts.docs]).toEqual([...whole.docs]);
        expect([...inParts.lists]).toEqual([...whole.lists]);
      }),
    );
  });
});
