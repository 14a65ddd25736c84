/**
 * An article's full fingerprint: the set of hashed 3-word shingles of its compared
 * paragraphs. The exhaustive prefilter of small sets counts shared shingles on it; large
 * corpora keep the winnowed, per-paragraph form of article-analysis.ts instead.
 */
import { isComparedPart, type Article } from '../article/article';
import { sortUnique } from '../comparison/sort-unique';
import { forEachShingle } from './paragraph-shingles';

export { SHINGLE_WORDS } from './paragraph-shingles';

export interface ArticleFingerprint {
  id: string;
  /** Sorted, duplicate-free 32-bit shingle hashes. */
  shingles: Uint32Array;
  /** Words of the compared parts. */
  words: number;
}

export function fingerprintArticle(article: Article): ArticleFingerprint {
  const hashes: number[] = [];
  let words = 0;
  for (const paragraph of article.paragraphs) {
    if (isComparedPart(paragraph.part)) words += forEachShingle(paragraph.text, (hash) => hashes.push(hash));
  }
  const shingles = Uint32Array.from(hashes);
  return { id: article.id, shingles: shingles.slice(0, sortUnique(shingles)), words };
}
