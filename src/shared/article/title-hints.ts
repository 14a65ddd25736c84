/**
 * What a title repair needs of an article, without its text: for each of its first compared
 * paragraphs, the title it would give (a headline-like heading's text, a lead or body
 * paragraph's first sentence). A corpus learns folder chrome only after every file is read;
 * with these hints it can re-title summaries the way applyRepeatedChrome re-titles articles
 * (withTitleRepaired) without reading the files again.
 */
import { isComparedPart, type CleanedArticle, type ParagraphPart } from './article';
import { firstSentence, isHeadlineLike } from './text-shape';

/** Hints cover this many compared paragraphs; a repair needing more reads the article. */
export const TITLE_HINT_PARAGRAPHS = 6;

export function titleHintsOf(article: CleanedArticle): string[] {
  const hints: string[] = [];
  for (const p of article.paragraphs) {
    if (!isComparedPart(p.part)) continue;
    if (hints.length === TITLE_HINT_PARAGRAPHS) break;
    if (p.part === 'heading') hints.push(isHeadlineLike(p.text) ? p.text : '');
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
  const after = parts.map((part, k) => (chrome[k] ? 'boilerplate' : part));
  if (!chrome.some(Boolean) || after.includes('title')) return title;
  const isText = (part: string) => part === 'lead' || part === 'body';
  const firstText = after.findIndex(isText);
  const hint = (k: number) => (k < hints.length ? hints[k]! : null);
  if (!parts.includes('title')) {
    const oldFirst = parts.findIndex(isText);
    const stale = oldFirst >= 0 && chrome[oldFirst] === true;
    return stale && firstText >= 0 ? hint(firstText) : title;
  }
  const limit = firstText === -1 ? after.length : firstText;
  for (let k = 0; k < limit; k++) {
    if (after[k] !== 'heading') continue;
    const text = hint(k);
    if (text === null) return null;
    if (text !== '') return text;
  }
  return firstText >= 0 ? hint(firstText) : title;
}
