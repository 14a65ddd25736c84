/**
 * What a corpus keeps of an article once it has been read: for each compared paragraph its
 * key hash and length (to learn folder chrome) and its winnowed shingle
 * fingerprints. Per paragraph, so that chrome learned across the whole folder can be
 * left out later without the text. Packed into one buffer: it crosses threads and the cache.
 */
import { COMPARED_PARTS, type Article, type ParagraphPart } from '../article/article';
import type { KeyLookup } from '../article/key-set';
import { keyOfWords } from '../article/mark-repeated-boilerplate';
import { codeUnitsReader, collectWordHashes } from '../comparison/tokenize-fast';
import { sortUnique, sortUniqueInto } from '../comparison/sort-unique';
import { shingleCount, writeShingles } from './paragraph-shingles';
import { winnow } from './winnow';

/**
 * Window of the winnowing: a copied run of 8 shingles (10 words, about half a sentence) is
 * always found; about a quarter of the shingles are kept.
 */
export const WINNOW_WINDOW = 8;

/** Per compared paragraph (index k), in article order. */
export interface ArticleAnalysis {
  keys: Float64Array;
  lengths: Uint32Array;
  /** Index into Article.paragraphs. */
  paragraphs: Uint32Array;
  /** Index into COMPARED_PARTS. */
  parts: Uint8Array;
  /** Paragraph k's fingerprints are fps[fpEnds[k - 1] ?? 0 … fpEnds[k]), sorted, distinct. */
  fpEnds: Uint32Array;
  fps: Uint32Array;
}

/** Reused buffers: the word hashes of the paragraph at hand, its shingles and their winnowed selection. */
let wordBuffer: Uint32Array = new Uint32Array(1 << 14);
let shingleBuffer: Uint32Array = new Uint32Array(1 << 14);
let winnowBuffer: Uint32Array = new Uint32Array(1 << 14);
/**
 * The article at hand in packAnalysis' layout, reused: written here and copied out once, into
 * one ArrayBuffer per analysis (a few small ones each cost more than the analysis' copying).
 */
let scratch = new ArrayBuffer(1 << 16);
let scratchKeys = new Float64Array(scratch);
let scratchU32 = new Uint32Array(scratch);
let scratchBytes = new Uint8Array(scratch);
/** Its own: codeUnits' buffer may be reused by code called while the article's units are read. */
const articleUnits = codeUnitsReader();

export function analyseArticle(article: Article, window = WINNOW_WINDOW): ArticleAnalysis {
  const texts: string[] = [];
  const indices: number[] = [];
  const parts: number[] = [];
  for (let index = 0; index < article.paragraphs.length; index++) {
    const { text, part } = article.paragraphs[index]!;
    const partIndex = COMPARED_PARTS.indexOf(part);
    if (partIndex === -1) continue;
    texts.push(text);
    indices.push(index);
    parts.push(partIndex);
  }
  const p = texts.length;
  // Where the u32 columns start in scratchU32 (packedLayout's offsets are in bytes; fps' do
  // not depend on the fingerprints' count); keys sit at scratchKeys[1 + k].
  const layout = packedLayout(p, 0);
  const lengthsAt = layout.lengths >> 2;
  const indicesAt = layout.paragraphs >> 2;
  const fpEndsAt = layout.fpEnds >> 2;
  const fpsAt = layout.fps >> 2;
  ensureScratch(fpsAt, 0);
  // The code units of all compared paragraphs in one copy (see codeUnits): a copy per
  // paragraph cost more than joining them. Paragraph k is units[at, at + texts[k].length).
  const units = articleUnits(texts.join(''));
  let at = 0;
  let fpCount = 0;
  // Plain loops and reused buffers from here: this runs for every paragraph of a folder.
  for (let k = 0; k < p; k++) {
    const text = texts[k]!;
    const collected = collectWordHashes(text, wordBuffer, units, at);
    at += text.length;
    wordBuffer = collected.hashes;
    const words = collected.count;
    // The key from the words just hashed (paragraphKeyHash), not from a second pass.
    scratchKeys[1 + k] = keyOfWords(text, wordBuffer, words);
    scratchU32[lengthsAt + k] = text.length;
    scratchU32[indicesAt + k] = indices[k]!;
    const n = shingleCount(words);
    if (shingleBuffer.length < n) shingleBuffer = new Uint32Array(n * 2);
    writeShingles(wordBuffer, words, shingleBuffer);
    // The fingerprints go straight to their place; a window of 1 keeps every shingle.
    ensureScratch(fpsAt + fpCount + n, p);
    let kept: number;
    if (window > 1) {
      // Winnowing needs the shingles in text order.
      if (winnowBuffer.length < n) winnowBuffer = new Uint32Array(n * 2);
      const selected = winnow(shingleBuffer, n, window, winnowBuffer);
      kept = sortUniqueInto(winnowBuffer, selected, scratchU32, fpsAt + fpCount);
    } else {
      kept = sortUniqueInto(shingleBuffer, n, scratchU32, fpsAt + fpCount);
    }
    fpCount += kept;
    scratchU32[fpEndsAt + k] = fpCount;
  }
  scratchU32[0] = p;
  scratchU32[1] = fpCount;
  const { parts: partsAt, size } = packedLayout(p, fpCount);
  for (let k = 0; k < p; k++) scratchBytes[partsAt + k] = parts[k]!;
  // Uint8Array's slice: ArrayBuffer's costs twice as much.
  return viewsOf(scratchBytes.slice(0, size).buffer, 0, p, fpCount);
}

/** Makes room in the scratch for `words` 32-bit words and `bytes` bytes after them. */
function ensureScratch(words: number, bytes: number): void {
  const size = 4 * words + bytes;
  if (scratch.byteLength >= size) return;
  // Whole 8-byte words: the keys column is a Float64Array over the same buffer.
  const grown = new ArrayBuffer(Math.ceil((size * 2) / 8) * 8);
  new Uint8Array(grown).set(scratchBytes);
  scratch = grown;
  scratchKeys = new Float64Array(scratch);
  scratchU32 = new Uint32Array(scratch);
  scratchBytes = new Uint8Array(scratch);
}

export function partOf(analysis: Pick<ArticleAnalysis, 'parts'>, k: number): ParagraphPart {
  return COMPARED_PARTS[analysis.parts[k]!]!;
}

/**
 * One buffer: [paragraphs, fps] header, then keys (f64), the u32 columns, fps and parts. An
 * analysis from analyseArticle (or unpacked from exactly such a buffer) is laid out so already
 * and is returned as a view of its buffer, not copied: treat both as read-only.
 */
export function packAnalysis(a: ArticleAnalysis): Uint8Array {
  const p = a.keys.length;
  const f = a.fps.length;
  const layout = packedLayout(p, f);
  if (isPacked(a, layout)) return new Uint8Array(a.keys.buffer, 0, layout.size);
  const buffer = new ArrayBuffer(layout.size);
  const header = new Uint32Array(buffer, 0, 2);
  header[0] = p;
  header[1] = f;
  const packed = viewsOf(buffer, 0, p, f);
  packed.keys.set(a.keys);
  packed.lengths.set(a.lengths);
  packed.paragraphs.set(a.paragraphs);
  packed.fpEnds.set(a.fpEnds);
  packed.fps.set(a.fps);
  packed.parts.set(a.parts);
  return new Uint8Array(buffer);
}

const COLUMNS = ['keys', 'lengths', 'paragraphs', 'fpEnds', 'fps', 'parts'] as const;

/**
 * Byte offsets of each column in a packed analysis of `p` paragraphs and `f` fingerprints:
 * a [paragraphs, fps] header, keys (f64), the u32 columns, fps, then parts (u8).
 */
function packedLayout(p: number, f: number): Record<(typeof COLUMNS)[number] | 'size', number> {
  const lengths = 8 + 8 * p;
  const fps = lengths + 12 * p;
  const parts = fps + 4 * f;
  return {
    keys: 8,
    lengths,
    paragraphs: lengths + 4 * p,
    fpEnds: lengths + 8 * p,
    fps,
    parts,
    size: parts + p,
  };
}

/** Whether `a` views a buffer in exactly packAnalysis' layout. */
function isPacked(a: ArticleAnalysis, layout: ReturnType<typeof packedLayout>): boolean {
  const { buffer } = a.keys;
  if (buffer.byteLength !== layout.size) return false;
  const p = a.keys.length;
  const f = a.fps.length;
  for (const name of COLUMNS) {
    const column = a[name];
    if (column.buffer !== buffer || column.byteOffset !== layout[name]) return false;
    if (column.length !== (name === 'fps' ? f : p)) return false;
  }
  const header = new Uint32Array(buffer, 0, 2);
  return header[0] === p && header[1] === f;
}

/** Views into a packed analysis (no copy); `bytes` may sit anywhere in a larger buffer. */
export function unpackAnalysis(bytes: Uint8Array): ArticleAnalysis {
  const packed = aligned(bytes);
  const header = new Uint32Array(packed.buffer, packed.byteOffset, 2);
  return viewsOf(packed.buffer, packed.byteOffset, header[0]!, header[1]!);
}

/** Only the key and part columns of a packed analysis: what re-titling after chrome reads. */
export function unpackKeysAndParts(bytes: Uint8Array): { keys: Float64Array; parts: Uint8Array } {
  const packed = aligned(bytes);
  const p = new Uint32Array(packed.buffer, packed.byteOffset, 1)[0]!;
  const f = new Uint32Array(packed.buffer, packed.byteOffset + 4, 1)[0]!;
  const layout = packedLayout(p, f);
  return {
    keys: new Float64Array(packed.buffer, packed.byteOffset + layout.keys, p),
    parts: new Uint8Array(packed.buffer, packed.byteOffset + layout.parts, p),
  };
}

/**
 * Where the keys and lengths of the packed analysis at `byteOffset` (8-byte aligned) sit, for
 * reading a whole folder of analyses in place: `keys` indexes a Float64Array over the buffer,
 * `lengths` the Uint32Array `words` over it. A view per article cost more than the reading.
 */
export function packedKeysAt(words: Uint32Array, byteOffset: number): { count: number; keys: number; lengths: number } {
  const count = words[byteOffset >> 2]!;
  const layout = packedLayout(count, 0);
  return { count, keys: (byteOffset + layout.keys) >> 3, lengths: (byteOffset + layout.lengths) >> 2 };
}

/** Typed views need 8-byte aligned offsets; a copy realigns a slice that is not. */
function aligned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
}

/** The columns of a packed analysis of `p` paragraphs and `f` fingerprints at `byteOffset`. */
function viewsOf(buffer: ArrayBufferLike, byteOffset: number, p: number, f: number): ArticleAnalysis {
  const at = packedLayout(p, f);
  return {
    keys: new Float64Array(buffer, byteOffset + at.keys, p),
    lengths: new Uint32Array(buffer, byteOffset + at.lengths, p),
    paragraphs: new Uint32Array(buffer, byteOffset + at.paragraphs, p),
    fpEnds: new Uint32Array(buffer, byteOffset + at.fpEnds, p),
    fps: new Uint32Array(buffer, byteOffset + at.fps, f),
    parts: new Uint8Array(buffer, byteOffset + at.parts, p),
  };
}

/**
 * The article's fingerprint for ranking: its sorted, distinct winnowed shingles without the
 * paragraphs learned as folder chrome. Most articles hold no chrome: their paragraphs'
 * fingerprints are one run of `fps` already.
 */
export function corpusFingerprint(a: ArticleAnalysis, chrome: KeyLookup): Uint32Array {
  const p = a.keys.length;
  let firstChrome = -1;
  if (chrome.size > 0) {
    for (let k = 0; k < p && firstChrome === -1; k++) if (chrome.has(a.keys[k]!)) firstChrome = k;
  }
  if (firstChrome === -1) {
    const fps = a.fps.slice();
    return fps.subarray(0, sortUnique(fps));
  }
  const fps = new Uint32Array(a.fps.length);
  let at = 0;
  for (let k = 0; k < p; k++) {
    if (k >= firstChrome && chrome.has(a.keys[k]!)) continue;
    for (let e = k === 0 ? 0 : a.fpEnds[k - 1]!, end = a.fpEnds[k]!; e < end; e++) fps[at++] = a.fps[e]!;
  }
  return fps.subarray(0, sortUnique(fps, at));
}
