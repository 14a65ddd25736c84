/**
 * Bytes → text. Journalists' folders mix UTF-8, UTF-16 exports from Word and old
 * Windows-1252 files, rarely labelled; we guess in a fixed order so results are stable.
 */
import iconv from 'iconv-lite';
import { decodeMostlyUtf8 } from './decode-mostly-utf8';
import { wordAround } from './text-shape';

export type DecodeResult =
  { ok: true; text: string; encoding: string; warnings: string[] } | { ok: false; message: string };

/** How many bytes the sniffing steps look at: enough to be sure, cheap on huge files. */
const SNIFF_BYTES = 64 * 1024;

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true });

export function decodeText(bytes: Uint8Array): DecodeResult {
  // 1. A byte-order mark is the only explicit label a plain text file carries.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3);
    try {
      return done(utf8Strict.decode(body), 'utf-8', []);
    } catch {
      return done(utf8Lenient.decode(body), 'utf-8', [
        'invalid UTF-8 after a UTF-8 byte-order mark; bad bytes show as �',
      ]);
    }
  }
  if (startsWith(bytes, [0xff, 0xfe])) return done(decodeUtf16(bytes.subarray(2), 'le'), 'utf-16le', []);
  if (startsWith(bytes, [0xfe, 0xff])) return done(decodeUtf16(bytes.subarray(2), 'be'), 'utf-16be', []);

  // One cheap pass over the bytes: most files have no control byte (so no NUL and nothing
  // for looksBinary to count) and many no byte above ASCII (so no mojibake to look for).
  const kind = byteKinds(bytes);

  // 2. NUL bytes: UTF-16 without BOM puts them in every other byte for Latin text;
  //    anything else with NULs is not text.
  const nul = kind.control ? countNuls(bytes) : NO_NULS;
  // A stray NUL or two in a long text is damage, not a format; binary data has one in ~256 bytes.
  if (nul.total > 0 && nul.total / (nul.pairs * 2) > 0.001) {
    const pairs = Math.max(1, nul.pairs);
    if (nul.odd / pairs > 0.3 && nul.even / pairs < 0.05) return done(decodeUtf16(bytes, 'le'), 'utf-16le', []);
    if (nul.even / pairs > 0.3 && nul.odd / pairs < 0.05) return done(decodeUtf16(bytes, 'be'), 'utf-16be', []);
    return { ok: false, message: 'binary file' };
  }

  // 3. Valid UTF-8 is almost never an accident for non-ASCII text.
  let text: string;
  let encoding: string;
  const warnings: string[] = [];
  try {
    text = utf8Strict.decode(bytes);
    encoding = 'utf-8';
  } catch {
    // 4. UTF-8 with a few stray legacy bytes: twice as many good sequences as bad bytes.
    const mostly = decodeMostlyUtf8(bytes);
    if (mostly.sequences >= 2 * mostly.repaired) {
      text = mostly.text;
      encoding = 'utf-8';
      const bytesLabel = mostly.repaired === 1 ? '1 byte was' : `${mostly.repaired} bytes were`;
      warnings.push(`${bytesLabel} not UTF-8 and read as Windows-1252 (e.g. “${mostly.example}”)`);
    } else {
      // 5. Western European legacy files; every byte decodes, so this never fails. Mac Roman
      //    puts its accented letters where Windows-1252 has punctuation: the words tell which.
      encoding = looksMacRoman(bytes) ? 'macintosh' : 'windows-1252';
      text = iconv.decode(bytes, encoding);
    }
  }
  // All decoders here turn exactly the control bytes into control characters.
  if (kind.control && looksBinary(text)) return { ok: false, message: 'binary file' };
  return done(text, encoding, warnings, kind.high);
}

/**
 * Mac Roman rather than Windows-1252: inside words (an ASCII letter on both sides), bytes
 * 0x80–0x9f are letters in Mac Roman (ä ö ü é…) but punctuation in Windows-1252, and bytes
 * 0xe0–0xff are letters in Windows-1252 but mostly symbols in Mac Roman.
 */
function looksMacRoman(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let mac = 0;
  let windows = 0;
  const isLetter = (b: number | undefined) => b !== undefined && (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;
  for (let i = 1; i + 1 < n; i++) {
    const b = bytes[i]!;
    if (b < 0x80 || !isLetter(bytes[i - 1]) || !isLetter(bytes[i + 1])) continue;
    if (b <= 0x9f) mac++;
    else if (b >= 0xe0) windows++;
  }
  return mac >= 3 && mac > 2 * windows;
}

/** `mayHaveMojibake` false: the bytes were ASCII, so the text has none of its characters. */
function done(text: string, encoding: string, warnings: string[], mayHaveMojibake = true): DecodeResult {
  const stripped = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const mojibake = mayHaveMojibake ? findDoubleEncoding(stripped) : null;
  if (mojibake) {
    warnings.push(
      `text looks double-encoded (UTF-8 read as Windows-1252, e.g. “${mojibake}”); umlauts and quotes may be garbled`,
    );
  }
  return { ok: true, text: stripped, encoding, warnings };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be'): string {
  const even = bytes.length - (bytes.length % 2);
  if (order === 'le') return utf16le.decode(bytes.subarray(0, even));
  // Swap to little-endian ourselves: not every TextDecoder build knows utf-16be.
  const swapped = new Uint8Array(even);
  for (let i = 0; i < even; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  return utf16le.decode(swapped);
}

const NO_NULS = { total: 0, even: 0, odd: 0, pairs: 0 };

/**
 * Whether the bytes hold a control byte that looksBinary counts (below 0x20 but tab, newline,
 * form feed and carriage return, or 0x7f) and whether any byte is above ASCII. Four bytes per
 * step: a character-class search of the decoded text cost three times as much.
 */
export function byteKinds(bytes: Uint8Array): { control: boolean; high: boolean } {
  let control = false;
  let high = 0;
  const n = bytes.length;
  let i = 0;
  // Bytes up to the first four-byte boundary, and those after the last one, one at a time.
  const head = Math.min(n, (4 - (bytes.byteOffset & 3)) & 3);
  for (; i < head; i++) {
    high |= bytes[i]! & 0x80;
    control ||= isControlByte(bytes[i]!);
  }
  const words = (n - i) >>> 2;
  if (words > 0) {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words);
    for (let w = 0; w < words; w++) {
      const v = view[w]!;
      high |= v;
      // Nonzero when some byte is below 0x20, or some byte equals 0x7f (the classic
      // "has a byte less than" and "has a zero byte" tricks); then the bytes decide.
      const x = v ^ 0x7f7f7f7f;
      if ((((v - 0x20202020) & ~v) | ((x - 0x01010101) & ~x)) & 0x80808080) {
        control ||= isControlByte(v & 0xff) || isControlByte((v >>> 8) & 0xff);
        control ||= isControlByte((v >>> 16) & 0xff) || isControlByte(v >>> 24);
      }
    }
    i += words * 4;
  }
  for (; i < n; i++) {
    high |= bytes[i]! & 0x80;
    control ||= isControlByte(bytes[i]!);
  }
  return { control, high: (high & 0x80808080) !== 0 };
}

function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f;
}

function countNuls(bytes: Uint8Array): { total: number; even: number; odd: number; pairs: number } {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let even = 0;
  let odd = 0;
  // Text has no NUL: counting starts at the first, which a native search finds far faster.
  const first = bytes.indexOf(0);
  for (let i = first === -1 ? n : first; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  return { total: even + odd, even, odd, pairs: Math.ceil(n / 2) };
}

/** What looksBinary counts. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BINARY_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/** Control characters other than tab/newline/CR/FF in more than 1 % of the sample: noise, not prose. */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SNIFF_BYTES);
  if (n === 0) return false;
  // Text has none of these at all: one native scan, and the count only when there is something to count.
  const first = text.search(BINARY_CONTROL);
  if (first === -1 || first >= n) return false;
  let control = 0;
  for (let i = first; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  return control / n > 0.01 && control >= 3;
}

/**
 * UTF-8 bytes that were once decoded as Windows-1252 and saved again: "Ã¼" for ü, "ÃŸ" for ß,
 * "â€ž" for „. A capital Ã or Â followed by a C1-range character is not plausible in real text.
 */
const DOUBLE_ENCODED =
  /[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|â€/;

function findDoubleEncoding(text: string): string | null {
  const sample = text.length > 1_000_000 ? text.slice(0, 1_000_000) : text;
  // Every form starts with Ã, Â or â, which most texts lack: three native searches beat the pattern's scan.
  if (!sample.includes('Ã') && !sample.includes('Â') && !sample.includes('â')) return null;
  const m = DOUBLE_ENCODED.exec(sample);
  return m ? wordAround(text, m.index) : null;
}
