/**
 * An article's fingerprint for finding candidate pairs in a folder: the set of hashed
 * 3-word shingles of its compared paragraphs. Kept separate from ranking so a later
 * MinHash/LSH step can sketch these sets for very large folders.
 */
import { isComparedPart, type Article } from '../article/article';
import { scanWordHashes } from '../comparison/tokenize-fast';

export const SHINGLE_WORDS = 3;

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
    if (!isComparedPart(paragraph.part)) continue;
    // Shingles stay inside a paragraph: paragraph order is what outlets change most.
    const window: number[] = [];
    scanWordHashes(paragraph.text, (hash) => {
      words++;
      window.push(hash);
      if (window.length > SHINGLE_WORDS) window.shift();
      if (window.length === SHINGLE_WORDS) {
        let shingle = 0x811c9dc5;
        for (const h of window) shingle = Math.imul(shingle ^ h, 0x01000193);
        hashes.push(shingle >>> 0);
      }
    });
    // Paragraphs shorter than a shingle (headings) still count.
    if (window.length > 0 && window.length < SHINGLE_WORDS) {
      let shingle = 0x811c9dc5;
      for (const h of window) shingle = Math.imul(shingle ^ h, 0x01000193);
      hashes.push(shingle >>> 0);
    }
  }
  const shingles = Uint32Array.from(hashes).sort();
  let unique = 0;
  for (let i = 0; i < shingles.length; i++)
    if (i === 0 || shingles[i] !== shingles[unique - 1]) shingles[unique++] = shingles[i]!;
  return { id: article.id, shingles: shingles.slice(0, unique), words };
}
