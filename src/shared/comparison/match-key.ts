/**
 * Match keys: the folded form of a token that the engine compares. Display text is never
 * altered; two tokens whose keys are equal but whose text differs are a *cosmetic* change.
 * Each fold is switchable through CompareOptions so a user can see, say, ß/ss as an edit.
 */
import type { CompareOptions } from './comparison-types';
import { regionalCanonical } from './regional-variants';

export type FoldOptions = Pick<
  CompareOptions,
  'foldCase' | 'foldEszett' | 'foldQuotes' | 'foldDashes' | 'foldRegional'
>;
export type CompactOptions = Pick<CompareOptions, 'foldCompounds' | 'ignorePunctuation'>;

// Invisible or width-only characters that cleaning may leave inside words.
const INVISIBLE = /\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/g;
// NBSP, figure/narrow/thin spaces and the like: typographic spaces, not content.
const ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const DASH = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g;
// Double and single typographic quotes, guillemets, primes and the ASCII ones: one key.
const QUOTE = /[\u0022\u0027\u0060\u00AB\u00B4\u00BB\u2018-\u201F\u2032\u2033\u2039\u203A\u300C\u300D\uFF02]/g;
const WHITESPACE_RUN = /^\s+$/;
// Fast exit: plain ASCII letters and digits need only the case fold.
const PLAIN = /^[A-Za-z0-9]*$/;

/** The fold setting as one small number: caches of keys are kept per setting. */
export function foldSettingOf(options: FoldOptions): number {
  return (
    (options.foldCase ? 1 : 0) |
    (options.foldEszett ? 2 : 0) |
    (options.foldQuotes ? 4 : 0) |
    (options.foldDashes ? 8 : 0) |
    (options.foldRegional ? 16 : 0)
  );
}

export function matchKey(text: string, options: FoldOptions): string {
  if (WHITESPACE_RUN.test(text)) return ' ';
  if (PLAIN.test(text)) {
    const key = options.foldCase ? text.toLowerCase() : text;
    return options.foldRegional ? foldRegional(key) : key;
  }
  // Canonically equal forms (precomposed vs combining umlauts) are never a real change.
  let key = text.normalize('NFC');
  if (options.foldDashes) key = key.replace(INVISIBLE, '').replace(ODD_SPACE, ' ').replace(DASH, '-');
  if (options.foldQuotes) key = key.replace(QUOTE, '"');
  if (options.foldCase) key = key.toLowerCase();
  if (options.foldEszett) key = key.replace(/ß/g, 'ss').replace(/ẞ/g, 'SS');
  if (options.foldRegional) key = foldRegional(key);
  return key;
}

function foldRegional(key: string): string {
  const lower = key.toLowerCase();
  const canonical = regionalCanonical(lower);
  if (canonical === lower) return key;
  if (key === lower) return canonical;
  // Case folding is off: keep the capital so that "Jänner" still differs from "januar".
  return canonical.charAt(0).toUpperCase() + canonical.slice(1);
}

const COMPOUND_GLUE = /[\s\-\u00AD]+/g;
const PUNCTUATION = /\p{P}+/gu;

/**
 * The key of a run of tokens with compound glue (spaces, hyphens) removed and, when asked,
 * punctuation too. Two change runs with equal compact keys differ only cosmetically:
 * "Separatisten-Gebieten" / "Separatistengebieten", "bereit erklärt" / "bereiterklärt".
 */
export function compactKey(key: string, options: CompactOptions): string {
  let compact = key;
  if (options.ignorePunctuation) compact = compact.replace(PUNCTUATION, '');
  // Most keys are plain words: a test is cheaper than a replace that finds nothing.
  if (options.foldCompounds && HAS_GLUE.test(compact)) compact = compact.replace(COMPOUND_GLUE, '');
  return compact;
}

const HAS_GLUE = /[\s\-\u00AD]/;
