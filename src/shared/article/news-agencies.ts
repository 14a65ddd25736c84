/**
 * Names of news and photo agencies as they appear in credits, datelines and captions,
 * mapped to the lower-case short names the article model stores (`dpa`, `afp`, `ap`, …).
 * One table so credit lines, datelines and captions agree on spelling.
 */

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
  // Most calls ask about whole lines: too many letters to be any agency's name.
  if (lettersAtLeast(name, LONGEST_ALIAS_LETTERS + 3)) return null;
  // Credits repeat ("AP", "Reuters" in every caption): remember the answers.
  let known = normalised.get(name);
  if (known === undefined) {
    known = normaliseUncached(name);
    if (normalised.size >= 10_000) normalised.clear();
    normalised.set(name, known);
  }
  return known;
}

const normalised = new Map<string, string | null>();

/** Letters and digits of the longest alias; a name with more (beyond "by ") cannot be one. */
const LONGEST_ALIAS_LETTERS = Math.max(
  ...[...AGENCY_ALIASES.keys()].map((a) => a.replace(/[^\p{L}\p{N}]/gu, '').length),
);

/** True when `text` has at least `count` characters that normalising keeps (letters, digits, symbols). */
function lettersAtLeast(text: string, count: number): boolean {
  if (text.length < count) return false;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Whitespace and ASCII punctuation may vanish in normalising; anything else stays in the key.
    const ascii = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if ((ascii || (code > 0x7f && !/\s/.test(text.charAt(i)))) && ++letters >= count) return true;
  }
  return false;
}

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
export function agenciesIn(fragment: string): string[] {
  const found: string[] = [];
  for (const piece of fragment.split(/\s*[/,;|]\s*|\s+(?:and|und|for|für)\s+/i)) {
    const name = normaliseAgency(piece.replace(/^[([\s]+|[)\]\s]+$/g, '').replace(/\s+(photo|foto|images?)$/i, ''));
    if (name && !found.includes(name)) found.push(name);
  }
  return found;
}
