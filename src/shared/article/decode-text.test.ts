import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { byteKinds, decodeText } from './decode-text';

const GERMAN = 'Grüße aus Köln: „Straße“ – Äpfel, Öl, Übermaß.';

function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf16le'));
}
function utf16be(text: string): Uint8Array {
  const le = utf16le(text);
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}
function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));
}

describe('decodeText', () => {
  it('reads plain UTF-8', () => {
    expect(decodeText(new TextEncoder().encode(GERMAN))).toEqual({
      ok: true,
      text: GERMAN,
      encoding: 'utf-8',
      warnings: [],
    });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const result = decodeText(concat([0xef, 0xbb, 0xbf], new TextEncoder().encode(GERMAN)));
    expect(result).toEqual({ ok: true, text: GERMAN, encoding: 'utf-8', warnings: [] });
  });

  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    expect(decodeText(concat([0xff, 0xfe], utf16le(GERMAN)))).toMatchObject({
      ok: true,
      text: GERMAN,
      encoding: 'utf-16le',
    });
    expect(decodeText(concat([0xfe, 0xff], utf16be(GERMAN)))).toMatchObject({
      ok: true,
      text: GERMAN,
      encoding: 'utf-16be',
    });
  });

  it('recognises UTF-16 without a byte-order mark from its NUL bytes', () => {
    expect(decodeText(utf16le(GERMAN))).toMatchObject({ ok: true, text: GERMAN, encoding: 'utf-16le' });
    expect(decodeText(utf16be(GERMAN))).toMatchObject({ ok: true, text: GERMAN, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    const bytes = new Uint8Array(iconv.encode(GERMAN, 'windows-1252'));
    expect(bytes).toContain(0x84); // „ exists only in Windows-1252, not Latin-1
    expect(decodeText(bytes)).toEqual({ ok: true, text: GERMAN, encoding: 'windows-1252', warnings: [] });
  });

  it('reads UTF-8 with one stray Windows-1252 byte as UTF-8, and says which word it repaired', () => {
    const bytes = concat(Buffer.from('Grüße aus München, sagte S'), [0xf6], Buffer.from('der über „Straße“.'));
    expect(decodeText(bytes)).toEqual({
      ok: true,
      text: 'Grüße aus München, sagte Söder über „Straße“.',
      encoding: 'utf-8',
      warnings: ['1 byte was not UTF-8 and read as Windows-1252 (e.g. “Söder”)'],
    });
  });

  it('keeps Windows-1252 for a legacy file that happens to hold one UTF-8-like pair', () => {
    // "Ã" then "¼" in Windows-1252 are the bytes of UTF-8 "ü"; the other umlauts are single bytes.
    const bytes = new Uint8Array(iconv.encode(`${GERMAN} Ã¼`, 'windows-1252'));
    expect(decodeText(bytes)).toMatchObject({ ok: true, text: `${GERMAN} Ã¼`, encoding: 'windows-1252' });
  });

  it('tells Mac Roman from Windows-1252 by the letters inside words', () => {
    const text =
      'Hochwasser in Süddeutschland: Tausende Menschen müssen ihre Häuser räumen. „Die Lage ist äußerst ernst“, sagte er.';
    const bytes = new Uint8Array(iconv.encode(text, 'macintosh'));
    expect(decodeText(bytes)).toEqual({ ok: true, text, encoding: 'macintosh', warnings: [] });
    const windows = new Uint8Array(iconv.encode(text, 'windows-1252'));
    expect(decodeText(windows)).toMatchObject({ ok: true, text, encoding: 'windows-1252' });
  });

  it('refuses binary data', () => {
    expect(
      decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48])),
    ).toEqual({
      ok: false,
      message: 'binary file',
    });
    const controls = new Uint8Array(200).map((_, i) => (i % 7 === 0 ? 0x01 : 0x41));
    expect(decodeText(controls)).toEqual({ ok: false, message: 'binary file' });
  });

  it('warns about double-encoded text but keeps it as it is', () => {
    const result = decodeText(new TextEncoder().encode('Viele GrÃ¼ÃŸe aus KÃ¶ln'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toBe('Viele GrÃ¼ÃŸe aus KÃ¶ln');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('double-encoded');
    expect(result.warnings[0]).toContain('GrÃ¼ÃŸe');
  });

  it('leaves replacement characters already in the text alone', () => {
    expect(decodeText(new TextEncoder().encode('die Truppen \uFFFD… zurück'))).toMatchObject({
      ok: true,
      text: 'die Truppen \uFFFD… zurück',
      warnings: [],
    });
  });

  it('reads an empty byte array as empty text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8', warnings: [] });
  });
});

describe('decodeText with damaged text', () => {
  it('reads a long text with one stray NUL byte as text', () => {
    const bytes = new TextEncoder().encode(`${'Ein Satz über Köln. '.repeat(200)}\u0000Ende.`);
    const result = decodeText(bytes);
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8' });
  });
});

describe('byteKinds', () => {
  it('finds control bytes and bytes above ASCII wherever they sit, also around word boundaries', () => {
    const tricky = [
      0x00, 0x01, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1f, 0x20, 0x21, 0x41, 0x7e, 0x7f, 0x80, 0x9f, 0xc3, 0xff,
    ];
    const isControl = (b: number) => (b < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(b)) || b === 0x7f;
    const expected = (bytes: Uint8Array) => ({ control: bytes.some(isControl), high: bytes.some((b) => b >= 0x80) });
    const wrong: number[][] = [];
    const check = (bytes: Uint8Array) => {
      const got = byteKinds(bytes);
      const want = expected(bytes);
      if (got.control !== want.control || got.high !== want.high) wrong.push([bytes.byteOffset, ...bytes]);
    };
    const buffer = new ArrayBuffer(16);
    for (let offset = 0; offset < 4; offset++) {
      for (let length = 0; length <= 9; length++) {
        const bytes = new Uint8Array(buffer, offset, length);
        for (let at = 0; at < length; at++) {
          for (const filler of [0x20, 0x41, 0x80]) {
            for (let value = 0; value < 256; value++) {
              bytes.fill(filler);
              bytes[at] = value;
              check(bytes);
            }
          }
          // Neighbours that carry or borrow in the four-byte arithmetic.
          for (const a of tricky) {
            for (const b of tricky) {
              bytes.fill(0x41);
              bytes[at] = a;
              if (at + 1 < length) bytes[at + 1] = b;
              check(bytes);
            }
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
