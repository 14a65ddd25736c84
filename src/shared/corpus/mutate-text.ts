/**
 * Deterministic text mutations: the edits outlets make to agency copy (words replaced,
 * inserted and dropped; ß→ss; quote styles) and a word cipher that turns real text into
 * unrelated text of the same shape. Seeded, so the same seed makes the same text: the
 * benchmark's inputs and the app's warm-up corpus (warm-up-texts.ts) come from here.
 */

export type Random = () => number;

/** mulberry32: small, fast, good enough for made-up text. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = ['reportedly', 'also', 'on Monday', 'officials said', 'again', 'in a statement', 'later', 'however'];

export function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** A copy of `items` in a random order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** `edits` word-level edits: a word replaced, a phrase inserted, or a word dropped. */
export function editWords(text: string, random: Random, edits: number): string {
  const words = text.split(' ');
  for (let k = 0; k < edits && words.length > 3; k++) {
    const at = 1 + Math.floor(random() * (words.length - 2));
    const roll = random();
    if (roll < 0.4) words[at] = pick(random, FILLER).split(' ')[0]!;
    else if (roll < 0.75) words.splice(at, 0, pick(random, FILLER));
    else words.splice(at, 1);
  }
  return words.join(' ');
}

/** Cosmetic house-style changes: ß→ss and typographic quotes → guillemets or straight quotes. */
export function restyle(text: string, random: Random): string {
  const quotes = random() < 0.5 ? ['«', '»'] : ['"', '"'];
  return text.replace(/ß/g, 'ss').replace(/[„“]/g, quotes[0]!).replace(/[”“]/g, quotes[1]!);
}

/** Sentences of a paragraph (cheap split at ". " before a capital; good enough for mutations). */
export function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?]["”»]?) (?=[A-ZÄÖÜ„"«])/);
}

/**
 * A letter-substitution cipher keyed by `seed`: every a–z (and A–Z) is replaced by a letter
 * of one permutation of the alphabet. The text keeps its shape and its letter statistics, so
 * aligning it costs what aligning real text costs, but different seeds share almost no words.
 */
export function makeCipher(seed: number): (text: string) => string {
  const random = seededRandom(seed);
  const alphabet = [...'abcdefghijklmnopqrstuvwxyz'];
  for (let i = alphabet.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [alphabet[i], alphabet[j]] = [alphabet[j]!, alphabet[i]!];
  }
  const upper = alphabet.map((letter) => letter.toUpperCase());
  return (text) =>
    text.replace(/[a-zA-Z]/g, (letter) => {
      const code = letter.charCodeAt(0);
      return code >= 97 ? alphabet[code - 97]! : upper[code - 65]!;
    });
}
