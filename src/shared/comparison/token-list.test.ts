import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPARE_OPTIONS } from './comparison-types';
import { emptyTokenList, keyOf, textOf, tokenizeInto, tokenTableFor, type TokenList } from './token-list';
import { tokenizeWords } from './tokenize-words';

const OPTIONS = DEFAULT_COMPARE_OPTIONS;

/** The list's tokens as "text@start" strings. */
const shown = (list: TokenList) =>
  Array.from({ length: list.count }, (_, i) => `${textOf(list, i, i + 1)}@${list.starts[i]}`);

describe('tokenizeInto', () => {
  it('lists the tokens from an offset, with their places in the whole text', () => {
    const list = tokenizeInto(emptyTokenList(), 'Der Kreml-Sprecher sagte.', 4, tokenTableFor(OPTIONS), OPTIONS);
    expect(shown(list)).toEqual(['Kreml@4', '-@9', 'Sprecher@10', ' @18', 'sagte@19', '.@24']);
    expect(textOf(list, 0, 3)).toBe('Kreml-Sprecher');
    expect(textOf(list, 2, 2)).toBe('');
  });

  it('gives one id per text and one code per match key', () => {
    const table = tokenTableFor(OPTIONS);
    const list = tokenizeInto(emptyTokenList(), 'Weißen weissen Weißen', 0, table, OPTIONS);
    expect(list.ids[0]).toBe(list.ids[4]);
    expect(list.ids[0]).not.toBe(list.ids[2]);
    expect(list.codes[0]).toBe(list.codes[2]);
    expect(keyOf(list, table, 2)).toBe('weissen');
  });

  it('agrees with tokenizeWords on the rest of any text, Latin or not (property)', () => {
    const piece = fc.constantFrom(
      ...'aäßB ,.-–„“«»\u00ad\u00a0\n\'"1?!'.split(''),
      'Straße',
      'U.S.',
      '10.000',
      'Кремль',
      '😀',
      'a_b',
    );
    const table = tokenTableFor(OPTIONS);
    const list = emptyTokenList();
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.nat(), (pieces, at) => {
        const text = pieces.join('');
        const from = text.length === 0 ? 0 : at % text.length;
        tokenizeInto(list, text, from, table, OPTIONS);
        const expected = tokenizeWords(text.slice(from), OPTIONS);
        expect(shown(list)).toEqual(expected.map((t) => `${t.text}@${t.start + from}`));
        expect(list.starts[list.count]).toBe(text.length);
        for (let i = 0; i < list.count; i++) {
          expect(keyOf(list, table, i)).toBe(expected[i]!.key);
          for (let j = 0; j < i; j++) {
            expect(list.ids[i] === list.ids[j]).toBe(expected[i]!.text === expected[j]!.text);
            expect(list.codes[i] === list.codes[j]).toBe(expected[i]!.key === expected[j]!.key);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps ids apart across many distinct tokens (the table grows)', () => {
    const options = { ...OPTIONS, foldCase: false };
    const table = tokenTableFor(options);
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const list = tokenizeInto(emptyTokenList(), words.join(' '), 0, table, options);
    const again = tokenizeInto(emptyTokenList(), [...words].reverse().join(' '), 0, table, options);
    expect(new Set(list.ids.subarray(0, list.count)).size).toBe(5001);
    expect(again.ids[0]).toBe(list.ids[list.count - 1]);
  });
});
