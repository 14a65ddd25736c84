/**
 * Small questions about the shape of a line or paragraph that several cleaning steps ask.
 * All constant-time or one linear pass; no regex here can backtrack badly.
 */
import { periodEndsSentence, skipSpace } from '../comparison/split-sentences';

/** Character codes of the stops and closing marks that endsSentence and isHeadlineLike look for at the end. */
const codesOf = (chars: string): number[] => [...chars].map((c) => c.charCodeAt(0));
const SENTENCE_STOPS = codesOf('.!?:');
const SENTENCE_CLOSERS = codesOf('"\'“”„»«’)]');
const HEADLINE_STOPS = codesOf('.:;,');
const HEADLINE_CLOSERS = codesOf('"\'“”»«’)');

/** Ends with . ! ? or : (optionally followed by closing quotes/brackets). "…" does not: dumps use it for cut-off text. */
export function endsSentence(text: string): boolean {
  return endsWithBefore(text, SENTENCE_STOPS, SENTENCE_CLOSERS);
}

/**
 * True when `text` ends with one of `stops`, then any of `closers` (none of which is a stop):
 * /[stops][closers]*$/ read from the end. A regex anchored at the end would try every position.
 */
function endsWithBefore(text: string, stops: readonly number[], closers: readonly number[]): boolean {
  let i = text.length - 1;
  while (i >= 0 && closers.includes(text.charCodeAt(i))) i--;
  return i >= 0 && stops.includes(text.charCodeAt(i));
}

/**
 * Whitespace that collapsing would change: any but a plain space, two spaces, a space at either end.
 * One compiled test is several times faster than a loop over the characters in V8.
 */
const NOT_COLLAPSED = /[^\S ]| (?: |$)|^ /;

/**
 * The whitespace runs that are not a single space already: replacing only these gives what
 * replacing every run would, with a replacement per odd run instead of one per word.
 */
const ODD_RUN = /\s\s+|[^\S ]/g;

/** Single spaces, no leading/trailing space. */
export function collapseSpaces(text: string): string {
  // Most lines are clean already; checking is far cheaper than replacing (it was a fifth of cleaning).
  return NOT_COLLAPSED.test(text) ? text.replace(ODD_RUN, ' ').trim() : text;
}

/** `text.trim()`, without the call for text (nearly all) that starts and ends with a visible character. */
export function trimmed(text: string): string {
  const last = text.length - 1;
  return last >= 0 && surelyVisible(text.charCodeAt(0)) && surelyVisible(text.charCodeAt(last)) ? text : text.trim();
}

/** Not whitespace to trim(): above the ASCII space and below U+1680, except the no-break space. */
function surelyVisible(code: number): boolean {
  return code > 32 && code !== 0xa0 && code < 0x1680;
}

export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The first whitespace-delimited token. */
export function firstWord(text: string): string {
  const t = text.trimStart();
  const i = t.search(/\s/);
  return i === -1 ? t : t.slice(0, i);
}

/** At least 25 words as wordCount counts them: runs of characters above the ASCII space. */
// eslint-disable-next-line no-control-regex -- "space" is every code up to U+0020, as in wordCount
const MANY_WORDS = /^[\x00-\x20]*(?:[^\x00-\x20]+[\x00-\x20]+){24}[^\x00-\x20]/;

/**
 * A line that reads like a headline: short, a handful of words, not ending in a full stop
 * (titles may end in ? or !). Used for titles and subheadings.
 */
export function isHeadlineLike(text: string, maxLength = 160): boolean {
  if (text.length === 0 || text.length > maxLength) return false;
  if (endsWithBefore(text, HEADLINE_STOPS, HEADLINE_CLOSERS)) return false;
  // More than 24 words take at least 49 characters; MANY_WORDS counts them without a loop in JS.
  if (text.length > 48 && MANY_WORDS.test(text)) return false;
  // Needs at least one letter; "30 Dec 2021" and "___" are not headings.
  return TWO_LETTERS.test(text);
}

const TWO_LETTERS = /\p{L}{2}/u;

/**
 * A headline that can be an article's title when no markup names one: a single word is a
 * section label or a kicker ("Politics", "EDITION", "Ukraine-Krise"), and the title follows it.
 */
export function isTitleLike(text: string): boolean {
  return isHeadlineLike(text) && hasSeveralWords(text);
}

/** More than one word: a space between two of them. */
export function hasSeveralWords(text: string): boolean {
  return text.trim().includes(' ');
}

/**
 * First sentence of a paragraph, cut at a word boundary when long; for titles derived from
 * text. A stop after a capital ("U.S.") or after an abbreviation ("Sen.", "Dr.") is no
 * sentence end.
 */
export function firstSentence(text: string, maxLength = 140): string {
  const head = text.length > 2000 ? text.slice(0, 2000) : text;
  const end = firstSentenceEnd(head);
  const sentence = end === -1 ? text : head.slice(0, end);
  if (sentence.length <= maxLength) return sentence;
  const cut = sentence.lastIndexOf(' ', maxLength);
  return `${sentence.slice(0, cut > maxLength / 2 ? cut : maxLength)}…`;
}

/** What may stand before a sentence's stop, and what must follow it (or the end of the text). */
const BEFORE_STOP = /[\p{Ll}\p{N}"”“»)]/uy;
const AFTER_STOP = /\s+["„“»«]?\p{Lu}/uy;
const STOPS = /[.!?]/g;

/**
 * Where the first sentence ends (after its stop), or -1: the match of
 * /^.{10,}?[\p{Ll}\p{N}"”“»)][.!?](?=\s+["„“»«]?\p{Lu}|$)/su. That pattern tried its classes at
 * every character (a seventh of cleaning); this looks only at the stops, in code points as it did.
 */
function firstSentenceEnd(text: string): number {
  // A native search finds the stops far faster than a loop over the characters.
  STOPS.lastIndex = 11;
  while (STOPS.test(text)) {
    const i = STOPS.lastIndex - 1;
    if (i + 1 < text.length) {
      AFTER_STOP.lastIndex = i + 1;
      if (!AFTER_STOP.test(text)) continue;
    }
    // The character before the stop, a surrogate pair being one character.
    const pair = isLowSurrogate(text.charCodeAt(i - 1)) && isHighSurrogate(text.charCodeAt(i - 2));
    const before = pair ? i - 2 : i - 1;
    BEFORE_STOP.lastIndex = before;
    if (!BEFORE_STOP.test(text) || !atLeastCodePoints(text, before, 10)) continue;
    // "Virginia Democratic Sen. Mark Warner said …": a period after an abbreviation goes on.
    if (text.charCodeAt(i) === 46 && i + 1 < text.length && !periodEndsSentence(text, i, skipSpace(text, i + 1)))
      continue;
    return i + 1;
  }
  return -1;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether `text` holds at least `n` code points before `end`. */
function atLeastCodePoints(text: string, end: number, n: number): boolean {
  if (end >= 2 * n) return true;
  let count = 0;
  for (let i = 0; i < end; i++) {
    count++;
    if (isHighSurrogate(text.charCodeAt(i)) && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1))) i++;
  }
  return count >= n;
}

/** The word around `at`, at most 20 characters past it: what a warning quotes so the reader recognises the place. */
export function wordAround(text: string, at: number): string {
  const start = Math.max(0, text.lastIndexOf(' ', at) + 1);
  const space = text.indexOf(' ', at);
  return text.slice(start, space === -1 ? Math.min(text.length, at + 20) : Math.min(space, at + 20));
}
