/**
 * Which outlet published a text: from a site prefix in the title line ("taz.de -- …" →
 * "taz") or from a scraper's file name ("00006_nytimes-com.txt" → "nytimes.com").
 */
import { boundedMemo } from './bounded-memo';

const TLDS = new Set([
  'com',
  'net',
  'org',
  'de',
  'at',
  'ch',
  'uk',
  'co',
  'ru',
  'fr',
  'it',
  'es',
  'nl',
  'be',
  'info',
  'gov',
  'edu',
  'io',
  'tv',
  'eu',
  'us',
  'ca',
  'au',
  'ie',
  'pl',
  'se',
  'no',
  'dk',
  'fi',
  'news',
]);

/** A scraper's file name after its number and separator ("00006_" in "00006_nytimes-com.txt"). */
const SCRAPER_SITE = /^([a-z0-9][a-z0-9-]*)\.[a-z]{2,4}$/i;

/** Outlets by file name without its number: a folder's thousands of files share a few sites. */
const outletOfSiteMemo = boundedMemo(outletOfSite);

/** "nytimes-com" → "nytimes.com", "dailymail-co-uk" → "dailymail.co.uk", "yahoo-com-news" → "yahoo.com/news". */
export function outletFromFileName(fileName: string): string | null {
  // The number is the digits up to the first non-digit, which must be "_" or "-" (/^\d+[_-]/).
  let digits = 0;
  while (isDigit(fileName.charCodeAt(digits))) digits++;
  const separator = fileName.charCodeAt(digits);
  if (digits === 0 || (separator !== 95 && separator !== 45)) return null; // "_" "-"
  return outletOfSiteMemo(fileName.slice(digits + 1));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function outletOfSite(site: string): string | null {
  const m = SCRAPER_SITE.exec(site);
  if (!m) return null;
  const parts = m[1]!.toLowerCase().split('-');
  let end = -1;
  for (let i = 1; i < parts.length; i++) {
    if (TLDS.has(parts[i]!) && parts[i] !== 'news') {
      end = i;
      while (end + 1 < parts.length && TLDS.has(parts[end + 1]!) && parts[end + 1] !== 'news') end++;
      break;
    }
  }
  if (end === -1) return null;
  const domain = parts.slice(0, end + 1).join('.');
  const path = parts.slice(end + 1);
  return path.length > 0 ? `${domain}/${path.join('/')}` : domain;
}

/** A domain opening a title line, with the separator text browsers put after it. */
const SITE_PREFIX = /^((?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}) ?(?:--?|–|—|\||::?|·) ?(?=\S)/iu;

/** "taz.de -- Ukrainekonflikt: …" → site "taz.de", outlet "taz", the title after it. */
export function splitSitePrefix(title: string): { site: string; outlet: string; rest: string } | null {
  const m = SITE_PREFIX.exec(title.slice(0, 200));
  if (!m) return null;
  const site = m[1]!;
  const rest = title.slice(m[0].length).trim();
  if (!rest) return null;
  return { site, outlet: outletNameOfDomain(site), rest };
}

/** "taz.de" → "taz", "www.spiegel.de" → "spiegel", "bbc.co.uk" → "bbc". */
export function outletNameOfDomain(domain: string): string {
  const labels = domain
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  while (labels.length > 1 && TLDS.has(labels[labels.length - 1]!)) labels.pop();
  return labels.join('.');
}
