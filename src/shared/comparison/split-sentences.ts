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

// Sentence marks, then closing quotes or brackets glued to them.
const TERMINAL = /[.!?…]+["'»«“”‘’›‹)\]]*/g;
const CAN_START = /[\p{Lu}\p{N}„"«»‚'‘“([¿¡‹›]/u;

export const MAX_SENTENCE_LENGTH = 1500;

export function splitSentences(text: string, maxLength = MAX_SENTENCE_LENGTH): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  TERMINAL.lastIndex = 0;
  for (let match = TERMINAL.exec(text); match; match = TERMINAL.exec(text)) {
    const markAt = match.index;
    const end = markAt + match[0].length;
    if (end >= text.length) break;
    if (!/\s/.test(text.charAt(end))) continue;
    const next = skipSpace(text, end);
    if (next >= text.length) break;
    if (!CAN_START.test(text.charAt(next))) continue;
    if (text.charAt(markAt) === '.' && match[0].startsWith('.') && !endsSentence(text, markAt, next)) continue;
    if (end > start) pushCapped(spans, text, start, end, maxLength);
    start = next;
  }
  const last = trimEnd(text, text.length);
  if (last > start) pushCapped(spans, text, start, last, maxLength);
  return spans;
}

/** Decides for a single period at `dot` followed (after space) by a capital at `next`. */
function endsSentence(text: string, dot: number, next: number): boolean {
  if (text.charAt(dot + 1) === '.') return true; // "..." is an ellipsis, not an abbreviation
  let wordStart = dot;
  while (wordStart > 0 && !/\s/.test(text.charAt(wordStart - 1))) wordStart--;
  const word = text.slice(wordStart, dot).replace(/^[("'„“«»‚‘[]+/, '');
  if (word.length === 0) return true;
  // Initials and one-letter abbreviations: "J. R. R. Tolkien", "z. B.", "u. a."
  if (/^\p{L}$/u.test(word)) return false;
  // Dotted abbreviations: "U.S.", "z.B.", "e.g.", "a.m."
  if (/^(\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  if (NUMBER_ABBREVIATIONS.has(lower) && /\d/.test(text.charAt(next))) return false;
  if (/^\d{1,3}$/.test(word)) {
    const nextWord = /^[\p{L}]+/u.exec(text.slice(next, next + 40))?.[0].toLowerCase() ?? '';
    if (MONTHS.has(nextWord) || ORDINAL_NOUNS.has(nextWord)) return false;
  }
  return true;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  return i;
}

function trimEnd(text: string, to: number): number {
  let i = to;
  while (i > 0 && /\s/.test(text.charAt(i - 1))) i--;
  return i;
}

/** Run-on "sentences" (lists, garbage, missing punctuation) are cut at whitespace to keep diffs small. */
function pushCapped(spans: Span[], text: string, start: number, end: number, maxLength: number): void {
  let from = start;
  while (end - from > maxLength) {
    let cut = from + maxLength;
    while (cut > from + maxLength / 2 && !/\s/.test(text.charAt(cut))) cut--;
    if (cut <= from + maxLength / 2) cut = from + maxLength;
    const pieceEnd = trimEnd(text, cut);
    spans.push({ start: from, end: pieceEnd > from ? pieceEnd : cut });
    from = skipSpace(text, cut);
  }
  if (end > from) spans.push({ start: from, end });
}
