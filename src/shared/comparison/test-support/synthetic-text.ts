/**
 * Test helper: deterministic made-up text (seeded PRNG, invented syllable words), for
 * scale and pathological tests that must not use the publishers' corpus.
 */

import { seededRandom } from '../../corpus/mutate-text';

export { seededRandom };

export function syntheticWord(random: () => number, syllables: readonly string[]): string {
  const count = 1 + Math.floor(random() * 3);
  let word = '';
  for (let i = 0; i < count; i++) word += syllables[Math.floor(random() * syllables.length)]!;
  return word;
}

export const SYLLABLES_A = [
  'ka',
  'lo',
  'mi',
  'ter',
  'sun',
  'bra',
  'vek',
  'dol',
  'nis',
  'ga',
  'pru',
  'hel',
  'ben',
  'sta',
  'rin',
  'mau',
  'tel',
  'gor',
  'ei',
  'lan',
  'fer',
  'dach',
  'wol',
  'ken',
  'ste',
  'ur',
  'beg',
  'hal',
  'ton',
  'spe',
] as const;
export const SYLLABLES_B = [
  'zu',
  'qi',
  'fo',
  'wex',
  'yar',
  'jol',
  'ciz',
  'tup',
  'rhe',
  'oby',
  'ska',
  'dwi',
  'xa',
  'quo',
  'vyn',
  'ozz',
  'jiq',
  'pyx',
  'uvo',
  'kwa',
  'zey',
  'yod',
  'ixi',
  'fyl',
  'wuj',
  'cyr',
  'aqa',
  'oxo',
  'ruz',
  'gyv',
] as const;

/** A sentence of 8–20 made-up words, capitalised, ending with a period. */
export function syntheticSentence(random: () => number, syllables: readonly string[]): string {
  const words = Array.from({ length: 8 + Math.floor(random() * 13) }, () => syntheticWord(random, syllables));
  const first = words[0]!;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${words.join(' ')}.`;
}

/** About `chars` characters of paragraphs of 3–6 sentences. */
export function syntheticParagraphs(seed: number, chars: number, syllables: readonly string[]): string[] {
  const random = seededRandom(seed);
  const paragraphs: string[] = [];
  let total = 0;
  while (total < chars) {
    const count = 3 + Math.floor(random() * 4);
    const paragraph = Array.from({ length: count }, () => syntheticSentence(random, syllables)).join(' ');
    paragraphs.push(paragraph);
    total += paragraph.length + 1;
  }
  return paragraphs;
}
