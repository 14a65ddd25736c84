/**
 * Sentence spans of one paragraph, for German and English news text. A period ends a
 * sentence only when it is followed by whitespace and something that can start a sentence,
 * and the word before it is not an abbreviation ("z. B.", "Dr.", "Nr.", "U.S."), an initial
 * ("J. R. R.") or an ordinal before a month ("10. Januar"). Closing quotes and brackets after
 * the mark stay with the sentence.
 */

export interface Span {
  start: number;
  end: number;
}

/** Lower case, without the final period. Single letters are handled separately. */
const ABBREVIATIONS = new Set(
  [
    // German
    'abb abt allg bzgl bzw ca chr dr dipl ebd evtl frl gegr geb gem ggf hl hrsg inkl insb jh jhd jr lt mi mio mrd od prof rd sog spd str tsd usw vgl vs zit zzgl bspw bzgl erg hr fr hrn mag ing pfr st sen jun',
    // English
    'mr mrs ms messrs gen gov sen rep reps col lt sgt capt cmdr adm maj brig supt det insp rev hon pres sr jr inc corp co ltd ft mt ave blvd dept approx etc cf al',
    // Months, both languages
    'jan feb mär apr jun jul aug sep sept okt oct nov dez dec',
  ]
    .join(' ')
    .split(' '),
);

/** Abbreviations that are also words ("no"): inside a sentence only before a number, "Nr. 5". */
const NUMBER_ABBREVIATIONS = new Set([
  'no',
  'nos',
  'nr',
  'nrn',
  'fig',
  'vol',
  'pp',
  'abs',
  'kap',
  'ziff',
  'tel',
  'art',
  's',
]);

const MONTHS = new Set(
  ['januar jänner februar feber märz april mai juni juli august september oktober november dezember']
    .join(' ')
    .split(' '),
);

/** Words that follow a German ordinal number: "im 20. Jahrhundert", "zum 3. Mal". */
const ORDINAL_NOUNS = new Set(
  [
    'jahrhundert jahrhunderts mal male platz runde spieltag stock lebensjahr geburtstag jahrestag kalenderwoche etappe todestag grad',
  ]
    .join(' ')
    .split(' '),
);

/** . ! ? … */
function isMark(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

/** Closing quotes and brackets that stay with a sentence mark: " ' » « “ ” ‘ ’ › ‹ ) ] */
function isCloser(code: number): boolean {
  return (
    code === 34 ||
    code === 39 ||
    code === 0xbb ||
    code === 0xab ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x203a ||
    code === 0x2039 ||
    code === 41 ||
    code === 93
  );
}

/** What /\s/ matches, by char code: the scanner asks this of most characters around a mark. */
export function isRegExpSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
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

const CAN_START = /[\p{Lu}\p{N}„"«»‚'‘“([¿¡‹›]/u;
/** Opening quotes and brackets before an abbreviation: "(Dr." */
const OPENERS = '("\'„“«»‚‘[';

export const MAX_SENTENCE_LENGTH = 1500;

export function splitSentences(text: string, maxLength = MAX_SENTENCE_LENGTH): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  // Each run of sentence marks with the closing quotes or brackets glued to it. The marks are
  // found with indexOf, one search per kind kept ahead of the scan: a regex match per mark
  // allocated more than the rest of preparing, and a loop over every character was slower.
  let dot = text.indexOf('.');
  let bang = text.indexOf('!');
  let question = text.indexOf('?');
  let ellipsis = text.indexOf('…');
  for (let at = 0; ;) {
    if (dot >= 0 && dot < at) dot = text.indexOf('.', at);
    if (bang >= 0 && bang < at) bang = text.indexOf('!', at);
    if (question >= 0 && question < at) question = text.indexOf('?', at);
    if (ellipsis >= 0 && ellipsis < at) ellipsis = text.indexOf('…', at);
    const markAt = firstOf(firstOf(dot, bang), firstOf(question, ellipsis));
    if (markAt < 0) break;
    let end = markAt + 1;
    while (end < text.length && isMark(text.charCodeAt(end))) end++;
    while (end < text.length && isCloser(text.charCodeAt(end))) end++;
    at = end;
    if (end >= text.length) break;
    if (!isRegExpSpace(text.charCodeAt(end))) continue;
    const next = skipSpace(text, end);
    if (next >= text.length) break;
    if (!CAN_START.test(text.charAt(next))) continue;
    if (text.charCodeAt(markAt) === 46 && !periodEndsSentence(text, markAt, next)) continue;
    if (end > start) pushCapped(spans, text, start, end, maxLength);
    start = next;
  }
  const last = trimEnd(text, text.length);
  if (last > start) pushCapped(spans, text, start, last, maxLength);
  return spans;
}

/** The smaller of two positions, where -1 means none. */
function firstOf(a: number, b: number): number {
  return a < 0 ? b : b < 0 ? a : a < b ? a : b;
}

/**
 * Decides for a single period at `dot` followed (after space) by a capital at `next`: not
 * after an abbreviation ("Sen.", "Dr."), an initial or an ordinal before a month.
 */
export function periodEndsSentence(text: string, dot: number, next: number): boolean {
  if (text.charAt(dot + 1) === '.') return true; // "..." is an ellipsis, not an abbreviation
  let wordStart = dot;
  while (wordStart > 0 && !isRegExpSpace(text.charCodeAt(wordStart - 1))) wordStart--;
  while (wordStart < dot && OPENERS.includes(text.charAt(wordStart))) wordStart++;
  if (wordStart === dot) return true;
  const word = text.slice(wordStart, dot);
  // Initials and one-letter abbreviations: "J. R. R. Tolkien", "z. B.", "u. a." (one letter
  // is two code units at most, so longer words skip the test).
  if (word.length <= 2 && /^\p{L}$/u.test(word)) return false;
  // Dotted abbreviations: "U.S.", "z.B.", "e.g.", "a.m."
  if (word.includes('.') && /^(\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  if (NUMBER_ABBREVIATIONS.has(lower) && /\d/.test(text.charAt(next))) return false;
  if (/^\d{1,3}$/.test(word)) {
    const nextWord = /^[\p{L}]+/u.exec(text.slice(next, next + 40))?.[0].toLowerCase() ?? '';
    if (MONTHS.has(nextWord) || ORDINAL_NOUNS.has(nextWord)) return false;
  }
  return true;
}

/** The first character at or after `from` that is not whitespace (or the text's length). */
export function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isRegExpSpace(text.charCodeAt(i))) i++;
  return i;
}

function trimEnd(text: string, to: number): number {
  let i = to;
  while (i > 0 && isRegExpSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Run-on "sentences" (lists, garbage, missing punctuation) are cut at whitespace to keep diffs small. */
function pushCapped(spans: Span[], text: string, start: number, end: number, maxLength: number): void {
  let from = start;
  while (end - from > maxLength) {
    let cut = from + maxLength;
    while (cut > from + maxLength / 2 && !isRegExpSpace(text.charCodeAt(cut))) cut--;
    if (cut <= from + maxLength / 2) cut = from + maxLength;
    const pieceEnd = trimEnd(text, cut);
    spans.push({ start: from, end: pieceEnd > from ? pieceEnd : cut });
    from = skipSpace(text, cut);
  }
  if (end > from) spans.push({ start: from, end });
}
