/**
 * How much of each side went into the other: words in linked passages, split into words
 * kept verbatim, changed only cosmetically, and rewritten (deleted/inserted inside a linked
 * passage). Counts only compared parts; a word counts once, at the best level any link gives it.
 */
import { isComparedPart, type Article } from '../article/article';
import type { PassageLink, SideStats } from './comparison-types';
import type { PreparedArticle } from './prepare-article';
import type { SentenceLink } from './align-sentences';
import { scanWords } from './tokenize-fast';

const REWRITTEN = 1;
const COSMETIC = 2;
const VERBATIM = 3;

export type Side = 'left' | 'right';

export function reuseStats(article: Article, links: readonly PassageLink[], side: Side): SideStats {
  const levels = new Map<number, Uint8Array>();
  for (const link of links) {
    const passage = link[side];
    let marks = levels.get(passage.paragraph);
    if (!marks)
      levels.set(passage.paragraph, (marks = new Uint8Array(article.paragraphs[passage.paragraph]!.text.length)));
    let at = passage.start;
    for (const part of link.diff) {
      const own = side === 'left' ? part.op !== 'insert' : part.op !== 'delete';
      if (!own) continue;
      const text = side === 'right' && part.op === 'cosmetic' ? (part.rightText ?? '') : part.text;
      const level = part.op === 'equal' ? VERBATIM : part.op === 'cosmetic' ? COSMETIC : REWRITTEN;
      // Verbatim is the highest level: a fill, where the commonest part needs no comparisons.
      if (level === VERBATIM) marks.fill(VERBATIM, at, at + text.length);
      else for (let i = at; i < at + text.length; i++) if (marks[i]! < level) marks[i] = level;
      at += text.length;
    }
  }
  const counts = [0, 0, 0, 0];
  let words = 0;
  article.paragraphs.forEach((paragraph, p) => {
    if (!isComparedPart(paragraph.part)) return;
    const marks = levels.get(p);
    scanWords(paragraph.text, (start, end) => {
      words++;
      if (!marks) return;
      let level = 0;
      for (let i = start; i < end; i++) level = Math.max(level, marks[i]!);
      counts[level]!++;
    });
  });
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
