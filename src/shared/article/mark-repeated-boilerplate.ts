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
import { sortByKey } from '../comparison/sort-by-key';
import { codeUnits } from '../comparison/tokenize-fast';
import { collapseSpaces, firstSentence, isHeadlineLike } from './text-shape';

/** Longest paragraph that can be chrome learned within one outlet. */
const MAX_OUTLET_CHROME = 300;
/** Longest paragraph that can be chrome learned across outlets. */
const MAX_FOLDER_CHROME = 80;
/** Paragraphs at least this long, found in two articles, count as shared story text. */
const MIN_SHARED_STORY = 80;
/** Repeats within one outlet that make a paragraph chrome. */
const MIN_REPEATS = 3;
/** Across outlets: in at least 2 % of the folder, and never fewer than 5 articles (small folders are one story). */
const FOLDER_SHARE = 0.02;
const MIN_FOLDER_REPEATS = 5;

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

/** What chrome learning needs of one article: its compared paragraphs as key hashes and lengths. */
export interface ParagraphKeys {
  outlet: string | null;
  /** Key hashes of the compared paragraphs, in order (paragraphKeyHash). */
  keys: readonly number[] | Float64Array;
  /** Key lengths (characters), same order. */
  lengths: readonly number[] | Uint32Array;
}

export function paragraphKeysOf(article: CleanedArticle): ParagraphKeys {
  const keys = article.paragraphs.filter((p) => isComparedPart(p.part)).map((p) => paragraphKey(p.text));
  return { outlet: article.outlet, keys: keys.map(hashParagraphKey), lengths: keys.map((key) => key.length) };
}

/**
 * Key hashes of the folder's chrome paragraphs: pure, on numbers only. All compared
 * paragraphs of the folder go into typed arrays and are grouped by key with a radix sort:
 * a hundred thousand articles have millions of paragraphs, too many for maps of objects.
 */
export function learnRepeatedChrome(articles: readonly ParagraphKeys[]): Set<number> {
  let total = 0;
  for (const article of articles) total += article.keys.length;
  const keys = new Float64Array(total);
  const lengths = new Uint32Array(total);
  const owner = new Uint32Array(total);
  const before = new Float64Array(total);
  const after = new Float64Array(total);
  let at = 0;
  articles.forEach((article, index) => {
    const from = at;
    // The nearest story-length paragraph on each side, in two linear passes.
    let last = -1;
    for (let i = 0; i < article.keys.length; i++, at++) {
      keys[at] = article.keys[i]!;
      lengths[at] = article.lengths[i]!;
      owner[at] = index;
      before[at] = last;
      if (lengths[at]! >= MIN_SHARED_STORY) last = keys[at]!;
    }
    last = -1;
    for (let k = at - 1; k >= from; k--) {
      after[k] = last;
      if (lengths[k]! >= MIN_SHARED_STORY) last = keys[k]!;
    }
  });
  const order = groupByKey(keys);

  // Each group: one key's paragraphs, in article and paragraph order. An article counts once,
  // with the context of its first paragraph of that key.
  const groups: { key: number; length: number; first: number[] }[] = [];
  const sharedStories = new Set<number>();
  for (let p = 0; p < total;) {
    const start = p;
    const key = keys[order[p]!]!;
    let distinct = 0;
    for (; p < total && keys[order[p]!] === key; p++) {
      if (p === start || owner[order[p]!] !== owner[order[p - 1]!]) distinct++;
    }
    const length = lengths[order[start]!]!;
    if (length >= MIN_SHARED_STORY && distinct >= 2) sharedStories.add(key);
    if (length > MAX_OUTLET_CHROME || distinct < MIN_REPEATS) continue;
    const first: number[] = [];
    for (let q = start; q < p; q++) if (q === start || owner[order[q]!] !== owner[order[q - 1]!]) first.push(order[q]!);
    groups.push({ key, length, first });
  }

  const sharedStory = (key: number) => key !== -1 && sharedStories.has(key);
  const folderRepeats = Math.max(MIN_FOLDER_REPEATS, Math.ceil(articles.length * FOLDER_SHARE));
  const chrome = new Set<number>();
  for (const { key, length, first } of groups) {
    // Story text runs on: a long paragraph next to shared story text, or a short one between two.
    const long = length >= MIN_SHARED_STORY;
    let embedded = 0;
    for (const entry of first) {
      const b = sharedStory(before[entry]!);
      const a = sharedStory(after[entry]!);
      if (long ? b || a : b && a) embedded++;
    }
    if (embedded * 2 >= first.length) continue;
    const perOutlet = new Map<string, number>();
    for (const entry of first) {
      const outlet = articles[owner[entry]!]!.outlet;
      if (outlet) perOutlet.set(outlet, (perOutlet.get(outlet) ?? 0) + 1);
    }
    const outletRepeat = [...perOutlet.values()].some((n) => n >= MIN_REPEATS);
    const folderRepeat = length <= MAX_FOLDER_CHROME && first.length >= folderRepeats;
    if (outletRepeat || folderRepeat) chrome.add(key);
  }
  return chrome;
}

/** Indices of `keys` (53-bit integers) grouped by key, stable: low 32 bits first, then high. */
function groupByKey(keys: Float64Array): Uint32Array {
  const low = new Uint32Array(keys.length);
  const high = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    high[i] = Math.floor(key / 4294967296);
    low[i] = key - high[i]! * 4294967296;
  }
  const byLow = sortByKey(
    low,
    Uint32Array.from({ length: keys.length }, (_, i) => i),
  ).values;
  const highInOrder = Uint32Array.from(byLow, (i) => high[i]!);
  return sortByKey(highInOrder, byLow.slice()).values;
}

/** Sets the learned chrome apart in one article (the same object when nothing changes). */
export function applyRepeatedChrome<T extends CleanedArticle>(article: T, chrome: ReadonlySet<number>): T {
  if (chrome.size === 0) return article;
  let changed = false;
  const paragraphs = article.paragraphs.map((p) => {
    if (!isComparedPart(p.part) || !chrome.has(hashParagraphKey(paragraphKey(p.text)))) return p;
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
