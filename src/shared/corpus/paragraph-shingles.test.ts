import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanWordHashes } from '../comparison/tokenize-fast';
import { collectShingles, mixHash, shingleCount, writeShingles } from './paragraph-shingles';

/** The definition: FNV-1a over up to three word hashes, then mixHash. */
function shingleOf(words: number[]): number {
  let hash = 0x811c9dc5;
  for (const word of words) hash = Math.imul(hash ^ word, 0x01000193);
  return mixHash(hash);
}

const words = fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 60 });

describe('writeShingles', () => {
  it('hashes every run of three words, or all words of a shorter paragraph (property)', () => {
    fc.assert(
      fc.property(words, (list) => {
        const into = new Uint32Array(shingleCount(list.length));
        const count = writeShingles(Uint32Array.from(list), list.length, into);
        const expected =
          list.length < 3
            ? list.length === 0
              ? []
              : [shingleOf(list)]
            : list.slice(2).map((_, i) => shingleOf(list.slice(i, i + 3)));
        expect([...into.subarray(0, count)]).toEqual(expected);
      }),
    );
  });

  it('is what collectShingles gives for a text', () => {
    const text = 'Der Stadtrat hat am Dienstag den Haushalt beschlossen.';
    const hashes: number[] = [];
    scanWordHashes(text, (h) => hashes.push(h));
    const { shingles, count } = collectShingles(text, new Uint32Array(1));
    expect([...shingles.subarray(0, count)]).toEqual(hashes.slice(2).map((_, i) => shingleOf(hashes.slice(i, i + 3))));
  });
});
