/**
 * Lines that took an article's title from plain text but cannot be its title:
 * - a label above English text: two capitalised words naming an author, a place, a section or
 *   a ticker ("Robert Malley", "Helsinki, Finland", "Bergen County", "US 30-YR"). English
 *   headlines say more ("Trump tweets"); German ones may not ("Angespannte Lage"), so only
 *   English text loses such a title;
 * - a line about something else, above English text: a widget ("Sunday, Jul 15th 2018 5-Day
 *   Forecast", "Media playback is unsupported on your device") or another story's headline.
 *   None of its words comes back in the opening of the text, where a headline's names and
 *   subject are told. A German headline may say something else ("Angespannte Lage" above
 *   "Der Westen sorgt sich"), so German text keeps its title.
 */
import { englishHints } from '../comparison/stop-word-hints';
import type { Paragraph } from './article';

/** Characters of lead and body text a title's words are looked for in. */
const OPENING_CHARS = 2000;

export function isFalseTitle(title: string, paragraphs: readonly Paragraph[]): boolean {
  const opening = openingOf(paragraphs);
  if (opening.length === 0) return false;
  // Most titles share a word at once; the language is looked at only for the few others.
  if (sharesAWord(title, opening)) return title.length <= 40 && LABEL.test(title) && isEnglish(opening);
  return isEnglish(opening);
}

/** The lead and body paragraphs that hold the first OPENING_CHARS characters of the text. */
function openingOf(paragraphs: readonly Paragraph[]): string[] {
  const opening: string[] = [];
  let chars = 0;
  for (const p of paragraphs) {
    if (chars >= OPENING_CHARS) break;
    if (p.part !== 'lead' && p.part !== 'body') continue;
    opening.push(p.text);
    chars += p.text.length;
  }
  return opening;
}

/** Two capitalised words or figures. */
const LABEL = /^[\p{Lu}\d][\p{L}\d'’.-]*,? [\p{Lu}\d][\p{L}\d'’.-]*$/u;
/** The commonest English words, at least this many in the opening's first 1,000 characters: clearly English. */
const ENGLISH_HINTS = 5;

function isEnglish(opening: readonly string[]): boolean {
  return englishHints(opening.join(' ').slice(0, 1000)) >= ENGLISH_HINTS;
}

/** Words of four letters or more that any text has (English and German): sharing them says nothing. */
const COMMON = new Set(
  (
    'that this with from have will what when were been into over after about says said more than they ' +
    'their there which would could should here just like your also only some year years time ' +
    'nach über eine einer einem einen sich auch wird werden sind nicht dass oder aber wenn beim gegen ' +
    'soll will mehr noch schon diese dieser dieses seit sein seine ihre ihren bereits'
  ).split(' '),
);

/**
 * Whether a word of the title (four letters or more, not a common one) starts a word of the
 * opening, in lower case or capitalised as the title has it; a long word by its first five
 * letters, so that "indicted" finds "indictment". Native searches, no lower-cased copy of
 * the text: this runs for every article read.
 */
function sharesAWord(title: string, opening: readonly string[]): boolean {
  for (let start = 0; start < title.length;) {
    let end = start;
    while (end < title.length && isLetter(title.charCodeAt(end))) end++;
    if (end - start >= 4) {
      const lower = title.slice(start, end).toLowerCase();
      if (!COMMON.has(lower)) {
        const key = lower.length >= 6 ? lower.slice(0, 5) : lower;
        const capitalised = key[0]!.toUpperCase() + key.slice(1);
        for (const text of opening) if (startsAWord(text, key) || startsAWord(text, capitalised)) return true;
      }
    }
    start = end + 1;
  }
  return false;
}

function startsAWord(text: string, key: string): boolean {
  for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + 1)) {
    if (at === 0 || !isLetter(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7);
}
