import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeUnits } from '../comparison/tokenize-fast';
import type { CleanedArticle, Paragraph, ParagraphPart } from './article';
import { hashParagraphKey, markRepeatedBoilerplate, paragraphKey, paragraphKeyHash } from './mark-repeated-boilerplate';

function article(outlet: string | null, paragraphs: [ParagraphPart, string][]): CleanedArticle & { id: string } {
  const ps: Paragraph[] = paragraphs.map(([part, text]) => ({ part, text }));
  return {
    id: Math.random().toString(36),
    title: ps.find((p) => p.part === 'title')?.text ?? 'derived',
    date: null,
    dateline: null,
    credits: [],
    outlet,
    paragraphs: ps,
    warnings: [],
  };
}

const STORY_A = 'The first long paragraph of the agency story, long enough to count as shared story text for sure.';
const STORY_B = 'The second long paragraph of the agency story, equally long enough to count as shared story text.';

describe('markRepeatedBoilerplate', () => {
  it('marks short paragraphs repeated in three articles of one outlet', () => {
    const input = [1, 2, 3].map((n) =>
      article('example.com', [
        ['title', `Headline number ${n}`],
        ['body', `Story ${n} says something different from the others.`],
        ['body', 'Sign in to read our newsletter every morning'],
      ]),
    );
    const output = markRepeatedBoilerplate(input);
    for (const a of output) expect(a.paragraphs.map((p) => p.part)).toEqual(['title', 'body', 'boilerplate']);
    expect(output[0]!.id).toBe(input[0]!.id); // extra fields survive
    expect(input[0]!.paragraphs[2]!.part).toBe('body'); // inputs are not mutated
  });

  it('leaves the same text alone when it comes from different outlets in a small folder', () => {
    const input = ['a.com', 'b.com', 'c.com'].map((o) =>
      article(o, [['body', 'Sign in to read our newsletter every morning']]),
    );
    expect(markRepeatedBoilerplate(input).map((a) => a.paragraphs[0]!.part)).toEqual(['body', 'body', 'body']);
  });

  it('marks short chrome that recurs across much of a folder', () => {
    const input = ['a.com', 'b.com', 'c.com', 'd.com', 'e.com'].map((o, i) =>
      article(o, [
        ['body', `Article ${i} has its own text, quite different from all the others.`],
        ['heading', 'Advertisement here'],
      ]),
    );
    expect(markRepeatedBoilerplate(input).map((a) => a.paragraphs[1]!.part)).toEqual(Array(5).fill('boilerplate'));
  });

  it('keeps a short line that sits inside shared agency copy', () => {
    const input = [1, 2, 3].map(() =>
      article('example.com', [
        ['body', STORY_A],
        ['heading', 'WHAT TRUMP WANTS'],
        ['body', STORY_B],
      ]),
    );
    const output = markRepeatedBoilerplate(input);
    for (const a of output) expect(a.paragraphs.map((p) => p.part)).toEqual(['body', 'heading', 'body']);
  });

  it('keeps an agency headline that heads the same copy across a folder, not a banner above different stories', () => {
    const outlets = ['a.com', 'b.com', 'c.com', 'd.com', 'e.com'];
    const syndicated = outlets.map((o) =>
      article(o, [
        ['title', 'Agency headline of the day'],
        ['body', STORY_A],
        ['body', STORY_B],
      ]),
    );
    expect(markRepeatedBoilerplate(syndicated).map((a) => a.paragraphs[0]!.part)).toEqual(Array(5).fill('title'));
    const banners = outlets.map((o, i) =>
      article(o, [
        ['title', 'Skip to main content'],
        ['body', `Story ${i} of this outlet, long enough to be story text but shared with no other article.`],
      ]),
    );
    expect(markRepeatedBoilerplate(banners).map((a) => a.paragraphs[0]!.part)).toEqual(Array(5).fill('boilerplate'));
  });

  it('never marks long paragraphs', () => {
    const long = `${STORY_A} ${STORY_B} ${STORY_A} ${STORY_B}`;
    const input = [1, 2, 3].map(() => article('example.com', [['body', long]]));
    expect(markRepeatedBoilerplate(input).map((a) => a.paragraphs[0]!.part)).toEqual(['body', 'body', 'body']);
  });

  it('picks a new title when the title was chrome', () => {
    const input = [1, 2, 3].map((n) =>
      article('example.com', [
        ['title', 'Enter City and State or Zip Code'],
        ['heading', `Real headline ${n}`],
        ['lead', `The story ${n} begins here with its own words.`],
        ['body', `And it goes on ${n}.`],
      ]),
    );
    const output = markRepeatedBoilerplate(input);
    expect(output[1]!.title).toBe('Real headline 2');
    expect(output[1]!.paragraphs.map((p) => p.part)).toEqual(['boilerplate', 'title', 'lead', 'body']);
  });
});

describe('paragraphKeyHash', () => {
  const slow = (text: string) => ({ hash: hashParagraphKey(paragraphKey(text)), length: paragraphKey(text).length });

  it('is hashParagraphKey(paragraphKey(text)) with the key length (property, odd case and spaces)', () => {
    const piece = fc.oneof(
      fc.constantFrom(...'aZ ßÄİıΣσς,.\t\n\u00a0\u2028\ufeff\u0085\u0000😀\ud800'.split(''), '  ', 'ΟΔΟΣ', 'ǅ'),
      fc.string({ unit: 'grapheme-composite', maxLength: 5 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(paragraphKeyHash(text)).toEqual(slow(text));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees for every BMP code unit, before and after it is learned', () => {
    const texts = (char: string) => [`A${char}b`, `${char} x`, `Σ${char}`];
    const mismatches = (code: number) =>
      texts(String.fromCharCode(code)).filter((text) => {
        const fast = paragraphKeyHash(text);
        const expected = slow(text);
        return fast.hash !== expected.hash || fast.length !== expected.length;
      });
    for (let pass = 0; pass < 2; pass++) {
      for (let code = 0; code < 0x10000; code++) if (mismatches(code).length) expect(mismatches(code)).toEqual([]);
    }
  });

  it('reads a paragraph inside a larger run of code units', () => {
    const texts = ['Erste Zeile', 'Zweite  Zeile ', 'ΟΔΟΣ Σ', ''];
    const units = codeUnits(texts.join(''));
    let at = 0;
    for (const text of texts) {
      expect(paragraphKeyHash(text, units, at)).toEqual(slow(text));
      at += text.length;
    }
  });
});
