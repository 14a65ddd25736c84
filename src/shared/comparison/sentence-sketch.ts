/**
 * Sentence sketches: the set of character 4-grams of a sentence's compact key (letters and
 * digits only, lower case, ß as ss). Dropping spaces and hyphens makes "Kremlsprecher",
 * "Kreml-Sprecher" and "Kreml Sprecher" share every gram, and grams survive inflection and
 * small edits that break word n-grams, so Dice over sketches scores paraphrases sensibly.
 */
import { codeUnits, nextWordStartIn, scanWords, wordEndIn } from './tokenize-fast';
import { REGIONAL_VARIANTS, regionalCanonical } from './regional-variants';
import { sortUnique, sortUniqueInto } from './sort-unique';

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
  const count = sortUnique(gramScratch, gramsToScratch(text));
  return { sketch: gramScratch.slice(0, count), words: scratchWords };
}

/**
 * Sketches of many sentences in one buffer: a typed array each cost more to allocate and to
 * collect than to fill. The sketches come out as views of one exact-size array.
 */
export class SketchPool {
  private grams = new Uint32Array(1024);
  private used = 0;
  private readonly starts: number[] = [0];

  /** Sketches `text` (the next sketch); returns its word count. */
  add(text: string): number {
    const count = gramsToScratch(text);
    if (this.used + count > this.grams.length) {
      const grown = new Uint32Array(Math.max(this.used + count, this.grams.length * 2));
      grown.set(this.grams);
      this.grams = grown;
    }
    // Sorted straight into the pool: no sort in place and copy.
    this.used += sortUniqueInto(gramScratch, count, this.grams, this.used);
    this.starts.push(this.used);
    return scratchWords;
  }

  /** The sketches added, in order. */
  sketches(): Uint32Array[] {
    const { buffer } = this.grams.slice(0, this.used);
    const out: Uint32Array[] = [];
    for (let k = 0; k + 1 < this.starts.length; k++) {
      out.push(new Uint32Array(buffer, this.starts[k]! * 4, this.starts[k + 1]! - this.starts[k]!));
    }
    return out;
  }
}

/** Word count of the text last sketched by gramsToScratch. */
let scratchWords = 0;

/** The grams of `text` into gramScratch, in text order (not yet sorted or distinct); returns how many. */
function gramsToScratch(text: string): number {
  let length = 0;
  let words = 0;
  const units = codeUnits(text);
  // ß doubles, nothing else grows on the fast path: room for all of it up front.
  if (codes.length < 2 * units.length + 16) growCodes(2 * units.length + 16);
  let out = codes;
  // The word loop is written out (no callback per word): sketching is most of preparing.
  for (let start = nextWordStartIn(units, 0); start < units.length;) {
    const end = wordEndIn(units, start);
    words++;
    const wordStart = length;
    let hash = FNV_OFFSET;
    let slow = false;
    for (let i = start; i < end; i++) {
      const code = units[i]!;
      // One table read decides: dropped mark, plain letter, ß, or the string path.
      const lower = code < LOWER.length ? LOWER[code]! : code === 0x2019 ? 1 : 0;
      if (lower <= 1) {
        if (lower === 1) continue;
        slow = true;
        break;
      }
      if (lower === 0xdf) {
        out[length++] = 115;
        out[length++] = 115;
        hash = Math.imul(Math.imul(hash ^ 115, FNV_PRIME) ^ 115, FNV_PRIME);
        continue;
      }
      out[length++] = lower;
      hash = Math.imul(hash ^ lower, FNV_PRIME);
    }
    if (slow || (REGIONAL_FILTER[hash & 0xffff] === 1 && REGIONAL_HASHES.has(hash >>> 0))) {
      // Other scripts, or possibly a regional variant: the string path decides.
      length = wordStart;
      const word = compactWord(text.slice(start, end));
      if (out.length < length + word.length + 2 * (units.length - end) + 16) {
        growCodes(length + word.length + 2 * (units.length - end) + 16);
        out = codes;
      }
      for (let i = 0; i < word.length; i++) out[length++] = word.charCodeAt(i);
    }
    start = nextWordStartIn(units, end);
  }
  scratchWords = words;
  if (length === 0) return 0;
  const count = Math.max(1, length - GRAM + 1);
  // Grams go to a reused buffer; the callers keep the sorted distinct ones.
  if (gramScratch.length < count) gramScratch = new Uint32Array(Math.max(count, gramScratch.length * 2));
  const grams = gramScratch;
  // FNV-style hash of each 4-gram (of the whole key when it is shorter), in int32 arithmetic.
  if (length >= GRAM) {
    for (let i = 0; i < count; i++) {
      grams[i] =
        Math.imul(Math.imul(Math.imul(out[i]!, 0x01000193) ^ out[i + 1]!, 0x01000193) ^ out[i + 2]!, 0x01000193) ^
        out[i + 3]!;
    }
  } else {
    let hash = 0;
    for (let j = 0; j < length; j++) hash = Math.imul(hash, 0x01000193) ^ out[j]!;
    grams[0] = hash;
  }
  return count;
}

/** As an int32: the hot loop's hashes stay small integers. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

let codes = new Uint16Array(4096);
let gramScratch = new Uint32Array(1024);

function growCodes(size: number): void {
  const grown = new Uint16Array(Math.max(size, codes.length * 2));
  grown.set(codes);
  codes = grown;
}

/**
 * Per code below U+0180: 1 for marks the compact key drops (soft hyphen, apostrophe, period,
 * comma), else the lower case when it is one code unit (ß stays ß: it becomes "ss"); 0 sends
 * the word down the string path.
 */
const LOWER = new Uint16Array(0x180).map((_, code) => {
  if (code === 0xad || code === 39 || code === 46 || code === 44) return 1;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 && lower.charCodeAt(0) > 1 ? lower.charCodeAt(0) : 0;
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
    // Branch-free steps: which side advances is data, not control flow.
    shared += +(x === y);
    i += +(x <= y);
    j += +(y <= x);
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
