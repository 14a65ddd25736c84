/**
 * A char-code scanner for words, for fingerprints, sketches and word counts, where
 * Intl.Segmenter is too slow (a few MB/s). Rules: letters and digits (any code point from
 * Latin-1 letters up, minus punctuation blocks) form words; an apostrophe between letters
 * and a period or comma between digits stay inside ("don’t", "10.000", "21.30"); hyphens
 * split ("US-Präsident" is two words), as Intl.Segmenter does.
 */

function isWordCode(code: number): boolean {
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

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Calls `visit(start, end)` for every word of `text`, in order. */
export function scanWords(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    while (i < length && !isWordCode(text.charCodeAt(i))) i++;
    if (i >= length) return;
    const start = i;
    for (;;) {
      while (i < length && isWordCode(text.charCodeAt(i))) i++;
      if (i + 1 >= length) break;
      const glue = text.charCodeAt(i);
      const before = text.charCodeAt(i - 1);
      const after = text.charCodeAt(i + 1);
      const numberGlue = (glue === 46 || glue === 44) && isDigit(before) && isDigit(after);
      const apostrophe = isApostrophe(glue) && !isDigit(before) && isWordCode(after) && !isDigit(after);
      if (!numberGlue && !apostrophe) break;
      i++;
    }
    visit(start, i);
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
