/**
 * Small questions about the shape of a line or paragraph that several cleaning steps ask.
 * All constant-time or one linear pass; no regex here can backtrack badly.
 */

/** Ends with . ! ? or : (optionally followed by closing quotes/brackets). "…" does not: dumps use it for cut-off text. */
const SENTENCE_END = /[.!?:]["'“”„»«’)\]]*$/;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** Single spaces, no leading/trailing space. */
export function collapseSpaces(text: string): string {
  // Most lines are clean already; checking is far cheaper than replacing (it was a fifth of cleaning).
  return isCollapsed(text) ? text : text.replace(/\s+/g, ' ').trim();
}

/** True when `text` has no whitespace but single spaces between non-space characters. */
function isCollapsed(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 32) return false;
    } else if (code < 32 || (code >= 0x7f && isOtherSpace(code))) return false;
  }
  return true;
}

/** What /\s/ matches besides the ASCII space and controls (conservatively: 0x7f–0xa0 too). */
function isOtherSpace(code: number): boolean {
  return (
    code <= 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
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

/**
 * A line that reads like a headline: short, a handful of words, not ending in a full stop
 * (titles may end in ? or !). Used for titles and subheadings.
 */
export function isHeadlineLike(text: string, maxLength = 160): boolean {
  if (text.length === 0 || text.length > maxLength) return false;
  if (/[.:;,]["'“”»«’)]*$/.test(text)) return false;
  const words = wordCount(text);
  if (words > 24) return false;
  // Needs at least one letter; "30 Dec 2021" and "___" are not headings.
  return /\p{L}{2}/u.test(text);
}

/**
 * First sentence of a paragraph, cut at a word boundary when long; for titles derived from
 * text. A stop after a capital ("U.S.") is an abbreviation, not a sentence end.
 */
export function firstSentence(text: string, maxLength = 140): string {
  const m = /^.{10,}?[\p{Ll}\p{N}"”“»)][.!?](?=\s+["„“»«]?\p{Lu}|$)/su.exec(
    text.length > 2000 ? text.slice(0, 2000) : text,
  );
  const sentence = m ? m[0] : text;
  if (sentence.length <= maxLength) return sentence;
  const cut = sentence.lastIndexOf(' ', maxLength);
  return `${sentence.slice(0, cut > maxLength / 2 ? cut : maxLength)}…`;
}
