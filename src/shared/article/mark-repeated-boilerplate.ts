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
import { headlineBeforeText } from './classify-paragraphs';
import { learnRepeatedChrome, type ParagraphKeys } from './learn-repeated-chrome';
import { codeUnits, collectWordHashes } from '../comparison/tokenize-fast';
import { collapseSpaces, firstSentence } from './text-shape';

/** Lower case, single spaces: the key of a paragraph without words ("***", "–"). */
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

/** Reused: the word hashes of the paragraph at hand. */
let wordBuffer: Uint32Array = new Uint32Array(1024);

/**
 * What "the same paragraph" means here: the same words in the same order, as fingerprints
 * fold them (case, ß/ss, ’/'), whatever the punctuation and spacing ("Advertisement" and
 * "ADVERTISEMENT:" are one). The key is a hash of the word hashes, so analysing a folder gets
 * it from the words it hashes anyway, without a second pass over the text. `length` is the
 * text's. A caller holding the text's code units (see codeUnits) passes them, with the text at
 * units[at, at + text.length).
 */
export function paragraphKeyHash(
  text: string,
  units: Uint16Array = codeUnits(text),
  at = 0,
): { hash: number; length: number } {
  const collected = collectWordHashes(text, wordBuffer, units, at);
  wordBuffer = collected.hashes;
  return { hash: keyOfWords(text, collected.hashes, collected.count), length: text.length };
}

/** The key hash of a paragraph whose `count` word hashes are `hashes` (paragraphKeyHash). */
export function keyOfWords(text: string, hashes: Uint32Array, count: number): number {
  if (count === 0) return hashParagraphKey(paragraphKey(text));
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    const hash = hashes[i]!;
    a = Math.imul(a ^ hash, 0x01000193);
    b = Math.imul(b ^ hash, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0) * 2097152 + ((b >>> 0) & 0x1fffff);
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
  const candidate = headlineBeforeText(paragraphs);
  if (candidate >= 0) {
    const repaired = paragraphs.map((p, i) => (i === candidate ? { ...p, part: 'title' as const } : p));
    return { ...article, paragraphs: repaired, title: paragraphs[candidate]!.text };
  }
  const title = firstText >= 0 ? firstSentence(paragraphs[firstText]!.text) : article.title;
  return { ...article, paragraphs, title };
}
