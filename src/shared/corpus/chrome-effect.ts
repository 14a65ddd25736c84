/**
 * What setting the folder's chrome apart does to an article's summary, from its analysis
 * alone: whether its title may change. The workers that fingerprint the
 * folder work this out for their range while they check each paragraph anyway, so the
 * session only re-titles the few articles whose title (or, without one, whose first text
 * paragraph) was chrome.
 */
import { COMPARED_PARTS } from '../article/article';
import type { KeyLookup } from '../article/key-set';
import type { ArticleAnalysis } from './article-analysis';

const TITLE = COMPARED_PARTS.indexOf('title');
const LEAD = COMPARED_PARTS.indexOf('lead');
const BODY = COMPARED_PARTS.indexOf('body');

export interface ChromeEffect {
  /** Some paragraph is chrome (else the summary stays exactly as read). */
  held: boolean;
  /**
   * The title must be worked out again (repairedTitle): chrome took every title paragraph,
   * or, in an article without one, its first text paragraph (which the title came from).
   * Otherwise it stays as read.
   */
  retitle: boolean;
}

export function chromeEffect(a: ArticleAnalysis, chrome: KeyLookup): ChromeEffect {
  let held = false;
  let hadTitle = false;
  let titleLeft = false;
  /** The first lead or body paragraph: -1 before it, then 1 when it is chrome, else 0. */
  let firstTextChrome = -1;
  for (let k = 0; k < a.keys.length; k++) {
    const part = a.parts[k];
    const isChrome = chrome.has(a.keys[k]!);
    if (part === TITLE) hadTitle = true;
    else if (firstTextChrome === -1 && (part === LEAD || part === BODY)) firstTextChrome = isChrome ? 1 : 0;
    if (isChrome) {
      held = true;
      continue;
    }
    if (part === TITLE) titleLeft = true;
  }
  return { held, retitle: held && (hadTitle ? !titleLeft : firstTextChrome === 1) };
}
