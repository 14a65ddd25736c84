/**
 * A page's masthead: the line that only names the site ("The Boston Globe" on
 * bostonglobe.com). Scraped pages put it above the headline, where it must not become the title.
 */
import { boundedMemo } from './bounded-memo';

/** "bostonglobe.com" → "bostonglobe", "yahoo.com/news" → "yahoo": what a masthead line spells. */
export function siteKeyOf(outlet: string | null): string | null {
  return outlet ? siteKeyMemo(outlet) : null;
}

/** A folder's thousands of articles come from a few sites. */
const siteKeyMemo = boundedMemo((outlet: string): string | null => {
  const key = lettersOf(outlet.split('.')[0]!);
  return key.length >= 3 ? key : null;
});

/** What a masthead may add to the site's name: "Yahoo News", "NYTimes.com". */
const MASTHEAD_SUFFIXES = ['', 'news', 'com', 'online'];

/**
 * "The Boston Globe", "POLITICO", "CBS News" for their sites: letters alike, "The" and a suffix
 * aside. A site may shorten its leading words to initials: "The New York Times" is nytimes,
 * "The Wall Street Journal" wsj.
 */
export function isSiteName(text: string, site: string | null): boolean {
  // Every title before the text comes here: the first letter rules out nearly all at once.
  if (site === null || text.length > 60) return false;
  const first = text.charCodeAt(0) | 32;
  if (first !== site.charCodeAt(0) && first !== 116) return false; // "t" for "The"
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words[0] === 'the' && !site.startsWith('the')) words.shift();
  // Mastheads are a few words; the site's first letter starts them.
  if (words.length > 6 || words[0]?.charCodeAt(0) !== site.charCodeAt(0)) return false;
  for (let initials = 0; initials <= words.length; initials++) {
    const spelled =
      words
        .slice(0, initials)
        .map((w) => w[0])
        .join('') + words.slice(initials).join('');
    if (spelled.startsWith(site) && MASTHEAD_SUFFIXES.includes(spelled.slice(site.length))) return true;
  }
  return false;
}

function lettersOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** " | ", " – ", " — " or " - " between a headline and the site's name. */
const TITLE_SEPARATOR = / [|–—-] /g;

/**
 * A title without the site's name that pages add to it ("… | Miami Herald" on
 * miamiherald.com, "POLITICO – …"): the headline is what other outlets print.
 */
export function titleWithoutMasthead(title: string, site: string | null): string {
  if (site === null) return title;
  const separators = [...title.matchAll(TITLE_SEPARATOR)];
  const last = separators[separators.length - 1];
  const first = separators[0];
  if (!last || !first) return title;
  const head = title.slice(0, last.index).trim();
  if (head && isSiteName(title.slice(last.index + 3).trim(), site)) return head;
  const tail = title.slice(first.index + 3).trim();
  if (tail && isSiteName(title.slice(0, first.index).trim(), site)) return tail;
  return title;
}

/** "Europe |Trump Meets Putin": a short label, then a bar with or without spaces, then the headline. */
const SECTION_LABEL = /^([^|]{1,30}?)\s*\|\s*(.+)$/s;
/** Paragraphs after the title where a page prints the headline again. */
const HEADLINE_REPEAT_WINDOW = 6;

/**
 * The title paragraph's text without a page's section label ("Europe |Trump Meets Putin: …"),
 * when the headline also stands on its own line below: the headline. Only the repeat proves
 * the label: "Analysis | Trump" alone may be a headline.
 */
export function titleWithoutSectionLabel(paragraphs: readonly { text: string }[], titleAt: number): string {
  const title = paragraphs[titleAt]!.text;
  // Nearly every title has no bar where a label ends: one search spares the pattern.
  const bar = title.indexOf('|');
  if (bar < 1 || bar > 32) return title;
  const match = SECTION_LABEL.exec(title);
  if (!match || match[1]!.trim().split(/\s+/).length > 3) return title;
  const headline = match[2]!.trim();
  for (let i = titleAt + 1; i <= titleAt + HEADLINE_REPEAT_WINDOW && i < paragraphs.length; i++) {
    if (paragraphs[i]!.text.trim() === headline) return headline;
  }
  return title;
}
