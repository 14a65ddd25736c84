import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compactLetters,
  dice,
  mergeSketches,
  sharedGrams,
  SketchPool,
  sketchSentence,
  sketchText,
} from './sentence-sketch';
import { countWords } from './tokenize-fast';

describe('sentence sketches', () => {
  it('ignore case, spaces, hyphens, punctuation and ß/ss', () => {
    expect(compactLetters('Kreml-Sprecher, „Weißen“')).toBe('kremlsprecherweissen');
    expect(dice(sketchText('Separatisten-Gebieten'), sketchText('Separatistengebieten'))).toBe(1);
    expect(dice(sketchText('Kreml Sprecher'), sketchText('Kremlsprecher'))).toBe(1);
  });

  it('score an edited sentence well above an unrelated one', () => {
    const a = sketchText('Die Regierung dementiert jegliche Angriffspläne und weist die Kritik zurück.');
    const b = sketchText('Moskau dementiert alle Angriffspläne und weist Kritik zurück.');
    const c = sketchText('Am Wochenende regnete es in weiten Teilen des Landes kräftig.');
    expect(dice(a, b)).toBeGreaterThan(0.5);
    expect(dice(a, c)).toBeLessThan(0.2);
  });

  it('are sorted and duplicate-free, and merge as sets', () => {
    const a = sketchText('abcabcabc');
    expect([...a]).toEqual([...new Set(a)].sort((x, y) => x - y));
    const merged = mergeSketches([a, sketchText('xyzxyz')]);
    expect(sharedGrams(merged, a)).toBe(a.length);
  });

  it('handle empty and very short text', () => {
    expect(sketchText('—').length).toBe(0);
    expect(sketchText('Ja').length).toBe(1);
    expect(dice(new Uint32Array(0), new Uint32Array(0))).toBe(0);
  });
});

describe('sketchSentence', () => {
  it('builds the grams of compactLetters without strings, and counts words', () => {
    const grams = (key: string) => {
      const out = new Set<number>();
      for (let i = 0; i < Math.max(1, key.length - 3); i++) {
        let hash = 0;
        for (let j = i; j < Math.min(i + 4, key.length); j++)
          hash = (Math.imul(hash, 0x01000193) ^ key.charCodeAt(j)) >>> 0;
        out.add(hash);
      }
      return key ? [...out].sort((a, b) => a - b) : [];
    };
    for (const text of [
      'Der Jänner war kalt, sagte der Kreml-Sprecher „Peskow“.',
      'Heuer: İstanbul, ΣΟΦΊΑ und Кремль; don’t, U.S., 10.000!',
      'Straße ẞ colour Travelled',
      '—',
    ]) {
      const result = sketchSentence(text);
      expect([...result.sketch]).toEqual(grams(compactLetters(text)));
      expect(result.words).toBe(countWords(text));
    }
  });
});

describe('SketchPool', () => {
  it('gives the sketches and word counts of sketchSentence, in one buffer (property)', () => {
    const piece = fc.constantFrom(
      ..."aZßäÖ '’.,-\u00ad09İКр".split(''),
      'Jänner',
      'heuer',
      'colour',
      'Straße',
      '10.000',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
          { maxLength: 12 },
        ),
        (texts) => {
          const pool = new SketchPool();
          const words = texts.map((text) => pool.add(text));
          const sketches = pool.sketches();
          expect(sketches).toHaveLength(texts.length);
          texts.forEach((text, i) => {
            const one = sketchSentence(text);
            expect([...sketches[i]!]).toEqual([...one.sketch]);
            expect(words[i]).toBe(one.words);
          });
          if (sketches.length > 1) expect(sketches[0]!.buffer).toBe(sketches[1]!.buffer);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('sharedGrams', () => {
  it('counts the common values of two sorted sets (property)', () => {
    const set = fc
      .uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 30 })
      .map((a) => Uint32Array.from(a.sort((x, y) => x - y)));
    fc.assert(
      fc.property(set, set, (a, b) => {
        expect(sharedGrams(a, b)).toBe([...a].filter((x) => b.includes(x)).length);
      }),
    );
  });
});
