/**
 * What setting the folder's chrome apart does to an article's summary, from its analysis
 * alone: the words left, and whether its title may change. The workers that fingerprint the
 * folder work this out for their range while they check each paragraph anyway, so the
 * session only re-titles the few articles whose title paragraph was chrome.
 */
import { COMPARED_PARTS } from '../article/article';
import type { KeyLookup } from '../article/key-set';
import type { ArticleAnalysis } from './article-analysis';

const TITLE = COMPARED_PARTS.indexOf('title');

export interface ChromeEffect {
  /** Words of the compared paragraphs that are not chrome. */
  words: number;
  /** Some paragraph is chrome (else the summary stays exactly as read). */
  held: boolean;
  /**
   * Some paragraph is chrome and no title paragraph is left: the title must be worked out
   * again (repairedTitle). Otherwise it stays as read.
   */
  retitle: boolean;
}

export function chromeEffect(a: ArticleAnalysis, chrome: KeyLookup): ChromeEffect {
  let words = 0;
  let held = false;
  let titleLeft = false;
  for (let k = 0; k < a.keys.length; k++) {
    if (chrome.has(a.keys[k]!)) {
      held = true;
      continue;
    }
    words += a.words[k]!;
    if (a.parts[k] === TITLE) titleLeft = true;
  }
  return { words, held, retitle: held && !titleLeft };
}
