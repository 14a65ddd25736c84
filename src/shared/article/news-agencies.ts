/**
 * Names of news and photo agencies as they appear in credits, datelines and captions,
 * mapped to the lower-case short names the article model stores (`dpa`, `afp`, `ap`, …).
 * One table so credit lines, datelines and captions agree on spelling.
 */
import { boundedMemo } from './bounded-memo';

/** Written form (lower case) → normalised name. */
const AGENCY_ALIASES: ReadonlyMap<string, string> = new Map([
  ['dpa', 'dpa'],
  ['afp', 'afp'],
  ['agence france-presse', 'afp'],
  ['agence france presse', 'afp'],
  ['ap', 'ap'],
  ['associated press', 'ap'],
  ['the associated press', 'ap'],
  ['reuters', 'reuters'],
  ['rtr', 'reuters'],
  ['thomson reuters', 'reuters'],
  ['apa', 'apa'],
  ['sda', 'sda'],
  ['keystone', 'keystone'],
  ['keystone-sda', 'keystone-sda'],
  ['kna', 'kna'],
  ['epd', 'epd'],
  ['rnd', 'rnd'],
  ['tass', 'tass'],
  ['ria', 'ria'],
  ['ria novosti', 'ria'],
  ['interfax', 'interfax'],
  ['xinhua', 'xinhua'],
  ['ansa', 'ansa'],
  ['efe', 'efe'],
  ['upi', 'upi'],
  ['bloomberg', 'bloomberg'],
  ['getty', 'getty'],
  ['getty images', 'getty'],
  ['epa', 'epa'],
  ['epa-efe', 'epa'],
  ['imago', 'imago'],
  ['imago images', 'imago'],
  ['picture alliance', 'picture alliance'],
  ['picture-alliance', 'picture alliance'],
  ['ddp', 'ddp'],
  ['anp', 'anp'],
  ['belga', 'belga'],
  ['ctk', 'ctk'],
  ['pap', 'pap'],
  ['rt', 'rt'],
  ['kyodo', 'kyodo'],
  ['yonhap', 'yonhap'],
  ['cnn', 'cnn'],
]);

/** Multi-word names first so a scan prefers "Getty Images" over "Getty". */
const ALIASES_LONGEST_FIRST = [...AGENCY_ALIASES.keys()].sort((a, b) => b.length - a.length);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Alternation of all written forms in lower, UPPER and Capitalised case ("afp", "AFP",
 * "Reuters"), for patterns that must stay case-sensitive elsewhere (a dateline's place name).
 */
export const AGENCY_ALTERNATION = ALIASES_LONGEST_FIRST.flatMap((a) => {
  const capitalised = a.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
  return [...new Set([a, a.toUpperCase(), capitalised])];
})
  .map((a) => escapeRegExp(a).replace(/ /g, '\\s+'))
  .join('|');

/** The normalised name of a written agency name, or null when it is not a known agency. */
export function normaliseAgency(name: string): string | null {
  if (!mayStartAgency(name)) return null;
  // Most calls ask about whole lines: too many letters to be any agency's name.
  if (name.length >= LONGEST_ALIAS_LETTERS + 3 && TOO_MANY_LETTERS.test(name)) return null;
  // mayBeAgency's pattern alone: its first test has just passed.
  if (!MAY_BE_AGENCY.test(name)) return null;
  return normalised(name);
}

/** Credits repeat ("AP", "Reuters" in every caption): the answers are remembered. */
const normalised = boundedMemo(normaliseUncached);

/** False when normaliseAgency(name) is null for sure; whitespace after `name` never makes it false. */
export function mayBeAgency(name: string): boolean {
  return mayStartAgency(name) && MAY_BE_AGENCY.test(name);
}

/**
 * False when normaliseAgency is null for every text starting as `name` does: its first two
 * characters, lower-cased, start no alias and not "by". Two character codes settle most lines,
 * where the patterns below cost a regular expression each. Text starting with a space or with
 * non-ASCII (trimmed, or lower-cased to ASCII as the Kelvin sign is) is left to them.
 */
export function mayStartAgency(name: string): boolean {
  const a = name.charCodeAt(0);
  const b = name.charCodeAt(1);
  if (!(a > 32 && a < 128 && b < 128)) return true; // NaN (a short name) fails too
  return ALIAS_STARTS.has((lowerAscii(a) << 7) | lowerAscii(b));
}

function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** The first two characters of every alias and of "by " (which normalising drops), as two 7-bit codes. */
const ALIAS_STARTS: ReadonlySet<number> = new Set(
  [...AGENCY_ALIASES.keys(), 'by'].map((a) => (a.charCodeAt(0) << 7) | a.charCodeAt(1)),
);

/**
 * What normaliseUncached turns into an alias, for ASCII text: an alias in any case, spaces as any
 * whitespace, after "by " and before trailing stops. Non-ASCII text always passes (the Kelvin sign
 * lower-cases to "k"). Most lines fail on their first letters, sparing the cache and five string steps.
 */
const MAY_BE_AGENCY = new RegExp(
  `^\\s*(?:by\\s+)?(?:${ALIASES_LONGEST_FIRST.map((a) => escapeRegExp(a).replace(/ /g, '\\s+')).join('|')})` +
    `[.:;]*\\s*$|[^\\x00-\\x7f]`,
  'i',
);

/** Letters and digits of the longest alias; a name with more (beyond "by ") cannot be one. */
const LONGEST_ALIAS_LETTERS = Math.max(
  ...[...AGENCY_ALIASES.keys()].map((a) => a.replace(/[^\p{L}\p{N}]/gu, '').length),
);

/** Characters normalising may drop from a name: whitespace and ASCII punctuation. */
const DROPPABLE = '\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\s';
/** More kept characters (letters, digits, symbols) than any alias has: each round skips droppable ones, then takes one. */
const TOO_MANY_LETTERS = new RegExp(`^(?:[${DROPPABLE}]*[^${DROPPABLE}]){${LONGEST_ALIAS_LETTERS + 3}}`);

function normaliseUncached(name: string): string | null {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^by /, '')
    .replace(/[.:;]+$/, '');
  return AGENCY_ALIASES.get(key) ?? null;
}

/**
 * Known agencies mentioned in a short credit fragment such as "AP/Alexander Zemlianichenko",
 * "Brendan Smialowski / AFP / Getty" or "RND/dpa". Splits on the usual separators and keeps
 * only pieces that are agencies, so photographers' names never become credits.
 */
const FRAGMENT_SEPARATORS = /\s*[/,;|]\s*|\s+(?:and|und|for|für)\s+/i;
const BRACKETS_AROUND = /^[([\s]+|[)\]\s]+$/g;
const PHOTO_SUFFIX = /\s+(photo|foto|images?)$/i;

export function agenciesIn(fragment: string): string[] {
  const found: string[] = [];
  for (const piece of fragment.split(FRAGMENT_SEPARATORS)) {
    const name = normaliseAgency(piece.replace(BRACKETS_AROUND, '').replace(PHOTO_SUFFIX, ''));
    if (name && !found.includes(name)) found.push(name);
  }
  return found;
}
