import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenParagraphKeys } from './flatten-paragraph-keys';
import { learnChromePart, learnRepeatedChrome, partitionOfKey, type ParagraphKeys } from './learn-repeated-chrome';

/** All parts learned one after another; each part's wait runs the next, so all mark before any decides. */
function learnInParts(articles: ParagraphKeys[], parts: number): Set<number> {
  const flat = flattenParagraphKeys(articles);
  const flags = new Uint8Array(flat.keys.length);
  const learned: number[][] = [];
  const run = (part: number): void => {
    learned.push(learnChromePart(flat, part, parts, flags, () => (part + 1 < parts ? run(part + 1) : undefined)));
  };
  run(0);
  return new Set(learned.flat());
}

describe('learnChromePart', () => {
  it('splits keys into partitions by their low 32 bits', () => {
    expect([0, 2 ** 31, 2 ** 32 + 5, 2 ** 40 + 2 ** 31].map((key) => partitionOfKey(key, 2))).toEqual([0, 1, 0, 1]);
  });

  it('learns in parts exactly the chrome one learning finds (property)', () => {
    // Few keys and outlets, so that menus repeat within outlets and across the folder.
    const key = fc.constantFrom(1, 2, 3, 2 ** 31 + 7, 2 ** 33 + 1, 2 ** 40 + 2 ** 31, 99, 12345);
    const article = fc.record({
      outlet: fc.constantFrom('a', 'b', null),
      paragraphs: fc.array(fc.tuple(key, fc.constantFrom(20, 90, 200, 400)), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 40 }), fc.integer({ min: 2, max: 4 }), (raw, parts) => {
        const articles = raw.map(({ outlet, paragraphs }) => ({
          outlet,
          keys: paragraphs.map(([k]) => k),
          lengths: paragraphs.map(([, length]) => length),
        }));
        expect(learnInParts(articles, parts)).toEqual(learnRepeatedChrome(articles));
      }),
      { numRuns: 300 },
    );
  });

  it('learns a teaser above reposted stories, but not agency copy that an outlet runs again', () => {
    const keys = (outlet: string, ...paragraphs: number[]) => ({
      outlet,
      keys: paragraphs,
      lengths: paragraphs.map(() => 120),
    });
    const TEASER = 1;
    const folder = [
      // One site's teaser above four different stories, two of them reposted elsewhere.
      ...[11, 12, 13, 14].map((story) => keys('site', TEASER, story, story + 100)),
      keys('reposts', 11, 111),
      keys('reposts', 12, 112),
      // An agency lead and body the same outlet runs three times.
      ...[0, 1, 2].map(() => keys('paper', 21, 22, 23)),
    ];
    const chrome = learnRepeatedChrome(folder);
    expect(chrome.has(TEASER)).toBe(true);
    expect([21, 22, 23].filter((key) => chrome.has(key))).toEqual([]);
  });
});
