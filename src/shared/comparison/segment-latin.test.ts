import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLatinSafe, isLatinWordCode, latinTokenEnd, segmentLatin, sharedTokenPrefix } from './segment-latin';

/** Intl.Segmenter's tokens, whitespace runs joined as tokenizeWords joins them. */
function segmenterTokens(text: string, locale: string): string[] {
  const out: string[] = [];
  for (const s of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
    const previous = out[out.length - 1];
    if (!s.isWordLike && previous !== undefined && /^\s+$/.test(previous) && /^\s+$/.test(s.segment)) {
      out[out.length - 1] = previous + s.segment;
    } else out.push(s.segment + (s.isWordLike ? '*' : ''));
  }
  return out;
}

function latinTokens(text: string): string[] {
  const out: string[] = [];
  segmentLatin(text, (start, end, isWord) => out.push(text.slice(start, end) + (isWord ? '*' : '')));
  return out;
}

const PIECES = [
  ...'aZäßÉ19 \n\t\u00a0.,:;\'’‘·‧․⁄-–—„“”»«?!()/"§€×÷²´°…•‰‹›‚′ſĳ\u00ad_©',
  'word',
  'Straße',
  'U.S.',
  '10.000',
  'don’t',
  'a\u00adb',
];

describe('segmentLatin', () => {
  it('gives exactly the tokens of Intl.Segmenter on safe text (differential, de and en)', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        if (!isLatinSafe(text)) return;
        checked++;
        const ours = latinTokens(text);
        expect(ours).toEqual(segmenterTokens(text, 'de'));
        expect(ours).toEqual(segmenterTokens(text, 'en'));
      }),
      { numRuns: 3000 },
    );
    expect(checked).toBeGreaterThan(1000);
  });

  it('leaves other scripts, combining marks, underscores and long runs to the Segmenter', () => {
    expect(isLatinSafe('Der Kreml bestätigte „das Telefonat“ – 10.000 Soldaten.')).toBe(true);
    for (const text of ['Кремль', 'e\u0301', 'a_b', '😀', 'x'.repeat(1000), '\u00adab', ' \u00ad']) {
      expect(isLatinSafe(text), JSON.stringify(text.slice(0, 10))).toBe(false);
    }
  });
});

describe('latinTokenEnd', () => {
  it('ends each token where segmentLatin ends it, from any token start and over a longer buffer (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        if (!isLatinSafe(text)) return;
        // Units past the text must never be read.
        const padded = `${text}xy`;
        const units = Uint16Array.from({ length: padded.length }, (_, i) => padded.charCodeAt(i));
        segmentLatin(text, (start, end, isWord) => {
          expect(latinTokenEnd(units, start, text.length)).toBe(end);
          expect(isLatinWordCode(text.charCodeAt(start))).toBe(isWord);
        });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sharedTokenPrefix', () => {
  it('cuts where a whitespace run meets a token, before the first difference', () => {
    expect(sharedTokenPrefix('Der Rat hat beschlossen.', 'Der Rat hatte beschlossen.')).toBe(8);
    expect(sharedTokenPrefix('Der Rat', 'Der Rat hat')).toBe(4);
    expect(sharedTokenPrefix('Anders', 'Ganz anders')).toBe(0);
    expect(sharedTokenPrefix('Der Кремль sagt', 'Der Кремль sagte')).toBe(0);
  });
});
