/**
 * What a title repair needs of an article, without its text: for each of its first compared
 * paragraphs, the title it would give (a headline-like heading's text, a lead or body
 * paragraph's first sentence). A corpus learns folder chrome only after every file is read;
 * with these hints it can re-title summaries the way applyRepeatedChrome re-titles articles
 * (withTitleRepaired) without reading the files again.
 */
import { isComparedPart, type CleanedArticle, type ParagraphPart } from './article';
import { firstSentence, isTitleLike } from './text-shape';

/** Hints cover this many compared paragraphs; a repair needing more reads the article. */
export const TITLE_HINT_PARAGRAPHS = 6;

export function titleHintsOf(article: CleanedArticle): string[] {
  const hints: string[] = [];
  for (const p of article.paragraphs) {
    if (!isComparedPart(p.part)) continue;
    if (hints.length === TITLE_HINT_PARAGRAPHS) break;
    if (p.part === 'heading') hints.push(isTitleLike(p.text) ? p.text : '');
    else if (p.part === 'lead' || p.part === 'body') hints.push(firstSentence(p.text));
    else hints.push('');
  }
  return hints;
}

/**
 * The title after chrome is set apart, by the rules of withTitleRepaired: `parts` and
 * `chrome` describe the compared paragraphs in order. Null when the hints do not reach far
 * enough (then the article itself must be repaired).
 */
export function repairedTitle(
  title: string,
  parts: readonly ParagraphPart[],
  chrome: readonly boolean[],
  hints: readonly string[],
): string | null {
  // Plain loops: a folder re-titles thousands of summaries at once.
  let marked = false;
  let hadTitle = false;
  /** The first text paragraph, and the first one chrome left. */
  let oldFirst = -1;
  let firstText = -1;
  for (let k = 0; k < parts.length; k++) {
    const isChrome = chrome[k] === true;
    if (isChrome) marked = true;
    if (parts[k] === 'title') {
      if (!isChrome) return title; // a title paragraph stays
      hadTitle = true;
    } else if (parts[k] === 'lead' || parts[k] === 'body') {
      if (oldFirst === -1) oldFirst = k;
      if (firstText === -1 && !isChrome) firstText = k;
    }
  }
  if (!marked) return title;
  if (!hadTitle) {
    const stale = oldFirst >= 0 && chrome[oldFirst] === true;
    return stale && firstText >= 0 ? hintAt(hints, firstText) : title;
  }
  const limit = firstText === -1 ? parts.length : firstText;
  for (let k = 0; k < limit; k++) {
    if (chrome[k] === true || parts[k] !== 'heading') continue;
    const text = hintAt(hints, k);
    if (text === null) return null;
    if (text !== '') return text;
  }
  return firstText >= 0 ? hintAt(hints, firstText) : title;
}

function hintAt(hints: readonly string[], k: number): string | null {
  return k < hints.length ? hints[k]! : null;
}
