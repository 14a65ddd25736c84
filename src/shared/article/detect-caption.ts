/**
 * Photo captions and the photo credits glued to them, told from a paragraph's text alone:
 * "Foto: AP/…", "FILE - In this … file photo", "Saul Loeb | AFP | Getty Images", "(AP Photo/…)".
 */
import { agenciesIn } from './news-agencies';
import { endsSentence } from './text-shape';

const CAPTION_PREFIX =
  /^(?:Bild|Bilder|Foto|Fotos|Photo|Photos|Image|Legende|Bildunterschrift|Caption|Photograph|Photographs)(?:\s+by)?\s*:/i;
/**
 * AP's caption conventions: "FILE - In this Tuesday, June 12, 2018 file photo, …", and "In this
 * Thursday, July 12, 2018 photo, …", "In this July 2017 file photo …", "In this file photo taken
 * on …", "In this photo provided by …". A sentence of the text does not start so.
 */
const AP_CAPTION =
  /^(?:FILE(?: PHOTO)?\s*[-–—:]|In this (?:(?:[A-Z][a-z]+\.?,? )?(?:[A-Z][a-z]+\.? \d{1,2},? )?\d{4},? )?(?:file )?photo(?:graph)?\b(?!-))/;
const PHOTOGRAPH_BY = /^Photograph(?:s|ed)? by\b/i;
/** The BBC's lines around a picture: "Image copyright Getty Images", "Image caption Jeremy Corbyn viewed …". */
const IMAGE_LINE = /^Image (?:copyright|caption) \S/;
/** A video's source under its player: "Media: Euronews". */
const MEDIA_CREDIT = /^Media: [^.!?:]{1,40}$/;
/** How the patterns above start (AP_CAPTION's case aside): one test spares them all on most paragraphs. */
const CAPTION_START = /^(?:Bild|Foto|Photo|Image|Legende|Caption|FILE|Media|In this )/i;
/** CAPTION_START's first letters, lower-cased (`| 32`): a look at one character spares the pattern. */
const CAPTION_INITIALS = [...'bfpilcm'].map((c) => c.charCodeAt(0));
const PHOTO_PAREN = /\(Photos?\b/i;
const TRAILING_PHOTO_PAREN = /\([^()]{0,160}\b(?:Photo|Foto|Images?|Pool|Bild)\b[^()]{0,160}\)\.?$/i;
/**
 * The photographer and a local agency through a wire, in parentheses: a credit line alone, or
 * after the caption: "(Martti Doe/Lehtikuva via AP)", "… (Onni Doe/Lehtikuva via AP)".
 */
const TRAILING_VIA_PAREN = /\([^()/]{2,60}\/[^()]{2,80} via (?:AP|AFP|Reuters|REUTERS|Getty Images|EPA|Pool)\)\.?$/;
/**
 * The button under an opened caption on Hearst's sites, which scrapes keep after its last
 * sentence or credit: "… in the Finnish capital. less", "… (Onni Doe/Lehtikuva via AP) less".
 */
const LESS_BUTTON = /[.)"”] less$/;
/** "… in der Schweiz. Foto: AP/Alexander Zemlianichenko": a credit after the last sentence. */
const TRAILING_CREDIT =
  /(?:^|[.!?"“”»)]\s+)(?:Foto|Fotos|Bild|Photo|Photograph|Image|Credit)(?:\s+by)?\s*:\s*[^.:!?]{2,100}$/i;
/** Agency photo credits: "REUTERS/Kevin Lamarque", "AP/Evan Vucci". */
const AGENCY_SLASH_CREDIT =
  /\b(?:REUTERS|Reuters|AP|AFP|EPA|dpa|Getty Images|Keystone|KEYSTONE|imago|IMAGO)\s?\/\s?\p{Lu}[^.!?]{0,80}$/u;

/** The photographer, then the agency: "… | Alex Wong/Getty Images", "… | Pablo Martinez Monsivais/AP Photo". */
const NAME_SLASH_AGENCY =
  /\/\s?(?:Getty Images|AP(?: Photo)?|AFP|Reuters|REUTERS|EPA|dpa|Keystone|KEYSTONE|Bloomberg|Pool)$/;
/**
 * The photographer and the agency after the last sentence or after the credit, as some sites
 * print them under an AP picture: "… on Sunday. Markus Schreiber AP Photo".
 */
const NAME_THEN_AGENCY =
  /[.!?"”)]\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\s+(?:AP|AFP|Reuters|REUTERS|EPA|TASS|Getty Images)(?:\s+Photo)?$/u;
/** How NAME_THEN_AGENCY ends: one test spares it on most paragraphs that get to it. */
const AGENCY_AT_END = /(?:AP|AFP|Reuters|REUTERS|EPA|TASS|Images|Photo)$/;
/** AP's transmission code, which scrapes keep after the credit: "… (AP Photo/Luca Bruno) ORG XMIT: XLB108". */
const ORG_XMIT = 'ORG XMIT';
/** "Kremlin Pool Photo via Associated Press/file": a short credit line. */
const PHOTO_VIA = /\b(?:Photo|Foto|Image)s? (?:via|courtesy of)\b/i;

/** NPR's caption, which ends in the credit and the button that hides it: "… Chris Doe/Getty Images hide caption". */
const HIDE_CAPTION = ' hide caption';
/** Reuters' note to editors after a handout's credit: "… via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY." */
const ATTENTION_EDITORS = 'ATTENTION EDITORS';
const ATTENTION_EDITORS_REACH = 200;
/** Either wire note (ORG_XMIT, ATTENTION_EDITORS) at the end: the caption is what comes before it. */
const WIRE_NOTE = /\s+(?:ORG XMIT:?\s*\S*|ATTENTION EDITORS\b[^a-z]*)$/;
/** " via " and the longest agency name a credit ends in (VIA_AGENCY, TRAILING_VIA_PAREN), with its ")." */
const VIA_REACH = 22;
/** A caption's last sentence, then the photographers and the agency: "… 2018. Lehtikuva/Antti Doe via REUTERS". */
const SENTENCE_THEN_VIA_AGENCY = /[.!?"”)]\s+[^.!?]{2,80}\/[^.!?]{2,80} via [^.!?]{2,20}$/;
/** The agency after a bar, with or without the photographer: "… in Helsinki. | AP Photo/Markus Doe". */
const BAR_THEN_AGENCY =
  /[.!?"”)]\s*\|\s*(?:AP|AFP|Reuters|REUTERS|EPA|Getty Images)(?: Photo)?(?:\/\s?\p{Lu}[^|.!?/]{1,60})?$/u;
/** A reposting site's note of where it took the picture: "… / AFP | Photo from RT ." */
const PHOTO_FROM_SITE = /\|\s*(?:Photo|Foto|Image|Bild)s?\s+(?:from|courtesy of)\s+[^|.!?]{1,40}?\s*\.?$/i;

/** A photographer's credit through a picture agency: "Mikhail Metzel TASS via Getty Images". */
const VIA_AGENCY = /\bvia (?:Getty Images|AP|AFP|Reuters|REUTERS|EPA|Bloomberg|Pool|TASS|Sputnik|Shutterstock)$/;

/** Photo captions and the credit lines glued to them. */
export function isCaption(text: string): boolean {
  if (text.length > 800) return false;
  if (
    CAPTION_INITIALS.includes(text.charCodeAt(0) | 32) &&
    CAPTION_START.test(text) &&
    (CAPTION_PREFIX.test(text) ||
      AP_CAPTION.test(text) ||
      PHOTOGRAPH_BY.test(text) ||
      IMAGE_LINE.test(text) ||
      MEDIA_CREDIT.test(text))
  ) {
    return true;
  }
  // "Saul Loeb | AFP | Getty Images": a bare photo credit line.
  if (
    text.length <= 100 &&
    (text.includes('|') || text.includes('/')) &&
    !text.startsWith('(') &&
    !endsSentence(text) &&
    agenciesIn(text).length > 0
  ) {
    return true;
  }
  // Each pattern needs a character most paragraphs lack: test for it before the (costly) pattern.
  const last = text.charCodeAt(text.length - 1);
  const closes = last === 41 || (last === 46 && text.charCodeAt(text.length - 2) === 41); // ")" or ")."
  // The two credit patterns end in a name, never in a stop (as most paragraphs do).
  const credit = last !== 46 && last !== 33 && last !== 63; // . ! ?
  if (credit && last === 110 && text.endsWith(HIDE_CAPTION)) return true; // "n"
  if (credit && last === 115 && LESS_BUTTON.test(text.slice(-6))) return true; // "s"
  if (mayEndInWireNote(text, last, credit)) {
    const credited = text.replace(WIRE_NOTE, '');
    if (credited !== text) return isCaption(credited);
  }
  if (parenBeforeP(text) && PHOTO_PAREN.test(text)) return true;
  // A bar near the end: a credit after it (PHOTO_FROM_SITE, BAR_THEN_AGENCY) may end the caption.
  if (text.includes('|', text.length - 100)) {
    const tail = text.slice(-100);
    if (PHOTO_FROM_SITE.test(tail) || (credit && BAR_THEN_AGENCY.test(tail))) return true;
  }
  if (!closes && !credit) return false;
  if (credit && text.length <= 100 && text.includes('via ') && VIA_AGENCY.test(text)) return true;
  // Both forms end the paragraph within a few dozen characters: only that stretch is searched.
  if (credit && text.includes(' via ', text.length - VIA_REACH)) {
    const tail = text.slice(-200);
    if (VIA_AGENCY.test(tail) && SENTENCE_THEN_VIA_AGENCY.test(tail)) return true;
  }
  // The end patterns read the last 300 characters only; cut them out only for the few that get here.
  const tail = text.slice(-300);
  return (
    (closes &&
      (TRAILING_PHOTO_PAREN.test(tail) ||
        (tail.includes(' via ', tail.length - VIA_REACH) && TRAILING_VIA_PAREN.test(tail)))) ||
    (credit && tail.includes(':') && lastBeforeStop(tail, 58) && TRAILING_CREDIT.test(tail)) || // ":"
    (credit &&
      tail.includes('/') &&
      lastBeforeStop(tail, 47) && // "/"
      (AGENCY_SLASH_CREDIT.test(tail) ||
        NAME_SLASH_AGENCY.test(tail) ||
        (text.length <= 120 && PHOTO_VIA.test(text)))) ||
    (credit && AGENCY_AT_END.test(tail) && NAME_THEN_AGENCY.test(tail))
  );
}

/**
 * Whether a wire's note may end the paragraph: AP's transmission code after a credit, or
 * Reuters' note to editors, in capitals, in its last stretch (only that stretch is searched).
 */
function mayEndInWireNote(text: string, last: number, credit: boolean): boolean {
  if (credit && text.includes(ORG_XMIT)) return true;
  const end = last === 46 ? text.charCodeAt(text.length - 2) : last; // before a final "."
  return end >= 65 && end <= 90 && text.includes(ATTENTION_EDITORS, text.length - ATTENTION_EDITORS_REACH);
}

/** True when some "(" is followed by "p" or "P", as in PHOTO_PAREN: native searches, not a scan of every character. */
function parenBeforeP(text: string): boolean {
  for (let i = text.indexOf('('); i !== -1; i = text.indexOf('(', i + 1)) {
    if ((text.charCodeAt(i + 1) | 32) === 112) return true; // "p" or "P"
  }
  return false;
}

/**
 * True when `code` stands after the last . ! or ? of `text`, as the ":" of TRAILING_CREDIT and the
 * "/" of AGENCY_SLASH_CREDIT must: nothing after them may end a sentence.
 */
function lastBeforeStop(text: string, code: number): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === code) return true;
    if (c === 46 || c === 33 || c === 63) return false; // . ! ?
  }
  return false;
}
