import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeUnits, collectWordHashes, countWords, fastWordKeys, scanWordHashes, scanWords } from './tokenize-fast';
import { tokenizeWords } from './tokenize-words';

describe('fast tokenizer', () => {
  it('finds words, keeping numbers and contractions whole and splitting at hyphens', () => {
    expect(fastWordKeys('US-Präsident „Weißen“ 10.000 Soldaten, don’t 21.30 Uhr.')).toEqual([
      'us',
      'präsident',
      'weissen',
      '10.000',
      'soldaten',
      "don't",
      '21.30',
      'uhr',
    ]);
  });

  it('reports offsets into the text', () => {
    const spans: string[] = [];
    const text = '«Wir» sagen: Nein!';
    scanWords(text, (start, end) => spans.push(text.slice(start, end)));
    expect(spans).toEqual(['Wir', 'sagen', 'Nein']);
  });

  it('counts words like Intl.Segmenter on ordinary news text', () => {
    const text = 'Der EU-Außenbeauftragte erklärte am 10. Januar, man dürfe „kein Zuschauer“ sein; 21.30 Uhr.';
    expect(countWords(text)).toBe(tokenizeWords(text).filter((t) => t.isWord).length);
  });

  it('hashes folded word keys: case and ß do not matter', () => {
    const hashes = (text: string) => {
      const list: number[] = [];
      scanWordHashes(text, (h) => list.push(h));
      return list;
    };
    expect(hashes('Weißen HAUSES')).toEqual(hashes('weissen Hauses'));
    expect(hashes('Haus')).not.toEqual(hashes('Maus'));
  });

  it('collects the hashes scanWordHashes visits (property), also from inside a larger run of code units', () => {
    const piece = fc.oneof(
      fc.constantFrom(...'aäßB ,.-–„“«»\u00ad\u00a0\n\'’"1?!'.split(''), 'Straße', 'U.S.', '10.000', 'don’t', '😀'),
      fc.string({ unit: 'grapheme-composite', maxLength: 4 }),
    );
    const visited = (text: string) => {
      const list: number[] = [];
      scanWordHashes(text, (h) => list.push(h));
      return list;
    };
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.array(piece, { maxLength: 5 }), (pieces, around) => {
        const text = pieces.join('');
        const { hashes, count } = collectWordHashes(text, new Uint32Array(1));
        expect([...hashes.subarray(0, count)]).toEqual(visited(text));
        const before = around.join('');
        const units = codeUnits(before + text + before);
        const inside = collectWordHashes(text, new Uint32Array(64), units, before.length);
        expect([...inside.hashes.subarray(0, inside.count)]).toEqual(visited(text));
      }),
    );
  });
});
