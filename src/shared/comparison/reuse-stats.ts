/**
 * How much of each side went into the other: words in linked passages, split into words
 * kept verbatim, changed only cosmetically, and rewritten (deleted/inserted inside a linked
 * passage). Counts only compared parts; a word counts once, at the best level any link gives it.
 */
import { isComparedPart, type Article } from '../article/article';
import type { PassageLink, SideStats } from './comparison-types';
import type { PreparedArticle } from './prepare-article';
import type { SentenceLink } from './align-sentences';
import { codeUnits, nextWordStartIn, wordEndIn } from './tokenize-fast';

const REWRITTEN = 1;
const COSMETIC = 2;
const VERBATIM = 3;

export type Side = 'left' | 'right';

export function reuseStats(article: Article, links: readonly PassageLink[], side: Side): SideStats {
  // One mark per character of the whole article (paragraph p from offsets[p]), not an array
  // per paragraph: thousands of small arrays cost more than marking.
  const { paragraphs } = article;
  const offsets = new Int32Array(paragraphs.length + 1);
  for (let p = 0; p < paragraphs.length; p++) offsets[p + 1] = offsets[p]! + paragraphs[p]!.text.length;
  const marks = new Uint8Array(offsets[paragraphs.length]!);
  const linked = new Uint8Array(paragraphs.length);
  for (const link of links) {
    const passage = link[side];
    linked[passage.paragraph] = 1;
    let at = offsets[passage.paragraph]! + passage.start;
    // Marks never spill into the next paragraph (a per-paragraph array clipped them).
    const paragraphEnd = offsets[passage.paragraph + 1]!;
    for (const part of link.diff) {
      const own = side === 'left' ? part.op !== 'insert' : part.op !== 'delete';
      if (!own) continue;
      const text = side === 'right' && part.op === 'cosmetic' ? (part.rightText ?? '') : part.text;
      const level = part.op === 'equal' ? VERBATIM : part.op === 'cosmetic' ? COSMETIC : REWRITTEN;
      // Verbatim is the highest level: a fill, where the commonest part needs no comparisons.
      const end = Math.min(at + text.length, paragraphEnd);
      if (level === VERBATIM) marks.fill(VERBATIM, at, end);
      else for (let i = at; i < end; i++) if (marks[i]! < level) marks[i] = level;
      at += text.length;
    }
  }
  const counts = [0, 0, 0, 0];
  let words = 0;
  // The word loop over code units, written out: a callback per word of a megabyte article
  // cost more than the classifying.
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    if (!isComparedPart(paragraph.part)) continue;
    const units = codeUnits(paragraph.text);
    const base = offsets[p]!;
    for (let start = nextWordStartIn(units, 0); start < units.length;) {
      const end = wordEndIn(units, start);
      words++;
      if (linked[p] === 1) {
        let level = 0;
        for (let i = base + start; i < base + end; i++) if (marks[i]! > level) level = marks[i]!;
        counts[level]!++;
      }
      start = nextWordStartIn(units, end);
    }
  }
  const reusedWords = counts[REWRITTEN]! + counts[COSMETIC]! + counts[VERBATIM]!;
  return {
    words,
    reusedWords,
    reuse: words === 0 ? 0 : reusedWords / words,
    verbatim: counts[VERBATIM]!,
    cosmetic: counts[COSMETIC]!,
    rewritten: counts[REWRITTEN]!,
  };
}

/**
 * Share of each side's words that sit in linked sentences, from the alignment alone (no
 * diff): what ranking needs. Equals reuseStats(...).reuse for the same alignment.
 */
export function reuseShares(
  left: PreparedArticle,
  right: PreparedArticle,
  links: readonly SentenceLink[],
): { left: number; right: number } {
  const share = (prepared: PreparedArticle, ids: Iterable<number>) => {
    let reused = 0;
    for (const id of new Set(ids)) reused += prepared.sentences[id]!.words;
    return prepared.words === 0 ? 0 : reused / prepared.words;
  };
  return {
    left: share(
      left,
      links.flatMap((link) => link.left),
    ),
    right: share(
      right,
      links.flatMap((link) => link.right),
    ),
  };
}
