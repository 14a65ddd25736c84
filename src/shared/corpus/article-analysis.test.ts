import { describe, expect, it } from 'vitest';
import { hashParagraphKey, paragraphKey } from '../article/mark-repeated-boilerplate';
import { makeArticle } from '../comparison/test-support/make-article';
import { analyseArticle, corpusFingerprint, packAnalysis, partOf, unpackAnalysis } from './article-analysis';
import { fingerprintArticle } from './fingerprint-article';

const ARTICLE = makeArticle('a', [
  ['title', 'Der Stadtrat beschließt den Haushalt'],
  'Der Stadtrat hat am Dienstag den neuen Haushalt für das kommende Jahr beschlossen, nach langer Debatte.',
  ['caption', 'Foto: Archiv'],
  'Jetzt abonnieren',
]);

describe('analyseArticle', () => {
  it('keeps each compared paragraph: key, words, shingles, part and its fingerprints', () => {
    const a = analyseArticle(ARTICLE, 1);
    expect([...a.paragraphs]).toEqual([0, 1, 3]);
    expect([0, 1, 2].map((k) => partOf(a, k))).toEqual(['title', 'body', 'body']);
    expect(a.keys[2]).toBe(hashParagraphKey(paragraphKey('Jetzt abonnieren')));
    expect([...a.words]).toEqual([5, 16, 2]);
    // With a window of 1 every shingle is a fingerprint: the full fingerprint's set.
    expect([...corpusFingerprint(a, new Set()).fps]).toEqual([...fingerprintArticle(ARTICLE).shingles]);
  });

  it('winnows larger windows down to a subset', () => {
    const all = corpusFingerprint(analyseArticle(ARTICLE, 1), new Set()).fps;
    const winnowed = corpusFingerprint(analyseArticle(ARTICLE, 8), new Set()).fps;
    expect(winnowed.length).toBeLessThan(all.length);
    expect([...winnowed].every((h) => all.includes(h))).toBe(true);
  });

  it('leaves out paragraphs learned as chrome', () => {
    const a = analyseArticle(ARTICLE, 1);
    const chrome = new Set([a.keys[2]!]);
    const fingerprint = corpusFingerprint(a, chrome);
    expect(fingerprint.words).toBe(21);
    expect(fingerprint.fps.length).toBe(corpusFingerprint(a, new Set()).fps.length - 1);
  });

  it('packs into one buffer and back, also from an unaligned slice', () => {
    const a = analyseArticle(ARTICLE, 4);
    const packed = packAnalysis(a);
    const shifted = new Uint8Array(packed.length + 3);
    shifted.set(packed, 3);
    for (const bytes of [packed, shifted.subarray(3)]) {
      const back = unpackAnalysis(bytes);
      expect([...back.keys]).toEqual([...a.keys]);
      expect([...back.fps]).toEqual([...a.fps]);
      expect([...back.fpEnds]).toEqual([...a.fpEnds]);
      expect([...back.parts]).toEqual([...a.parts]);
    }
  });
});
