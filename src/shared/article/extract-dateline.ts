/**
 * The dateline that opens agency copy: "Washington afp | …" (taz), "Washington – …",
 * "HELSINKI (AP) - …", "Berlin (dpa) – …", "Washington (CNN)". The place is metadata; the
 * agency is a credit. The paragraph text stays as written, except taz's "afp |" frame
 * marker, which becomes the usual "(afp) –" so the words are kept and read naturally.
 */
import { AGENCY_ALTERNATION, normaliseAgency } from './news-agencies';

export interface Dateline {
  place: string;
  agencies: string[];
  /** The paragraph with the dateline frame marker normalised. */
  text: string;
  /** True when the paragraph is nothing but the dateline ("Washington (CNN)"). */
  alone: boolean;
  /** Length of the dateline at the start of `text`, separator included. */
  length: number;
}

const WORD = "\\p{Lu}[\\p{L}.'’/-]*";
/** One to four capitalised words, optionally ", Region": "TURNBERRY/GLASGOW, Scotland". */
const PLACE = `${WORD}(?: ${WORD}){0,3}(?:, ${WORD}(?: ${WORD}){0,2})?`;
/** Without an agency a dateline is riskier to guess, so only short, hyphen-free place names. */
const PLAIN_WORD = "\\p{Lu}[\\p{L}.'’/]*";
const PLAIN_PLACE = `${PLAIN_WORD}(?: ${PLAIN_WORD})?(?:, ${PLAIN_WORD}(?: ${PLAIN_WORD})?)?`;
const AGENCIES = `(?:${AGENCY_ALTERNATION})(?:\\s*[/,]\\s*(?:${AGENCY_ALTERNATION}))*`;

const PARENTHESISED = new RegExp(`^(${PLACE}) \\((${AGENCIES})\\)(?:\\s*[-–—]\\s+|\\s*:\\s+|\\s*$)`, 'u');
const TAZ_MARKER = new RegExp(`^(${PLACE}) (${AGENCIES}) \\| ?`, 'u');
const DASH_ONLY = new RegExp(`^(${PLAIN_PLACE}) [–—-] (?=\\S)`, 'u');

/** Sentence openers that look like a capitalised place but are not ("Die Regierung – …"). */
const NOT_PLACES = new Set(
  (
    'Der Die Das Den Dem Des Ein Eine Einer Eines Einem Einen The A An In Im Am An Auf Aus Bei Mit Nach Von Vor Zu Zum Zur Für Und Aber Doch ' +
    'Es Er Sie Wir Ich Ihr Man Dies Diese Dieser Dieses Das Als Wie Wenn Auch Nur Noch Schon So Da Dort Hier Heute Gestern Morgen ' +
    'This That These Those It He She They We I You But And Or So Mr Mrs Ms Dr Prof Herr Frau Update Fazit Kommentar Analyse'
  ).split(' '),
);

function splitAgencies(list: string): string[] {
  return list
    .split(/\s*[/,]\s*/)
    .map((a) => normaliseAgency(a))
    .filter((a): a is string => a !== null);
}

/** True when the paragraph is nothing but a dateline ("Washington (CNN)"): `extractDateline(text)?.alone`. */
export function isDatelineAlone(text: string): boolean {
  // Alone, the dateline is the whole paragraph, within the first 160 characters, and ends in the
  // agency's ")" (perhaps with a dash or colon after it) or in taz's "|": most paragraphs do not.
  const t = text.trimEnd();
  if (t.length > HEAD || !ALONE_ENDS.includes(t.charCodeAt(t.length - 1))) return false;
  return extractDateline(text)?.alone === true;
}

const STARTS_UPPER = /^\p{Lu}/u;
/** How much of a paragraph's start extractDateline reads. */
const HEAD = 160;
/** The last character of a paragraph that is only a dateline: `) - – — : |`. */
const ALONE_ENDS = [...')-–—:|'].map((c) => c.charCodeAt(0));

export function extractDateline(text: string): Dateline | null {
  const head = text.slice(0, HEAD);
  // Every form starts with a capital and needs " (", "|" or a spaced dash: most paragraphs
  // have none of them, and these regular expressions are the costliest of cleaning.
  const first = head.charCodeAt(0);
  if (first < 65 || (first > 90 && first < 0xc0) || !STARTS_UPPER.test(head)) return null;
  const parenthesis = head.includes(' (');
  const bar = head.includes('|');
  const dash = / [–—-] /.test(head);
  if (!parenthesis && !bar && !dash) return null;
  let m = parenthesis ? PARENTHESISED.exec(head) : null;
  if (m && NOT_PLACES.has(m[1]!.split(/[ ,]/)[0]!)) m = null;
  if (m) {
    return {
      place: m[1]!,
      agencies: splitAgencies(m[2]!),
      text,
      alone: m[0].length >= text.trimEnd().length,
      length: m[0].length,
    };
  }
  m = bar ? TAZ_MARKER.exec(head) : null;
  if (m && NOT_PLACES.has(m[1]!.split(/[ ,]/)[0]!)) m = null;
  if (m) {
    const rest = text.slice(m[0].length).trimStart();
    const prefix = rest ? `${m[1]} (${m[2]}) – ` : `${m[1]} (${m[2]})`;
    return {
      place: m[1]!,
      agencies: splitAgencies(m[2]!),
      text: prefix + rest,
      alone: rest === '',
      length: prefix.length,
    };
  }
  m = dash ? DASH_ONLY.exec(head) : null;
  if (m) {
    const first = m[1]!.split(/[ ,]/)[0]!;
    if (NOT_PLACES.has(first)) return null;
    return { place: m[1]!, agencies: [], text, alone: false, length: m[0].length };
  }
  return null;
}
