import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPARED_PARTS, type ParagraphPart } from '../article/article';
import { KeySet } from '../article/key-set';
import { paragraphKeyHash } from '../article/mark-repeated-boilerplate';
import { makeArticle } from '../comparison/test-support/make-article';
import { SYLLABLES_A, syntheticParagraphs } from '../comparison/test-support/synthetic-text';
import { scanWordHashes } from '../comparison/tokenize-fast';
import {
  analyseArticle,
  corpusFingerprint,
  packAnalysis,
  partOf,
  unpackAnalysis,
  type ArticleAnalysis,
} from './article-analysis';
import { fingerprintArticle } from './fingerprint-article';
import { mixHash } from './paragraph-shingles';

const ARTICLE = makeArticle('a', [
  ['title', 'Der Stadtrat beschließt den Haushalt'],
  'Der Stadtrat hat am Dienstag den neuen Haushalt für das kommende Jahr beschlossen, nach langer Debatte.',
  ['caption', 'Foto: Archiv'],
  'Jetzt abonnieren',
]);

describe('analyseArticle', () => {
  it('keeps each compared paragraph: key, part and its fingerprints', () => {
    const a = analyseArticle(ARTICLE, 1);
    expect([...a.paragraphs]).toEqual([0, 1, 3]);
    expect([0, 1, 2].map((k) => partOf(a, k))).toEqual(['title', 'body', 'body']);
    expect(a.keys[2]).toBe(paragraphKeyHash('Jetzt abonnieren').hash);
    // With a window of 1 every shingle is a fingerprint: the full fingerprint's set.
    expect([...corpusFingerprint(a, new Set())]).toEqual([...fingerprintArticle(ARTICLE).shingles]);
  });

  it('winnows larger windows down to a subset', () => {
    const all = corpusFingerprint(analyseArticle(ARTICLE, 1), new Set());
    const winnowed = corpusFingerprint(analyseArticle(ARTICLE, 8), new Set());
    expect(winnowed.length).toBeLessThan(all.length);
    expect([...winnowed].every((h) => all.includes(h))).toBe(true);
  });

  it('leaves out paragraphs learned as chrome', () => {
    const a = analyseArticle(ARTICLE, 1);
    const chrome = new KeySet([a.keys[2]!]);
    const fingerprint = corpusFingerprint(a, chrome);
    // The title and the story paragraph stay; the third compared paragraph is the chrome.
    const others = [0, 1].flatMap((k) => [...a.fps.subarray(k === 0 ? 0 : a.fpEnds[k - 1]!, a.fpEnds[k]!)]);
    expect([...fingerprint]).toEqual([...new Set(others)].sort((x, y) => x - y));
    expect(fingerprint.length).toBe(corpusFingerprint(a, new KeySet([])).length - 1);
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
      expect(packAnalysis(back)).toEqual(packed);
    }
  });

  it('grows for long articles of any paragraph count (a megabyte export)', () => {
    const paragraphs = syntheticParagraphs(7, 600_000, SYLLABLES_A);
    for (const count of [101, 1001, Math.min(4001, paragraphs.length - (paragraphs.length % 2 === 0 ? 1 : 0))]) {
      const article = makeArticle(`long-${count}`, paragraphs.slice(0, count));
      const analysis = analyseArticle(article, 8);
      expect(analysis.keys.length).toBe(count);
      expect(unpackAnalysis(packAnalysis(analysis)).fps).toEqual(analysis.fps);
    }
  });

  it('matches the definition on arbitrary paragraphs (property)', () => {
    const text = fc
      .array(
        fc.oneof(
          fc.constantFrom('Wort', 'Straße', 'ΟΔΟΣ', ' ', '  ', '10.000', 'don’t', ', ', '.', '\t', '\u00ad', '😀', 'İ'),
          fc.string({ maxLength: 6 }),
        ),
        { maxLength: 80 },
      )
      .map((pieces) => pieces.join(''));
    const part = fc.constantFrom<ParagraphPart>('title', 'lead', 'body', 'heading', 'caption', 'boilerplate');
    const paragraphs = fc.array(fc.tuple(part, text), { maxLength: 12 });
    fc.assert(
      fc.property(paragraphs, fc.constantFrom(1, 2, 8), (specs, window) => {
        const article = makeArticle('p', specs);
        expect(packAnalysis(analyseArticle(article, window))).toEqual(packAnalysis(definition(specs, window)));
      }),
      { numRuns: 300 },
    );
  });
});

/** analyseArticle spelled out from the definitions, slowly, in separate arrays. */
function definition(specs: [ParagraphPart, string][], window: number): ArticleAnalysis {
  const compared = specs.flatMap(([part, text], index) =>
    COMPARED_PARTS.includes(part) ? [{ part, text, index }] : [],
  );
  const fps: number[] = [];
  const fpEnds: number[] = [];
  const perParagraph = compared.map(({ text }) => {
    const words: number[] = [];
    scanWordHashes(text, (h) => words.push(h));
    const runs = words.length < 3 ? (words.length ? [words] : []) : words.slice(2).map((_, i) => words.slice(i, i + 3));
    const shingles = runs.map((run) => mixHash(run.reduce((h, w) => Math.imul(h ^ w, 0x01000193), 0x811c9dc5)));
    // Winnowing keeps the minimum of every window (of all shingles when fewer).
    const starts = Math.max(1, shingles.length - window + 1);
    const minima = shingles.length
      ? Array.from({ length: starts }, (_, s) => Math.min(...shingles.slice(s, s + window)))
      : [];
    fps.push(...[...new Set(minima)].sort((a, b) => a - b));
    fpEnds.push(fps.length);
    return paragraphKeyHash(text);
  });
  return {
    keys: Float64Array.from(perParagraph, (p) => p.hash),
    lengths: Uint32Array.from(perParagraph, (p) => p.length),
    paragraphs: Uint32Array.from(compared, (p) => p.index),
    parts: Uint8Array.from(compared, (p) => COMPARED_PARTS.indexOf(p.part)),
    fpEnds: Uint32Array.from(fpEnds),
    fps: Uint32Array.from(fps),
  };
}
