/**
 * Learns site chrome from a folder: a short paragraph that recurs word for word across
 * several articles of one outlet ("Advertisement", "To find out more about Facebook
 * commenting …"), or across a large share of the folder, is the site talking, not the
 * story. Passim likewise ignores reuse within one source.
 *
 * Shared agency copy must survive: long paragraphs are never marked, and a short one that
 * sits between shared long paragraphs (an AP subheading, a one-line quote) is story text.
 */
import type { CleanedArticle, Paragraph } from './article';
import { isComparedPart } from './article';
import { learnRepeatedChrome, type ParagraphKeys } from './learn-repeated-chrome';
import { codeUnits } from '../comparison/tokenize-fast';
import { collapseSpaces, firstSentence, isHeadlineLike } from './text-shape';

/** Lower case, single spaces: what "the same paragraph" means here. */
export function paragraphKey(text: string): string {
  return collapseSpaces(text.toLowerCase());
}

/**
 * A paragraph key as a number: two 32-bit FNV variants folded into 53 bits, so a folder of
 * a hundred thousand articles learns its chrome from numbers (no collision in practice).
 */
export function hashParagraphKey(key: string): number {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0) * 2097152 + ((b >>> 0) & 0x1fffff);
}

/**
 * hashParagraphKey(paragraphKey(text)) and the key's length, without building the key:
 * analysing a folder does this for every paragraph. A caller holding the text's code units
 * (see codeUnits) passes them, with the text at units[at, at + text.length).
 */
export function paragraphKeyHash(
  text: string,
  units: Uint16Array = codeUnits(text),
  at = 0,
): { hash: number; length: number } {
  const end = at + text.length;
  let hash = collapsedKeyHash(units, at, end);
  if (hash === -1 && learnKeyCodes(units, at, end)) hash = collapsedKeyHash(units, at, end);
  if (hash !== -1) return { hash, length: text.length };
  const key = paragraphKey(text);
  return { hash: hashParagraphKey(key), length: key.length };
}

/** Flags in KEY_ENTRIES, above a code unit's 16 bits: a space, and a unit not learned (yet). */
const SPACE_FLAG = 0x10000;
const UNLEARNED_FLAG = 0x20000;
/** Per code unit: its lower case in a key, with flags; learned on first sight. */
const KEY_ENTRIES = new Uint32Array(0x10000).fill(UNLEARNED_FLAG);

/**
 * The key hash of units[start, end) when the text is its own key but for case (the rule for
 * paragraphs: single spaces, none at the ends), else -1 (also when a unit is not learned).
 * Flags are gathered without branches, so the loop runs at the speed of the hashing.
 */
function collapsedKeyHash(units: Uint16Array, start: number, end: number): number {
  const entries = KEY_ENTRIES;
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  // Gathers UNLEARNED_FLAG, and SPACE_FLAG for a space after a space.
  let flags = 0;
  let previous = SPACE_FLAG;
  for (let i = start; i < end; i++) {
    const entry = entries[units[i]!]!;
    flags |= entry & (previous | UNLEARNED_FLAG);
    previous = entry;
    const code = entry & 0xffff;
    // The steps of hashParagraphKey.
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
  }
  // previous started as a space: that catches one at the start, and this one at the end.
  if (((flags | previous) & (SPACE_FLAG | UNLEARNED_FLAG)) !== 0 && end > start) return -1;
  return (a >>> 0) * 2097152 + ((b >>> 0) & 0x1fffff);
}

/** Learns the key entries of units[start, end); false when one needs the text (see paragraphKey). */
function learnKeyCodes(units: Uint16Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = units[i]!;
    if (KEY_ENTRIES[code] !== UNLEARNED_FLAG) continue;
    const lower = String.fromCharCode(code).toLowerCase();
    // Whitespace but a space is collapsed; Σ lower-cases by context (ς at a word's end), İ to
    // two units, and a surrogate is half a character.
    if (lower.length !== 1 || code === 0x3a3 || (code >= 0xd800 && code <= 0xdfff)) return false;
    if (code !== 32 && /\s/.test(lower)) return false;
    KEY_ENTRIES[code] = lower.charCodeAt(0) | (code === 32 ? SPACE_FLAG : 0);
  }
  return true;
}

export function paragraphKeysOf(article: CleanedArticle): ParagraphKeys {
  const keys = article.paragraphs.filter((p) => isComparedPart(p.part)).map((p) => paragraphKeyHash(p.text));
  return { outlet: article.outlet, keys: keys.map((key) => key.hash), lengths: keys.map((key) => key.length) };
}

/** Sets the learned chrome apart in one article (the same object when nothing changes). */
export function applyRepeatedChrome<T extends CleanedArticle>(article: T, chrome: ReadonlySet<number>): T {
  if (chrome.size === 0) return article;
  let changed = false;
  const paragraphs = article.paragraphs.map((p) => {
    if (!isComparedPart(p.part) || !chrome.has(paragraphKeyHash(p.text).hash)) return p;
    changed = true;
    return { ...p, part: 'boilerplate' as const };
  });
  return changed ? withTitleRepaired(article, paragraphs) : article;
}

export function markRepeatedBoilerplate<T extends CleanedArticle>(articles: T[]): T[] {
  const chrome = learnRepeatedChrome(articles.map(paragraphKeysOf));
  if (chrome.size === 0) return articles;
  return articles.map((article) => applyRepeatedChrome(article, chrome));
}

/**
 * When the title or lead paragraph turned out to be chrome, the next headline before the
 * text becomes the title and the next body paragraph the lead.
 */
function withTitleRepaired<T extends CleanedArticle>(article: T, marked: Paragraph[]): T {
  let paragraphs = marked;
  const hadLead = article.paragraphs.some((p) => p.part === 'lead');
  if (hadLead && !paragraphs.some((p) => p.part === 'lead')) {
    const first = paragraphs.findIndex((p) => p.part === 'body');
    if (first >= 0 && paragraphs.some((p, i) => i > first && p.part === 'body')) {
      paragraphs = paragraphs.map((p, i) => (i === first ? { ...p, part: 'lead' as const } : p));
    }
  }
  if (paragraphs.some((p) => p.part === 'title')) return { ...article, paragraphs };
  const hadTitle = article.paragraphs.some((p) => p.part === 'title');
  const firstText = paragraphs.findIndex((p) => p.part === 'lead' || p.part === 'body');
  if (!hadTitle) {
    // The title was derived from the first text paragraph; derive it again if that one is gone.
    const oldFirst = article.paragraphs.findIndex((p) => p.part === 'lead' || p.part === 'body');
    const stale = oldFirst >= 0 && paragraphs[oldFirst]!.part === 'boilerplate';
    return {
      ...article,
      paragraphs,
      title: stale && firstText >= 0 ? firstSentence(paragraphs[firstText]!.text) : article.title,
    };
  }
  const limit = firstText === -1 ? paragraphs.length : firstText;
  const candidate = paragraphs.findIndex((p, i) => i < limit && p.part === 'heading' && isHeadlineLike(p.text));
  if (candidate >= 0) {
    const repaired = paragraphs.map((p, i) => (i === candidate ? { ...p, part: 'title' as const } : p));
    return { ...article, paragraphs: repaired, title: paragraphs[candidate]!.text };
  }
  const title = firstText >= 0 ? firstSentence(paragraphs[firstText]!.text) : article.title;
  return { ...article, paragraphs, title };
}
