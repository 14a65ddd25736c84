/**
 * A char-code scanner for words, for fingerprints, sketches and word counts, where
 * Intl.Segmenter is too slow (a few MB/s). Rules: letters and digits (any code point from
 * Latin-1 letters up, minus punctuation blocks) form words; an apostrophe between letters
 * and a period or comma between digits stay inside ("don’t", "10.000", "21.30"); hyphens
 * split ("US-Präsident" is two words), as Intl.Segmenter does.
 */

function isWordCodeSlow(code: number): boolean {
  if (code < 0x80) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba || code === 0xad;
  if (code === 0xd7 || code === 0xf7) return false;
  // General punctuation (dashes, quotes, odd spaces), CJK punctuation, specials.
  if (code >= 0x2000 && code <= 0x206f) return false;
  if (code >= 0x3000 && code <= 0x303f) return false;
  if (code >= 0xfe30 && code <= 0xfe6f) return false;
  if (code >= 0xff00 && code <= 0xff0f) return false;
  return code !== 0xfeff && code !== 0xfffd;
}

/** isWordCodeSlow as a table up to U+FFFF (64 KB): the scanner's one question per character. */
const WORD_CODES = Uint8Array.from({ length: 0x10000 }, (_, code) => (isWordCodeSlow(code) ? 1 : 0));

function isWordCode(code: number): boolean {
  return WORD_CODES[code] === 1;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Index of the first word character at or after `from` (text.length when none). */
export function nextWordStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && WORD_CODES[text.charCodeAt(i)] !== 1) i++;
  return i;
}

/** End of the word that starts at `start`: glued numbers ("10.000") and contractions stay whole. */
export function wordEnd(text: string, start: number): number {
  const length = text.length;
  let i = start;
  for (;;) {
    while (i < length && WORD_CODES[text.charCodeAt(i)] === 1) i++;
    if (i + 1 >= length) return i;
    if (!gluedAt(text.charCodeAt(i), text.charCodeAt(i - 1), text.charCodeAt(i + 1))) return i;
    i++;
  }
}

/** nextWordStart over code units (see codeUnits). */
export function nextWordStartIn(units: Uint16Array, from: number): number {
  let i = from;
  while (i < units.length && WORD_CODES[units[i]!] !== 1) i++;
  return i;
}

/** wordEnd over code units (see codeUnits). */
export function wordEndIn(units: Uint16Array, start: number): number {
  const length = units.length;
  let i = start;
  for (;;) {
    while (i < length && WORD_CODES[units[i]!] === 1) i++;
    if (i + 1 >= length) return i;
    if (!gluedAt(units[i]!, units[i - 1]!, units[i + 1]!)) return i;
    i++;
  }
}

/** A period or comma between digits, or an apostrophe between letters, continues the word. */
function gluedAt(glue: number, before: number, after: number): boolean {
  if ((glue === 46 || glue === 44) && isDigit(before) && isDigit(after)) return true;
  return isApostrophe(glue) && !isDigit(before) && isWordCode(after) && !isDigit(after);
}

/** Calls `visit(start, end)` for every word of `text`, in order. */
export function scanWords(text: string, visit: (start: number, end: number) => void): void {
  for (let start = nextWordStart(text, 0); start < text.length;) {
    const end = wordEnd(text, start);
    visit(start, end);
    start = nextWordStart(text, end);
  }
}

export function countWords(text: string): number {
  let count = 0;
  scanWords(text, () => count++);
  return count;
}

/** Lower-cased words with ß folded to ss and soft hyphens dropped: keys for fingerprints. */
export function fastWordKeys(text: string): string[] {
  const keys: string[] = [];
  scanWords(text, (start, end) => {
    let key = text.slice(start, end).toLowerCase();
    if (key.includes('ß')) key = key.replace(/ß/g, 'ss');
    if (key.includes('\u00ad')) key = key.replace(/\u00ad/g, '');
    if (key.includes('\u2019')) key = key.replace(/\u2019/g, "'");
    keys.push(key);
  });
  return keys;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Calls `visit(hash)` with a 32-bit FNV-1a hash of every word's key (lower case, ß as ss,
 * soft hyphen dropped, ’ as '). No strings are built, which keeps fingerprinting near the
 * scanner's speed.
 */
export function scanWordHashes(text: string, visit: (hash: number) => void): void {
  scanWords(text, (start, end) => {
    let hash = FNV_OFFSET;
    for (let i = start; i < end; i++) {
      let code = text.charCodeAt(i);
      if (code === 0xad) continue;
      if (code >= 65 && code <= 90) code += 32;
      else if (code >= 0xc0 && code <= 0xde && code !== 0xd7) code += 32;
      else if (code === 0x2019) code = 39;
      else if (code === 0xdf) {
        hash = Math.imul(hash ^ 115, FNV_PRIME);
        code = 115;
      }
      hash = Math.imul(hash ^ code, FNV_PRIME);
    }
    visit(hash >>> 0);
  });
}

/**
 * The UTF-16 code units of `text` in a reused typed array. Reading strings char by char is
 * slow once a loop has met several string representations (sliced, two-byte, …); Node's
 * native copy costs a fraction of one scan and the loop then reads one kind of array. In a
 * browser (no Buffer) the copy is a plain loop.
 */
export const codeUnits = codeUnitsReader();

/**
 * A codeUnits with a buffer of its own: for a caller that holds on to the units while it calls
 * code that may use codeUnits (the next call overwrites them).
 */
export function codeUnitsReader(): (text: string) => Uint16Array {
  let bytes: Utf16Bytes | null = null;
  let array = new Uint16Array(0);
  return (text) => {
    if (NodeBuffer) {
      if (bytes === null || bytes.length < text.length * 2)
        bytes = NodeBuffer.alloc(Math.max(text.length * 4, 1 << 16));
      bytes.write(text, 0, 'utf16le');
      return new Uint16Array(bytes.buffer, bytes.byteOffset, text.length);
    }
    if (array.length < text.length) array = new Uint16Array(Math.max(text.length * 2, 1 << 15));
    for (let i = 0; i < text.length; i++) array[i] = text.charCodeAt(i);
    return array.subarray(0, text.length);
  };
}

/** What this module needs of Node's Buffer; absent in the renderer. */
interface Utf16Bytes {
  write(text: string, offset: number, encoding: 'utf16le'): number;
  readonly buffer: ArrayBufferLike;
  readonly byteOffset: number;
  readonly length: number;
}

const NodeBuffer = (globalThis as unknown as { Buffer?: { alloc(size: number): Utf16Bytes } }).Buffer;

/**
 * Per code unit, what a word's hash takes of it (the folding of scanWordHashes): 0 outside
 * words, else the folded code, or a negative marker for the few that need a closer look.
 */
const SOFT_HYPHEN_KEY = -1;
const SHARP_S_KEY = -2;
/** Outside words unless gluedAt says otherwise. */
const GLUE_KEY = -3;
const WORD_KEYS = Int32Array.from(WORD_CODES, (isWord, code) => wordKey(code, isWord === 1));

function wordKey(code: number, isWord: boolean): number {
  if (!isWord) return code === 46 || code === 44 || isApostrophe(code) ? GLUE_KEY : 0;
  if (code === 0xad) return SOFT_HYPHEN_KEY;
  if (code === 0xdf) return SHARP_S_KEY;
  if (code >= 65 && code <= 90) return code + 32;
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return code + 32;
  return code;
}

/**
 * scanWordHashes without a callback per word: the hashes of every word of `text`, written to
 * `into` (a larger buffer is returned when it is too small). Scanning and hashing happen in
 * one pass over the code units; a caller holding them (see codeUnits) passes them, with the
 * text at units[at, at + text.length). Fingerprinting a folder spends much of its time here.
 */
export function collectWordHashes(
  text: string,
  into: Uint32Array,
  units: Uint16Array = codeUnits(text),
  at = 0,
): { hashes: Uint32Array; count: number } {
  const end = at + text.length;
  // A word and a separator take two units; with room for one more hash the loop never checks.
  const room = (text.length >> 1) + 2;
  const hashes = into.length >= room ? into : new Uint32Array(room * 2);
  const wordKeys = WORD_KEYS;
  let count = 0;
  let hash = FNV_OFFSET | 0;
  let inWord = 0;
  for (let i = at; i < end; i++) {
    let key = wordKeys[units[i]!]!;
    if (key < 0) {
      if (key === SOFT_HYPHEN_KEY) {
        inWord = 1;
        continue;
      }
      if (key === SHARP_S_KEY) {
        hash = Math.imul(hash ^ 115, FNV_PRIME);
        key = 115;
      } else {
        const glue = units[i]!;
        const glued = inWord === 1 && i + 1 < end && gluedAt(glue, units[i - 1]!, units[i + 1]!);
        // The glue is part of the word: hashed like any character (’ as ').
        key = glued ? (glue === 0x2019 ? 39 : glue) : 0;
      }
    }
    // No branches from here: word ends come too irregularly for branch prediction. The hash
    // is stored at every step and counted when its word has ended.
    const isWord = (key + 0xffff) >>> 16;
    hashes[count] = hash;
    count += inWord & (isWord ^ 1);
    const mask = -isWord;
    hash = (Math.imul(hash ^ key, FNV_PRIME) & mask) | (FNV_OFFSET & ~mask);
    inWord = isWord;
  }
  if (inWord === 1) hashes[count++] = hash;
  return { hashes, count };
}
