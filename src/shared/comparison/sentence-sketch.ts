/**
 * Sentence sketches: the set of character 4-grams of a sentence's compact key (letters and
 * digits only, lower case, ß as ss). Dropping spaces and hyphens makes "Kremlsprecher",
 * "Kreml-Sprecher" and "Kreml Sprecher" share every gram, and grams survive inflection and
 * small edits that break word n-grams, so Dice over sketches scores paraphrases sensibly.
 */
import { codeUnits, nextWordStartIn, scanWords, wordEndIn } from './tokenize-fast';
import { REGIONAL_VARIANTS, regionalCanonical } from './regional-variants';
import { sortUnique } from './sort-unique';

export const GRAM = 4;

/** The compact key: folded letters and digits of the words, nothing else. */
export function compactLetters(text: string): string {
  let out = '';
  scanWords(text, (start, end) => {
    out += compactWord(text.slice(start, end));
  });
  return out;
}

function compactWord(text: string): string {
  let word = text.toLowerCase();
  if (word.includes('ß')) word = word.replace(/ß/g, 'ss');
  return regionalCanonical(word.replace(/[\u00ad'’.,]/g, ''));
}

/** Sorted, duplicate-free 32-bit hashes of the compact key's 4-grams. */
export function sketchText(text: string): Uint32Array {
  return sketchSentence(text).sketch;
}

/**
 * The sketch and the word count of a sentence in one pass. The compact key is built as char
 * codes in a reused buffer, not as strings: sketching megabyte articles is otherwise mostly
 * string allocation. Gives exactly the grams of compactLetters (a test holds them together).
 */
export function sketchSentence(text: string): { sketch: Uint32Array; words: number } {
  let length = 0;
  let words = 0;
  // The word loop is written out (no callback per word): sketching is most of preparing.
  // Code units, not the string: see codeUnits. compactWord below still takes the string.
  const units = codeUnits(text);
  for (let start = nextWordStartIn(units, 0); start < units.length;) {
    const end = wordEndIn(units, start);
    words++;
    if (codes.length < length + 4 * (end - start) + 16) growCodes(length + 4 * (end - start) + 16);
    const wordStart = length;
    let hash = FNV_OFFSET;
    let slow = false;
    for (let i = start; i < end; i++) {
      const code = units[i]!;
      if (code === 0xad || code === 39 || code === 0x2019 || code === 46 || code === 44) continue;
      if (code === 0xdf) {
        codes[length++] = 115;
        codes[length++] = 115;
        hash = Math.imul(Math.imul(hash ^ 115, FNV_PRIME) ^ 115, FNV_PRIME);
        continue;
      }
      const lower = code < LOWER.length ? LOWER[code]! : 0;
      if (lower === 0) {
        slow = true;
        break;
      }
      codes[length++] = lower;
      hash = Math.imul(hash ^ lower, FNV_PRIME);
    }
    if (slow || (REGIONAL_FILTER[hash & 0xffff] === 1 && REGIONAL_HASHES.has(hash >>> 0))) {
      // Other scripts, or possibly a regional variant: the string path decides.
      length = wordStart;
      const word = compactWord(text.slice(start, end));
      if (codes.length < length + word.length) growCodes(length + word.length + 16);
      for (let i = 0; i < word.length; i++) codes[length++] = word.charCodeAt(i);
    }
    start = nextWordStartIn(units, end);
  }
  if (length === 0) return { sketch: new Uint32Array(0), words };
  const count = Math.max(1, length - GRAM + 1);
  const grams = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let hash = 0;
    const end = Math.min(i + GRAM, length);
    for (let j = i; j < end; j++) hash = (Math.imul(hash, 0x01000193) ^ codes[j]!) >>> 0;
    grams[i] = hash;
  }
  // Sentences have a hundred grams or so: a small-array sort beats the native one there.
  const unique = sortUnique(grams, count);
  return { sketch: grams.slice(0, unique), words };
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

let codes = new Uint16Array(4096);

function growCodes(size: number): void {
  const grown = new Uint16Array(Math.max(size, codes.length * 2));
  grown.set(codes);
  codes = grown;
}

/** Lower case of each code below U+0180 when it is one code unit; 0 sends the word down the string path. */
const LOWER = new Uint16Array(0x180).map((_, code) => {
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : 0;
});

/** FNV-1a of every regional variant's folded key: a word whose hash is here is looked up for real. */
const REGIONAL_HASHES = new Set(
  REGIONAL_VARIANTS.map((v) => {
    let hash = FNV_OFFSET;
    for (let i = 0; i < v.variant.length; i++) hash = Math.imul(hash ^ v.variant.charCodeAt(i), FNV_PRIME);
    return hash >>> 0;
  }),
);

/** A one-byte filter in front of the set: most words are rejected by one array read. */
const REGIONAL_FILTER = new Uint8Array(0x10000);
for (const hash of REGIONAL_HASHES) REGIONAL_FILTER[hash & 0xffff] = 1;

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
