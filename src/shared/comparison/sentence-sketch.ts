/**
 * Sentence sketches: the set of character 4-grams of a sentence's compact key (letters and
 * digits only, lower case, ß as ss). Dropping spaces and hyphens makes "Kremlsprecher",
 * "Kreml-Sprecher" and "Kreml Sprecher" share every gram, and grams survive inflection and
 * small edits that break word n-grams, so Dice over sketches scores paraphrases sensibly.
 */
import { scanWords } from './tokenize-fast';
import { regionalCanonical } from './regional-variants';

export const GRAM = 4;

/** The compact key: folded letters and digits of the words, nothing else. */
export function compactLetters(text: string): string {
  let out = '';
  scanWords(text, (start, end) => {
    let word = text.slice(start, end).toLowerCase();
    if (word.includes('ß')) word = word.replace(/ß/g, 'ss');
    word = word.replace(/[\u00ad'’.,]/g, '');
    out += regionalCanonical(word);
  });
  return out;
}

/** Sorted, duplicate-free 32-bit hashes of the compact key's 4-grams. */
export function sketchText(text: string): Uint32Array {
  const key = compactLetters(text);
  if (key.length === 0) return new Uint32Array(0);
  const count = Math.max(1, key.length - GRAM + 1);
  const grams = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let hash = 0;
    const end = Math.min(i + GRAM, key.length);
    for (let j = i; j < end; j++) hash = (Math.imul(hash, 0x01000193) ^ key.charCodeAt(j)) >>> 0;
    grams[i] = hash;
  }
  grams.sort();
  let unique = 0;
  for (let i = 0; i < grams.length; i++) {
    if (i === 0 || grams[i] !== grams[unique - 1]) grams[unique++] = grams[i]!;
  }
  return grams.slice(0, unique);
}

/** Size of the intersection of two sorted, duplicate-free sketches (linear merge). */
export function sharedGrams(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** Union of sketches (for passages of several sentences). */
export function mergeSketches(sketches: readonly Uint32Array[]): Uint32Array {
  if (sketches.length === 1) return sketches[0]!;
  const all = new Uint32Array(sketches.reduce((n, s) => n + s.length, 0));
  let at = 0;
  for (const sketch of sketches) {
    all.set(sketch, at);
    at += sketch.length;
  }
  all.sort();
  let unique = 0;
  for (let i = 0; i < all.length; i++) {
    if (i === 0 || all[i] !== all[unique - 1]) all[unique++] = all[i]!;
  }
  return all.slice(0, unique);
}

export function dice(a: Uint32Array, b: Uint32Array): number {
  const total = a.length + b.length;
  return total === 0 ? 0 : (2 * sharedGrams(a, b)) / total;
}
