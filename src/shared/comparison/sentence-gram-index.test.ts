import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PreparedSentence } from './prepare-article';
import { findGram, gramIndexOf } from './sentence-gram-index';

/** Sentences with the given sorted, distinct sketches (the index reads nothing else). */
const sentencesOf = (sketches: number[][]): PreparedSentence[] =>
  sketches.map((grams, id) => ({
    id,
    paragraph: 0,
    index: id,
    start: 0,
    end: 0,
    words: 0,
    sketch: Uint32Array.from([...new Set(grams)].sort((a, b) => a - b)),
  }));

describe('gramIndexOf', () => {
  it('lists each gram with the sentences holding it', () => {
    const index = gramIndexOf(sentencesOf([[5, 0xffffffff], [5, 7], [7]]));
    const postingsOf = (gram: number) => {
      const u = findGram(index, gram);
      return [...index.postings.subarray(index.runs[u]!, index.runs[u + 1]!)];
    };
    expect(index.count).toBe(3);
    expect(postingsOf(5)).toEqual([0, 1]);
    expect(postingsOf(7)).toEqual([1, 2]);
    expect(postingsOf(0xffffffff)).toEqual([0]);
    expect(findGram(index, 6)).toBe(-1);
  });

  it('is the inverse of the sketches, postings ascending, when the table grows (property)', () => {
    const sketches = fc.array(
      fc.array(
        fc.nat({ max: 3000 }).map((n) => (n * 2654435761) >>> 0),
        { maxLength: 60 },
      ),
      {
        maxLength: 80,
      },
    );
    fc.assert(
      fc.property(sketches, (raw) => {
        const sentences = sentencesOf(raw);
        const index = gramIndexOf(sentences);
        const grams = new Set(sentences.flatMap((s) => [...s.sketch]));
        expect(index.count).toBe(grams.size);
        for (const gram of grams) {
          const u = findGram(index, gram);
          const postings = [...index.postings.subarray(index.runs[u]!, index.runs[u + 1]!)];
          const holding = sentences.filter((s) => s.sketch.includes(gram)).map((s) => s.id);
          expect(postings).toEqual(holding);
        }
        sentences.forEach((s, id) => {
          const numbers = index.sentenceGrams.subarray(index.gramOffsets[id]!, index.gramOffsets[id + 1]!);
          expect([...numbers]).toEqual([...s.sketch].map((gram) => findGram(index, gram)));
        });
      }),
      { numRuns: 100 },
    );
  });
});
