import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessLocale, tokenizeWords } from './tokenize-words';

const texts = (tokens: { text: string }[]) => tokens.map((t) => t.text);

describe('tokenizeWords', () => {
  it('keeps words, whitespace and punctuation as separate tokens with offsets', () => {
    const tokens = tokenizeWords('Das „Kreml-Sprecher“ sagte: 21.30 Uhr.');
    expect(texts(tokens)).toEqual([
      'Das',
      ' ',
      '„',
      'Kreml',
      '-',
      'Sprecher',
      '“',
      ' ',
      'sagte',
      ':',
      ' ',
      '21.30',
      ' ',
      'Uhr',
      '.',
    ]);
    expect(tokens[3]).toMatchObject({ text: 'Kreml', start: 5, end: 10, key: 'kreml', isWord: true });
    expect(tokens[2]).toMatchObject({ key: '"', isWord: false });
  });

  it('gives back the exact input when joined (property)', () => {
    const alphabet = fc.constantFrom(...'aäßB ,.-–„“«»\u00ad\u00a0\n\'"1?!'.split(''), 'Straße', 'U.S.', '😀');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (pieces) => {
        const text = pieces.join('');
        const tokens = tokenizeWords(text);
        expect(texts(tokens).join('')).toBe(text);
        tokens.forEach((t) => expect(text.slice(t.start, t.end)).toBe(t.text));
      }),
    );
  });

  it('segments long input in chunks without losing or splitting words', () => {
    const text = 'Ein Satz mit einigen Wörtern und Zahlen wie 10.000. '.repeat(2000);
    const tokens = tokenizeWords(text);
    expect(texts(tokens).join('')).toBe(text);
    expect(tokens.filter((t) => t.isWord && t.text === 'Wörtern')).toHaveLength(2000);
  });

  it('survives long runs without whitespace', () => {
    const text = 'x'.repeat(5000) + ' ' + '😀'.repeat(1500);
    expect(texts(tokenizeWords(text)).join('')).toBe(text);
  });

  it('guesses German or English from stop words', () => {
    expect(guessLocale('Der Kreml bestätigte das Telefonat mit dem Präsidenten.')).toBe('de');
    expect(guessLocale('The Kremlin confirmed that the call was with the president.')).toBe('en');
  });
});
