/**
 * Gives every paragraph its part: title, lead, body, heading, caption, credit or
 * boilerplate. Only title/lead/heading/body are compared; the rest stays visible but set
 * apart, so a caption or a share button never counts as copied text.
 */
import type { Paragraph, ParagraphPart } from './article';
import { matchBoilerplate, splitInlineWidgets } from './boilerplate-patterns';
import { parseCreditLine, splitTrailingCredit } from './extract-credits';
import { isDateOnly } from './extract-date';
import { isDatelineAlone } from './extract-dateline';
import { isSiteName } from './masthead';
import { agenciesIn } from './news-agencies';
import { endsSentence, hasSeveralWords, isHeadlineLike, isTitleLike, trimmed } from './text-shape';

/** What the source format already tells about a block (Markdown `#`, `>`, HTML `<figcaption>`, …). */
export type BlockKind = 'title' | 'heading' | 'quote' | 'caption' | 'credit' | 'chrome' | 'text';

export interface SourceBlock {
  text: string;
  kind: BlockKind;
}

export interface ClassifiedParagraphs {
  paragraphs: Paragraph[];
  /** Index of the first paragraph of a tail (link list, tags, comments); `paragraphs.length` if none. */
  tailStart: number;
}

const CAPTION_PREFIX =
  /^(?:Bild|Bilder|Foto|Fotos|Photo|Photos|Image|Legende|Bildunterschrift|Caption|Photograph|Photographs)(?:\s+by)?\s*:/i;
/** AP caption convention: "FILE - In this Tuesday, June 12, 2018 file photo, …". */
const FILE_PHOTO = /^FILE(?: PHOTO)?\s*[-–—:]/;
const PHOTOGRAPH_BY = /^Photograph(?:s|ed)? by\b/i;
/** How the three patterns above start (FILE_PHOTO's case aside): one test spares three on most paragraphs. */
const CAPTION_START = /^(?:Bild|Foto|Photo|Image|Legende|Caption|FILE)/i;
/** CAPTION_START's first letters, lower-cased (`| 32`): a look at one character spares the pattern. */
const CAPTION_INITIALS = [...'bfpilc'].map((c) => c.charCodeAt(0));
const PHOTO_PAREN = /\(Photos?\b/i;
const TRAILING_PHOTO_PAREN = /\([^()]{0,160}\b(?:Photo|Foto|Images?|Pool|Bild)\b[^()]{0,160}\)\.?$/i;
/** "… in der Schweiz. Foto: AP/Alexander Zemlianichenko": a credit after the last sentence. */
const TRAILING_CREDIT =
  /(?:^|[.!?"“”»)]\s+)(?:Foto|Fotos|Bild|Photo|Photograph|Image|Credit)(?:\s+by)?\s*:\s*[^.:!?]{2,100}$/i;
/** Agency photo credits: "REUTERS/Kevin Lamarque", "AP/Evan Vucci". */
const AGENCY_SLASH_CREDIT =
  /\b(?:REUTERS|Reuters|AP|AFP|EPA|dpa|Getty Images|Keystone|KEYSTONE|imago|IMAGO)\s?\/\s?\p{Lu}[^.!?]{0,80}$/u;

/** The photographer, then the agency: "… | Alex Wong/Getty Images". */
const NAME_SLASH_AGENCY = /\/\s?(?:Getty Images|AP|AFP|Reuters|REUTERS|EPA|dpa|Keystone|KEYSTONE|Bloomberg|Pool)$/;
/** "Kremlin Pool Photo via Associated Press/file": a short credit line. */
const PHOTO_VIA = /\b(?:Photo|Foto|Image)s? (?:via|courtesy of)\b/i;

/** A photographer's credit through a picture agency: "Mikhail Metzel TASS via Getty Images". */
const VIA_AGENCY = /\bvia (?:Getty Images|AP|AFP|Reuters|REUTERS|EPA|Bloomberg|Pool|TASS|Sputnik|Shutterstock)$/;

/** A clock time or a numeric US date in a short line: a stamp ("Nation/World 07/15/2018, 11:06am"), not a headline. */
const STAMP = /\d{1,2}:\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/;

/** Photo captions and the credit lines glued to them. */
export function isCaption(text: string): boolean {
  if (text.length > 800) return false;
  if (
    CAPTION_INITIALS.includes(text.charCodeAt(0) | 32) &&
    CAPTION_START.test(text) &&
    (CAPTION_PREFIX.test(text) || FILE_PHOTO.test(text) || PHOTOGRAPH_BY.test(text))
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
  if (parenBeforeP(text) && PHOTO_PAREN.test(text)) return true;
  if (!closes && !credit) return false;
  if (credit && text.length <= 100 && text.includes('via ') && VIA_AGENCY.test(text)) return true;
  // The end patterns read the last 300 characters only; cut them out only for the few that get here.
  const tail = text.slice(-300);
  return (
    (closes && TRAILING_PHOTO_PAREN.test(tail)) ||
    (credit && tail.includes(':') && lastBeforeStop(tail, 58) && TRAILING_CREDIT.test(tail)) || // ":"
    (credit &&
      tail.includes('/') &&
      lastBeforeStop(tail, 47) && // "/"
      (AGENCY_SLASH_CREDIT.test(tail) || NAME_SLASH_AGENCY.test(tail) || (text.length <= 120 && PHOTO_VIA.test(text))))
  );
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

/** Splits widget labels and trailing credits out of blocks, keeping every word. */
function expandBlocks(blocks: readonly SourceBlock[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  for (const block of blocks) {
    if (block.kind === 'chrome' || block.kind === 'credit' || block.kind === 'caption') {
      out.push(block);
      continue;
    }
    // Nearly every block is one piece: no widget, so no arrays to build (see splitInlineWidgets).
    if (!block.text.includes('Box ')) {
      const text = trimmed(block.text);
      if (text) pushPiece(out, text === block.text ? block : { text, kind: block.kind });
      continue;
    }
    for (const piece of splitInlineWidgets(block.text)) {
      if (piece.widget) {
        out.push({ text: piece.text, kind: 'chrome' });
        continue;
      }
      pushPiece(out, { text: piece.text, kind: block.kind });
    }
  }
  return out;
}

/** A piece of a block (the block itself when it is whole), with a credit glued to its end split off. */
function pushPiece(out: SourceBlock[], piece: SourceBlock): void {
  const credit = piece.kind === 'text' ? splitTrailingCredit(piece.text) : null;
  if (credit) {
    out.push({ text: credit.body, kind: piece.kind });
    out.push({ text: credit.credit, kind: 'credit' });
  } else out.push(piece);
}

/**
 * `site`: the key of the site the text comes from (siteKeyOf("bostonglobe.com")), when known;
 * a line that only names it ("The Boston Globe") is the page's masthead, not the title.
 */
export function classifyParagraphs(blocks: readonly SourceBlock[], site: string | null = null): ClassifiedParagraphs {
  const classified = classifyWithTail(blocks, true, site);
  // A page's end that holds more text than all before it is no end: the article follows the
  // marker ("Join the Conversation" above the story on some sites). Read again without it.
  return longTail(classified) ? classifyWithTail(blocks, false, site) : classified;
}

/** The part of a headline-like line before any title and text: the title, unless it cannot be one (isTitleLike). */
function firstHeadlinePart(text: string, site: string | null): ParagraphPart {
  if (isSiteName(text, site)) return 'boilerplate';
  return hasSeveralWords(text) ? 'title' : 'heading';
}

/** At least this many characters after a tail marker, and more than before it, make it no tail. */
const LONG_TAIL_CHARS = 2000;

function longTail({ paragraphs, tailStart }: ClassifiedParagraphs): boolean {
  if (tailStart >= paragraphs.length) return false;
  let before = 0;
  let after = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (i < tailStart) before += paragraphs[i]!.text.length;
    else after += paragraphs[i]!.text.length;
  }
  return after >= LONG_TAIL_CHARS && after > before;
}

function classifyWithTail(blocks: readonly SourceBlock[], tails: boolean, site: string | null): ClassifiedParagraphs {
  const paragraphs: Paragraph[] = [];
  let tailStart = -1;
  let hasTitle = false;
  /** The title came from markup (`#`, <h1>): then it is the title whatever follows it. */
  let markedTitle = false;
  let seenBody = false;

  for (const block of expandBlocks(blocks)) {
    const text = block.text;
    if (!text) continue;
    let part: ParagraphPart;
    // Text here is trimmed (expandBlocks), so longer text is no credit line, lone dateline, date or
    // headline: those tests would reject it by its length first; this spares the calls.
    const short = text.length <= 160;
    const chrome = tailStart >= 0 ? 'paragraph' : block.kind === 'chrome' ? 'paragraph' : matchBoilerplate(text);
    if (chrome === 'tail' && seenBody && tails) tailStart = paragraphs.length;
    if (chrome) part = 'boilerplate';
    else if (block.kind === 'credit') part = 'credit';
    else if (block.kind === 'caption') part = 'caption';
    // Credit lines first: "(rt/dpa/reuters/tass)" would otherwise read as a photo credit.
    else if (short && (parseCreditLine(text) !== null || isDatelineAlone(text))) part = 'credit';
    else if (isCaption(text)) part = 'caption';
    else if (short && isDateOnly(text)) part = 'boilerplate';
    else if (block.kind === 'title') part = hasTitle ? 'heading' : 'title';
    else if (block.kind === 'heading') part = 'heading';
    else if (block.kind === 'quote') part = 'lead';
    else if (short && isHeadlineLike(text))
      part = STAMP.test(text) ? 'boilerplate' : hasTitle || seenBody ? 'heading' : firstHeadlinePart(text, site);
    else part = 'body';

    if (part === 'title') {
      hasTitle = true;
      markedTitle = block.kind === 'title';
    }
    if (part === 'body' || part === 'lead') seenBody = true;
    paragraphs.push({ text, part });
  }

  if (!markedTitle) {
    markPhotoCredits(paragraphs);
    titleAfterKicker(paragraphs);
  }
  markLead(paragraphs);
  return { paragraphs, tailStart: tailStart >= 0 ? tailStart : paragraphs.length };
}

/** A name alone: two or three capitalised words ("Evan Vucci", "Jorge Silva"). */
const BARE_NAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,2}$/u;

/**
 * A name alone under a photo caption, with more of the gallery or page chrome after it, is the
 * photographer's credit, not a headline ("Evan Vucci" under an AP photo). What follows tells
 * the two apart: under SRF's caption, "Angespannte Lage" heads the text after it. When the
 * name had taken the title, the next headline before the text takes it.
 */
function markPhotoCredits(paragraphs: Paragraph[]): void {
  let tookTitle = false;
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.part === 'lead' || p.part === 'body') break;
    if ((p.part !== 'title' && p.part !== 'heading') || paragraphs[i - 1]!.part !== 'caption') continue;
    const next = paragraphs[i + 1]?.part;
    if (next !== undefined && next !== 'boilerplate' && next !== 'caption' && next !== 'credit') continue;
    if (p.text.length > 40 || !BARE_NAME.test(p.text)) continue;
    if (p.part === 'title') tookTitle = true;
    p.part = 'caption';
  }
  if (!tookTitle) return;
  const headline = headlineBeforeText(paragraphs);
  if (headline !== -1) paragraphs[headline]!.part = 'title';
}

/** The first heading before the text (lead or body) that can be a title, -1 if none: it takes a title that was lost. */
export function headlineBeforeText(paragraphs: readonly Paragraph[]): number {
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.part === 'lead' || p.part === 'body') return -1;
    if (p.part === 'heading' && isTitleLike(p.text)) return i;
  }
  return -1;
}

/** Words that join a kicker's words ("Gold and Precious Metals") without counting as one. */
const KICKER_JOINERS = new Set(['and', 'und', '&', 'of', 'the', 'der', 'die', 'das']);

/**
 * A section label above the headline ("White House", "Gold and Precious Metals", "Obituaries
 * Front"): a title of three words at most, followed (chrome aside) by a longer headline, which
 * is the title. The label stays a heading, so no word of it is lost.
 */
function titleAfterKicker(paragraphs: Paragraph[]): void {
  const kicker = paragraphs.findIndex((p) => p.part === 'title');
  if (kicker === -1) return;
  let next = kicker + 1;
  while (next < paragraphs.length && paragraphs[next]!.part === 'boilerplate') next++;
  const title = paragraphs[next];
  if (title?.part !== 'heading') return;
  const words = (text: string) => text.split(/\s+/).filter((w) => !KICKER_JOINERS.has(w.toLowerCase())).length;
  const kickerWords = words(paragraphs[kicker]!.text);
  if (kickerWords > 3 || words(title.text) <= kickerWords + 1) return;
  paragraphs[kicker]!.part = 'heading';
  title.part = 'title';
}

/**
 * Without an explicit teaser (`>` lines), the first body paragraph is the lead, as in print:
 * but only when more body follows, so a one-paragraph text stays body.
 */
function markLead(paragraphs: Paragraph[]): void {
  if (paragraphs.some((p) => p.part === 'lead')) return;
  const first = paragraphs.findIndex((p) => p.part === 'body');
  if (first === -1) return;
  const more = paragraphs.some((p, i) => i > first && p.part === 'body');
  if (more) paragraphs[first]!.part = 'lead';
}
