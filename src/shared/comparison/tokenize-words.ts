/**
 * Display-faithful tokens for diffs: words, whitespace runs and single punctuation marks,
 * each with its original text and offsets, so joining the tokens gives back the input.
 * Word boundaries are Intl.Segmenter's, which knows about numbers ("21.30"), contractions
 * ("don’t") and non-Latin scripts; Latin text takes segment-latin.ts, which gives the same
 * tokens many times faster.
 */
import { DEFAULT_COMPARE_OPTIONS } from './comparison-types';
import { matchKey, type FoldOptions } from './match-key';
import { isLatinSafe, segmentLatin } from './segment-latin';
import { englishHints, germanHints } from './stop-word-hints';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Folded form used for matching (see match-key.ts). */
  key: string;
  isWord: boolean;
}

export type SegmentLocale = 'de' | 'en';

/**
 * Node 20's Segmenter gets quadratic on long strings (1 MB takes minutes), so we feed it
 * chunks that end after a whitespace run. Smaller chunks measured faster still; 1,000
 * characters keeps words intact and is well past the knee.
 */
const CHUNK = 1000;

const segmenters = new Map<SegmentLocale, Intl.Segmenter>();

function segmenterFor(locale: SegmentLocale): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** German or English, from stop words in the first few thousand characters. */
export function guessLocale(text: string): SegmentLocale {
  const sample = text.slice(0, 4000);
  return englishHints(sample) > germanHints(sample) ? 'en' : 'de';
}

/** End of the chunk starting at `from`: just after a whitespace run, never inside a word. */
function chunkEnd(text: string, from: number): number {
  const limit = from + CHUNK;
  if (limit >= text.length) return text.length;
  let cut = limit;
  while (cut > from && !isSpace(text.charCodeAt(cut - 1))) cut--;
  if (cut === from) {
    // No whitespace in the window (a URL, a garbage blob): cut hard, but not inside a surrogate pair.
    cut = limit;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut++;
    return cut;
  }
  while (cut < text.length && isSpace(text.charCodeAt(cut))) cut++;
  return cut;
}

function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f || (code >= 0x2000 && code <= 0x200a)
  );
}

export function tokenizeWords(
  text: string,
  options: FoldOptions = DEFAULT_COMPARE_OPTIONS,
  locale?: SegmentLocale,
): Token[] {
  return isLatinSafe(text) ? tokenizeLatin(text, options) : tokenizeSegmented(text, options, locale);
}

/** The Segmenter path, for text that is not Latin-safe (token-list.ts checks that itself). */
export function tokenizeSegmented(text: string, options: FoldOptions, locale?: SegmentLocale): Token[] {
  const segmenter = segmenterFor(locale ?? guessLocale(text));
  const tokens: Token[] = [];
  for (let from = 0; from < text.length;) {
    const to = chunkEnd(text, from);
    for (const segment of segmenter.segment(text.slice(from, to))) {
      const start = from + segment.index;
      const piece = segment.segment;
      const isWord = segment.isWordLike === true;
      const previous = tokens[tokens.length - 1];
      // A whitespace run cut by a hard chunk boundary stays one token.
      if (!isWord && previous && !previous.isWord && previous.key === ' ' && /^\s+$/.test(piece)) {
        previous.text += piece;
        previous.end += piece.length;
        continue;
      }
      tokens.push({ text: piece, start, end: start + piece.length, key: matchKey(piece, options), isWord });
    }
    from = to;
  }
  return tokens;
}

/**
 * The fast path: same tokens as the Segmenter path (whitespace runs already one token). The
 * comparison tokenises Latin text itself (token-list.ts); tests hold it to tokenizeWords.
 */
function tokenizeLatin(text: string, options: FoldOptions): Token[] {
  const tokens: Token[] = [];
  segmentLatin(text, (start, end, isWord) => {
    const piece = text.slice(start, end);
    tokens.push({ text: piece, start, end, key: matchKey(piece, options), isWord });
  });
  return tokens;
}
