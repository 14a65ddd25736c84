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
  const hash = (text: string) => paragraphKeyHash(text).hash;

  it('keys on the words as fingerprints fold them, not on punctuation, spacing or case', () => {
    expect(hash('ADVERTISEMENT:')).toBe(hash('Advertisement'));
    expect(hash(' Read  more …')).toBe(hash('read more'));
    expect(hash('Straße gesperrt')).toBe(hash('STRASSE gesperrt!'));
    expect(hash('Don’t miss')).toBe(hash("don't miss"));
  });

  it('tells apart other words, the same words in another order, and glued numbers', () => {
    const texts = ['Read more', 'Read less', 'more Read', 'Read more more', '10.000 Euro', '10 000 Euro'];
    expect(new Set(texts.map(hash)).size).toBe(texts.length);
  });

  it('keys a paragraph without words on its text, and gives the text length', () => {
    expect(hash('* * *')).toBe(hashParagraphKey(paragraphKey('*  * *')));
    expect(hash('* * *')).not.toBe(hash('– – –'));
    expect(paragraphKeyHash('Jetzt  abonnieren!').length).toBe(18);
  });

  it('keys 53-bit integers, distinct for distinct word runs (property)', () => {
    const word = fc.constantFrom('a', 'b', 'Straße', 'ΟΔΟΣ', '10.000', 'don’t', 'x1');
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 6 }),
        fc.array(word, { minLength: 1, maxLength: 6 }),
        (a, b) => {
          const left = hash(a.join(' '));
          expect(Number.isSafeInteger(left) && left >= 0).toBe(true);
          const same = a.join(' ').toLowerCase() === b.join(' ').toLowerCase();
          expect(left === hash(b.join(', '))).toBe(same);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a paragraph inside a larger run of code units', () => {
    const texts = ['Erste Zeile', 'Zweite  Zeile ', 'ΟΔΟΣ Σ', '', '—'];
    const units = codeUnits(texts.join(''));
    let at = 0;
    for (const text of texts) {
      expect(paragraphKeyHash(text, units, at)).toEqual(paragraphKeyHash(text));
      at += text.length;
    }
  });
});
