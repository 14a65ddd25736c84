/**
 * What a corpus keeps of an article once it has been read: for each compared paragraph its
 * key hash and length (to learn folder chrome), word and shingle counts, and its winnowed
 * shingle fingerprints. Per paragraph, so that chrome learned across the whole folder can be
 * left out later without the text. Packed into one buffer: it crosses threads and the cache.
 */
import { COMPARED_PARTS, isComparedPart, type Article, type ParagraphPart } from '../article/article';
import { hashParagraphKey, paragraphKey } from '../article/mark-repeated-boilerplate';
import { collectShingles, sortUnique } from './paragraph-shingles';
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
  words: Uint32Array;
  /** Distinct shingles of the paragraph. */
  shingles: Uint32Array;
  /** Index into Article.paragraphs. */
  paragraphs: Uint32Array;
  /** Index into COMPARED_PARTS. */
  parts: Uint8Array;
  /** Paragraph k's fingerprints are fps[fpEnds[k - 1] ?? 0 … fpEnds[k]), sorted, distinct. */
  fpEnds: Uint32Array;
  fps: Uint32Array;
}

/** Reused buffers: shingles of the paragraph at hand, its winnowed selection, the article's fps. */
let shingleBuffer: Uint32Array = new Uint32Array(1024);
let winnowBuffer: Uint32Array = new Uint32Array(1024);
let fpBuffer: Uint32Array = new Uint32Array(4096);

export function analyseArticle(article: Article, window = WINNOW_WINDOW): ArticleAnalysis {
  const compared: number[] = [];
  article.paragraphs.forEach((p, i) => {
    if (isComparedPart(p.part)) compared.push(i);
  });
  const count = compared.length;
  const analysis: ArticleAnalysis = {
    keys: new Float64Array(count),
    lengths: new Uint32Array(count),
    words: new Uint32Array(count),
    shingles: new Uint32Array(count),
    paragraphs: Uint32Array.from(compared),
    parts: new Uint8Array(count),
    fpEnds: new Uint32Array(count),
    fps: new Uint32Array(0),
  };
  let fpCount = 0;
  compared.forEach((index, k) => {
    const paragraph = article.paragraphs[index]!;
    const key = paragraphKey(paragraph.text);
    analysis.keys[k] = hashParagraphKey(key);
    analysis.lengths[k] = key.length;
    analysis.parts[k] = COMPARED_PARTS.indexOf(paragraph.part);
    const collected = collectShingles(paragraph.text, shingleBuffer);
    shingleBuffer = collected.shingles;
    const n = collected.count;
    analysis.words[k] = collected.words;
    // Winnow first: it needs the shingles in text order, sorting comes after.
    let selected = 0;
    if (window > 1) {
      if (winnowBuffer.length < n) winnowBuffer = new Uint32Array(n * 2);
      winnow(shingleBuffer, n, window, (hash) => (winnowBuffer[selected++] = hash));
    }
    const distinct = sortUnique(shingleBuffer, n);
    analysis.shingles[k] = distinct;
    // A window of 1 keeps every shingle: the sorted, distinct shingles are the selection.
    const source = window > 1 ? winnowBuffer : shingleBuffer;
    const kept = window > 1 ? sortUnique(winnowBuffer, selected) : distinct;
    if (fpBuffer.length < fpCount + kept) fpBuffer = grow(fpBuffer, (fpCount + kept) * 2);
    fpBuffer.set(source.subarray(0, kept), fpCount);
    fpCount += kept;
    analysis.fpEnds[k] = fpCount;
  });
  analysis.fps = fpBuffer.slice(0, fpCount);
  return analysis;
}

function grow(array: Uint32Array, size: number): Uint32Array {
  const grown = new Uint32Array(size);
  grown.set(array);
  return grown;
}

export function partOf(analysis: ArticleAnalysis, k: number): ParagraphPart {
  return COMPARED_PARTS[analysis.parts[k]!]!;
}

/** One buffer: [paragraphs, fps] header, then keys (f64), the u32 columns, fps and parts. */
export function packAnalysis(a: ArticleAnalysis): Uint8Array {
  const p = a.keys.length;
  const f = a.fps.length;
  const buffer = new ArrayBuffer(8 + 8 * p + 4 * (5 * p + f) + p);
  const header = new Uint32Array(buffer, 0, 2);
  header[0] = p;
  header[1] = f;
  new Float64Array(buffer, 8, p).set(a.keys);
  const columns = new Uint32Array(buffer, 8 + 8 * p, 5 * p + f);
  [a.lengths, a.words, a.shingles, a.paragraphs, a.fpEnds].forEach((column, i) => columns.set(column, i * p));
  columns.set(a.fps, 5 * p);
  new Uint8Array(buffer, 8 + 8 * p + 4 * (5 * p + f), p).set(a.parts);
  return new Uint8Array(buffer);
}

/** Views into a packed analysis (no copy); `bytes` may sit anywhere in a larger buffer. */
export function unpackAnalysis(bytes: Uint8Array): ArticleAnalysis {
  // Typed views need aligned offsets; a copy realigns a slice that is not.
  const packed = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const { buffer, byteOffset } = packed;
  const [p, f] = new Uint32Array(buffer, byteOffset, 2) as unknown as [number, number];
  const base = byteOffset + 8 + 8 * p;
  const column = (i: number, length = p) => new Uint32Array(buffer, base + 4 * i * p, length);
  return {
    keys: new Float64Array(buffer, byteOffset + 8, p),
    lengths: column(0),
    words: column(1),
    shingles: column(2),
    paragraphs: column(3),
    fpEnds: column(4),
    fps: column(5, f),
    parts: new Uint8Array(buffer, base + 4 * (5 * p + f), p),
  };
}

/** The article's fingerprint for ranking, without the paragraphs learned as folder chrome. */
export interface CorpusFingerprint {
  /** Sorted, distinct winnowed shingles. */
  fps: Uint32Array;
  shingles: number;
  words: number;
}

export function corpusFingerprint(a: ArticleAnalysis, chrome: ReadonlySet<number>): CorpusFingerprint {
  let words = 0;
  let shingles = 0;
  let kept = 0;
  const take = new Uint8Array(a.keys.length);
  for (let k = 0; k < a.keys.length; k++) {
    if (chrome.has(a.keys[k]!)) continue;
    take[k] = 1;
    words += a.words[k]!;
    shingles += a.shingles[k]!;
    kept += a.fpEnds[k]! - (k === 0 ? 0 : a.fpEnds[k - 1]!);
  }
  const fps = new Uint32Array(kept);
  let at = 0;
  for (let k = 0; k < a.keys.length; k++) {
    if (!take[k]) continue;
    const paragraphFps = a.fps.subarray(k === 0 ? 0 : a.fpEnds[k - 1]!, a.fpEnds[k]!);
    fps.set(paragraphFps, at);
    at += paragraphFps.length;
  }
  return { fps: fps.subarray(0, sortUnique(fps)), shingles, words };
}
