/**
 * UTF-8 with a few stray Windows-1252 bytes: a file edited in two editors, or one name pasted
 * from an old document ("Söder" as the single byte 0xF6). Read wholly as Windows-1252, every
 * other umlaut and quote of such a file turns to mojibake; read as UTF-8, only the stray bytes
 * need another reading.
 */
import iconv from 'iconv-lite';
import { wordAround } from './text-shape';

export interface MostlyUtf8 {
  text: string;
  /** Well-formed multi-byte UTF-8 sequences: the evidence for UTF-8. */
  sequences: number;
  /** Bytes that were no part of one, read as Windows-1252. */
  repaired: number;
  /** The word around the first repaired byte, for the warning. */
  example: string;
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
/** Windows-1252 for 0x80–0xff, made on first use. */
let highCp1252: string[] | null = null;

export function decodeMostlyUtf8(bytes: Uint8Array): MostlyUtf8 {
  highCp1252 ??= Array.from({ length: 128 }, (_, i) => iconv.decode(Uint8Array.of(0x80 + i), 'windows-1252'));
  const pieces: string[] = [];
  let length = 0;
  let firstRepair = -1;
  let sequences = 0;
  let repaired = 0;
  let runStart = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const size = sequenceSize(bytes, i);
    if (size > 0) {
      sequences++;
      i += size;
      continue;
    }
    const run = utf8.decode(bytes.subarray(runStart, i));
    pieces.push(run, highCp1252[b - 0x80]!);
    length += run.length;
    if (firstRepair === -1) firstRepair = length;
    length += 1;
    repaired++;
    runStart = ++i;
  }
  pieces.push(utf8.decode(bytes.subarray(runStart)));
  const text = pieces.join('');
  return { text, sequences, repaired, example: firstRepair === -1 ? '' : wordAround(text, firstRepair) };
}

/** Length of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlongs, no surrogates), else 0. */
function sequenceSize(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number, low = 0x80, high = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= low && c <= high;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const low = b === 0xe0 ? 0xa0 : 0x80;
    const high = b === 0xed ? 0x9f : 0xbf;
    return cont(1, low, high) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const low = b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xf4 ? 0x8f : 0xbf;
    return cont(1, low, high) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
