/**
 * Agency credits: standalone credit lines ("(AFP)", "(rt/dpa/reuters/tass)",
 * "(Reuters, APA, red, 29.12.2021)", "By Reuters"), credits trailing the last paragraph,
 * and agencies named in photo captions ("Foto: AP/…", "… Keystone", "(AP Photo/…)").
 */
import { findDate } from './extract-date';
import { agenciesIn, mayBeAgency, mayStartAgency, normaliseAgency } from './news-agencies';
import { endsSentence, trimmed, wordCount } from './text-shape';

/** Items of a parenthesised credit list, dates dropped: "Reuters, APA, red, 29.12.2021" → [Reuters, APA, red]. */
function creditItems(inner: string): string[] | null {
  const items = inner
    .split(/\s*[/,;]\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const names: string[] = [];
  for (const item of items) {
    const date = findDate(item);
    if (date && date.length >= item.length - 1) continue;
    if (item.length > 30 || wordCount(item) > 3) return null;
    names.push(item);
  }
  return names.length > 0 ? names : null;
}

/** Lower-case editorial codes next to agencies: "red" (Redaktion), "ag", "sda". */
const SHORT_CODE = /^\p{Ll}{2,5}$/u;

/** Agencies and editorial codes, normalised; people's names ("Sean Gallup") are not credits. */
function normaliseItems(items: string[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    const name = normaliseAgency(item) ?? (SHORT_CODE.test(item) ? item : null);
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

/** Credits of a parenthesised list, or null when it is not a credit ("(OSZE)" is not). */
function parenthesisedCredit(inner: string, requireAgency: boolean): string[] | null {
  const items = creditItems(inner);
  if (!items) return null;
  const known = items.filter((i) => normaliseAgency(i) !== null).length;
  if (known === 0 && (requireAgency || !items.every((i) => SHORT_CODE.test(i)))) return null;
  return normaliseItems(items);
}

/** "(Reuters, APA, red, 29.12.2021)": a whole parenthesised credit list. */
const PARENTHESISED = /^\(([^()]{1,100})\)\.?$/;
const LIST_SEPARATOR = /[/,]/;
const LIST_SEPARATORS = /\s*[/,]\s*/;
const BYLINE = /^(?:By|Authored by|Von|Quelle|Source|Credit|Credits|Mit Material von|Material)\s*:?\s+(.{1,100})$/iu;
/** "The Associated Press | Monday, July 16, 2018": an agency, then a separator and a stamp. */
const AGENCY_THEN_STAMP = /^([^|–—·]{2,40}?)\s*[|–—·]\s/u;
/** What AGENCY_THEN_STAMP needs; testing for it first spares the lazy pattern on most lines. */
const STAMP_SEPARATOR = /[|–—·]/;
/** BYLINE's first letters, lower-cased (`| 32`), and the long s that Unicode case folding makes an "s". */
const BYLINE_INITIALS = [...'bavqscm'].map((c) => c.charCodeAt(0));

function mayStartByline(code: number): boolean {
  return BYLINE_INITIALS.includes(code | 32) || code === 0x17f; // "ſ"
}

/** "Justin Caruso | Senior Media Reporter": a person's name, then their job at the paper. */
const NAME_THEN_ROLE =
  /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3} \| (?:\p{L}+ ){0,3}(?:Reporter|Writer|Editor|Correspondent|Columnist|Contributor|Producer)$/u;

/** The jobs a writer holds at an agency… */
const ROLES = ['Writer', 'Reporter', 'Correspondent', 'Editor'];
/** …after the agency's name: "AP Diplomatic Writer". */
const AGENCY_ROLE = new RegExp(`(?<=\\S) (?:\\p{L}+ ){0,3}(?:${ROLES.join('|')})$`, 'u');
/** What may stand before the people of a credit: "By", "Pool photo by". */
const PEOPLE_PREFIX = /^(?:By|Von|(?:Pool )?[Pp]hotos? by)\s+/;
/** What may follow the agency: a bullet, or a stamp cut off by the scrape (" | on"). */
const AGENCY_END = /\s*(?:[•·]|\|.*)$/u;

/**
 * "Jamey Keaten, Associated Press", "Pablo Martinez Monsivais, AP": people, a comma, then
 * their agency, as bylines and photo credits give them without "By". The people must read as
 * names, so "Sanctions hit hard, Reuters" is no credit.
 */
function peopleThenAgency(t: string): string[] | null {
  const comma = t.lastIndexOf(',');
  if (comma < 2 || t.length - comma > 50) return null;
  const agency = normaliseAgency(withoutRole(withoutAgencyEnd(t.slice(comma + 1))));
  // A colon labels a caption ("Bild: Zwei Präsidenten, AP"), never a person.
  const people = t.slice(0, comma).replace(PEOPLE_PREFIX, '');
  if (!agency || people.includes(':') || !isNameList(people)) return null;
  // A partner agency may stand among the people: "By JEREMY DIAMOND, CNN, AP".
  const names = agenciesIn(people);
  addNew(names, [agency]);
  return names;
}

/** The text without AGENCY_END; most have none, and two searches spare the pattern's try at every position. */
function withoutAgencyEnd(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return text.includes('|') || last === 0x2022 || last === 0xb7 ? text.replace(AGENCY_END, '') : text;
}

/** The text without AGENCY_ROLE, which only a text ending in a job word can match. */
function withoutRole(text: string): string {
  return ROLES.some((role) => text.endsWith(role)) ? text.replace(AGENCY_ROLE, '') : text;
}

/** "By Monday, the troops …" starts like a byline but is a sentence. */
const NOT_A_NAME =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|This|That|Then|Now|Late|Early|Mid|Noon|Midnight)\b/;

/** Words that join the names of a byline: "By Mark Landler and Julie Hirschfeld Davis New York Times". */
const NAME_JOINERS = new Set(['and', 'und', '&', 'of', 'the', 'for', 'via', 'de', 'von', 'van', 'der']);

/** Several authors and their paper: up to 16 words, each capitalised or a joiner. */
function isNameList(text: string): boolean {
  const words = text.split(/[\s,]+/).filter(Boolean);
  return words.length <= 16 && words.every((w) => NAME_JOINERS.has(w) || /^\p{Lu}/u.test(w));
}

/**
 * A paragraph that is only a credit → the credited names (possibly empty for a byline of a
 * person, "By Jane Doe"), or null when the paragraph is not a credit line.
 */
export function parseCreditLine(text: string): string[] | null {
  const t = trimmed(text);
  if (t.length > 120) return null;
  const paren = t.charCodeAt(0) === 40 ? PARENTHESISED.exec(t) : null; // "("
  if (paren) return parenthesisedCredit(paren[1]!, false);
  // The line, its first piece or the text before a stamp is an agency: all start as the line does.
  const agency = mayStartAgency(t) ? agencyCredit(t) : null;
  if (agency) return agency;
  if (t.includes(' | ') && NAME_THEN_ROLE.test(t)) return [];
  const people = t.includes(',') ? peopleThenAgency(t) : null;
  if (people) return people;
  const by = mayStartByline(t.charCodeAt(0)) ? BYLINE.exec(t) : null;
  if (by) {
    const rest = by[1]!;
    const agencies = agenciesIn(rest.split(/\s+[-–—|]\s+/)[0]!);
    if (agencies.length > 0) return agencies;
    // A person's byline: capitalised name, not a sentence (or a stamp with a date or time).
    const stamp = findDate(rest) !== null || /\d:\d\d/.test(rest);
    if (
      /^(?:Authored )?By\s/i.test(t) &&
      /^\p{Lu}/u.test(rest) &&
      !NOT_A_NAME.test(rest) &&
      (stamp || (!endsSentence(rest) && (wordCount(rest) <= 6 || isNameList(rest))))
    ) {
      return [];
    }
  }
  return null;
}

/** "Reuters", "RND/dpa", "AFP, dpa", "The Associated Press | Monday, …": an agency credit line. */
function agencyCredit(t: string): string[] | null {
  const known = normaliseAgency(t);
  if (known) return [known];
  // "RND/dpa", "AFP, dpa": nothing but agencies. Without a separator there is one piece, and the
  // text before the first one (the first piece and the spaces after it) must be an agency.
  const separator = t.search(LIST_SEPARATOR);
  const pieces = separator > 0 && mayBeAgency(t.slice(0, separator)) ? t.split(LIST_SEPARATORS) : null;
  if (pieces && pieces.length > 1 && pieces.every((p) => normaliseAgency(p) !== null)) return normaliseItems(pieces);
  const stamped = STAMP_SEPARATOR.test(t) ? AGENCY_THEN_STAMP.exec(t) : null;
  const stampAgency = stamped ? normaliseAgency(stamped[1]!) : null;
  return stampAgency ? [stampAgency] : null;
}

/**
 * A credit glued to the end of the last paragraph: "… beraten wollen. (Reuters, APA, red,
 * 29.12.2021)" → body and credit. Needs a known agency, so "(OSZE)" at a sentence end stays.
 */
export function splitTrailingCredit(text: string): { body: string; credit: string; names: string[] } | null {
  // Text ending in a visible character other than ")" or ")." (nearly all) needs no trimming to rule out.
  const end = text.length - 1;
  const last = text.charCodeAt(end);
  if (last > 32 && last < 127 && last !== 41 && (last !== 46 || text.charCodeAt(end - 1) !== 41)) return null;
  const t = text.trimEnd();
  if (!t.endsWith(')') && !t.endsWith(').')) return null;
  const open = t.lastIndexOf('(');
  if (open <= 0) return null;
  const body = t.slice(0, open).trimEnd();
  const inner = PARENTHESISED.exec(t.slice(open));
  if (!inner || !endsSentence(body)) return null;
  const names = parenthesisedCredit(inner[1]!, true);
  return names ? { body, credit: t.slice(open), names } : null;
}

/** Words that introduce a photo credit inside a caption. */
const CREDIT_KEYWORD =
  /(?:Foto|Fotos|Bild|Photo|Photos|Photograph|Image|Credit|Quelle)(?:\s+by)?\s*:?\s+([^:]{1,120})$/iu;

const CAPTION_PAREN = /\(([^()]{1,120})\)\.?$/;
const AFTER_LAST_SENTENCE = /[.!?"“”»]\s+([^.!?]{1,80})$/u;

/** Agencies credited in a caption, never photographers' names. */
export function captionCredits(text: string): string[] {
  const found: string[] = [];
  const tail = text.slice(-200);
  const keyword = CREDIT_KEYWORD.exec(tail);
  if (keyword) addNew(found, agenciesIn(keyword[1]!));
  const paren = CAPTION_PAREN.exec(tail);
  if (paren) addNew(found, agenciesIn(paren[1]!));
  // "… getroffen. Keystone", "… Helsinki. REUTERS/Kevin Lamarque"
  const last = AFTER_LAST_SENTENCE.exec(tail);
  if (last) addNew(found, agenciesIn(last[1]!));
  return found;
}

/** Adds the names not in `list` yet, in order (credits name an agency once). */
export function addNew(list: string[], names: readonly string[]): void {
  for (const n of names) if (!list.includes(n)) list.push(n);
}
