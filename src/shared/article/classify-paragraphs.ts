/**
 * Gives every paragraph its part: title, lead, body, heading, caption, credit or
 * boilerplate. Only title/lead/heading/body are compared; the rest stays visible but set
 * apart, so a caption or a share button never counts as copied text.
 */
import type { Paragraph, ParagraphPart } from './article';
import { matchBoilerplate, splitInlineWidgets } from './boilerplate-patterns';
import { isCaption } from './detect-caption';
import { parseCreditLine, splitTrailingCredit } from './extract-credits';
import { isDateOnly } from './extract-date';
import { isDatelineAlone } from './extract-dateline';
import { isFalseTitle } from './false-title';
import { isSiteName } from './masthead';
import { hasSeveralWords, isHeadlineLike, isTitleLike, trimmed } from './text-shape';

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

/** A clock time or a numeric US date in a short line: a stamp ("Nation/World 07/15/2018, 11:06am"), not a headline. */
const STAMP = /\d{1,2}:\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/;

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

/** A share button's label glued before the text: "Share this article: WASHINGTON (Reuters) - …". */
const LEADING_SHARE_LABEL = /^Share this (?:article|story):\s+(?=\S)/;

/**
 * A piece of a block (the block itself when it is whole), with a share label glued to its
 * start and a credit glued to its end split off.
 */
function pushPiece(out: SourceBlock[], piece: SourceBlock): void {
  if (piece.kind !== 'text') {
    out.push(piece);
    return;
  }
  // "S" first: one look spares the pattern on nearly every piece.
  const label = piece.text.charCodeAt(0) === 83 ? LEADING_SHARE_LABEL.exec(piece.text) : null;
  if (label) out.push({ text: label[0].trim(), kind: 'chrome' });
  const text = label ? piece.text.slice(label[0].length) : piece.text;
  const credit = splitTrailingCredit(text);
  if (credit) {
    out.push({ text: credit.body, kind: piece.kind });
    out.push({ text: credit.credit, kind: 'credit' });
  } else out.push(label ? { text, kind: piece.kind } : piece);
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
  /** Captions and credits: only then can text be a caption (markCaptionText). */
  let credits = 0;

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
    else if (part === 'caption' || part === 'credit') credits++;
    paragraphs.push({ text, part });
  }

  if (!markedTitle) {
    markNameCredits(paragraphs);
    titleAfterKicker(paragraphs);
    demoteFalseTitle(paragraphs);
  }
  if (credits > 0) markCaptionText(paragraphs);
  markLead(paragraphs);
  return { paragraphs, tailStart: tailStart >= 0 ? tailStart : paragraphs.length };
}

/** A name alone: two or three capitalised words ("Evan Vucci", "Jorge Silva"). */
const BARE_NAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,2}$/u;
/** A name in capitals, as agency bylines set it ("JILL COLVIN", "VLADIMIR ISACHENKOV"). */
const CAPS_NAME = /^\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){1,2}$/u;

/**
 * Names alone before the text that credit someone rather than head anything. When a name had
 * taken the title, the next headline before the text takes it.
 */
function markNameCredits(paragraphs: Paragraph[]): void {
  let tookTitle = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.part === 'lead' || p.part === 'body') break;
    if (p.part !== 'title' && p.part !== 'heading') continue;
    const part = nameCreditPart(paragraphs, i);
    if (part === null) continue;
    if (p.part === 'title') tookTitle = true;
    p.part = part;
  }
  if (!tookTitle) return;
  const headline = headlineBeforeText(paragraphs);
  if (headline !== -1) paragraphs[headline]!.part = 'title';
}

/**
 * What the name at `i` is, told by its neighbours:
 * - under a photo caption, with more of the gallery or page chrome after it, the photographer's
 *   credit ("Evan Vucci" under an AP photo); under SRF's caption, "Angespannte Lage" heads the
 *   text that follows it instead;
 * - in capitals above the agency's name or the date, an agency byline ("JILL COLVIN" above "The
 *   Associated Press"); a title-case headline above a date stays one.
 */
function nameCreditPart(paragraphs: readonly Paragraph[], i: number): 'caption' | 'credit' | null {
  const { text } = paragraphs[i]!;
  if (text.length > 40 || !BARE_NAME.test(text)) return null;
  const next = paragraphs[i + 1];
  if (i > 0 && paragraphs[i - 1]!.part === 'caption') {
    if (next === undefined || next.part === 'boilerplate' || next.part === 'caption' || next.part === 'credit')
      return 'caption';
  }
  const stamp = next?.part === 'boilerplate' && (STAMP.test(next.text) || isDateOnly(next.text));
  return next !== undefined && (next.part === 'credit' || stamp) && CAPS_NAME.test(text) ? 'credit' : null;
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
 * A title that cannot be the article's (false-title.ts) becomes a heading, so no word of it is
 * lost, and a headline before the text that can be takes the title if there is one.
 */
function demoteFalseTitle(paragraphs: Paragraph[]): void {
  const title = paragraphs.find((p) => p.part === 'title');
  if (!title || !isFalseTitle(title.text, paragraphs)) return;
  title.part = 'heading';
  const headline = headlineBeforeText(paragraphs);
  const replacement = headline === -1 ? null : paragraphs[headline]!;
  if (replacement && replacement !== title && !isFalseTitle(replacement.text, paragraphs)) replacement.part = 'title';
}

/** Paragraphs back from a caption copy where its caption stands. */
const CAPTION_COPY_REACH = 4;
/** Shorter text may begin a caption by chance. */
const CAPTION_COPY_MIN = 40;
/** Longer text is no caption that a credit line follows. */
const DATED_CAPTION_MAX = 400;
/** Where and when a picture was taken ends a caption: "… in Helsinki, Finland, July 15, 2018." */
const DATE_AT_END =
  /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2},? (?:19|20)\d\d\.?$/;
/** Where people stand in a picture: "Donald Trump, left, and …", "(L-R) Jens Stoltenberg, …", "Putin (R) and …". */
const POSITION_IN_PICTURE = /, (?:left|right|center|centre|second (?:left|right))(?: to right)?,|\((?:L|R|C|L-R|R-L)\)/;
/** A credit line that names a picture's source: "(Sean Doe/Getty Images)", "Markus Doe, AP"; not "(AP)". */
const PHOTO_CREDIT_LINE = /\/|Photo|Getty|^\(?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}, /u;

/**
 * Text that is a caption, told by the caption or credit next to it:
 * - a caption printed again without its credit (NPR prints "… Chris Doe/Getty Images hide
 *   caption", "toggle caption", then the caption's text alone and the credit);
 * - a picture's description that ends in where and when it was taken, or says where people
 *   stand in it, right beside the photographer's credit or another caption ("… in Helsinki,
 *   July 15, 2018." above "Markus Doe, AP", "Michael Doe | Getty Images" above "Traders work
 *   on the floor …, April 23, 2018.", "Donald Trump, left, and …").
 */
function markCaptionText(paragraphs: Paragraph[]): void {
  // Copies first: a copy is a caption beside the description before it.
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.part === 'body' && p.text.length >= CAPTION_COPY_MIN && copiesCaptionBefore(paragraphs, i))
      p.part = 'caption';
  }
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if ((p.part !== 'body' && p.part !== 'lead') || p.text.length > DATED_CAPTION_MAX) continue;
    const next = paragraphs[i + 1];
    const beside = (next !== undefined && isPictureCredit(next)) || (i > 0 && isPictureCredit(paragraphs[i - 1]!));
    if (beside && (DATE_AT_END.test(p.text) || POSITION_IN_PICTURE.test(p.text))) p.part = 'caption';
  }
}

/** How a page cuts a caption short under the picture, with a button to read on: "… in the Finnish ... more". */
const CUT_SHORT = ' ... more';

/** A caption, or a credit line that names a picture's source. */
function isPictureCredit(p: Paragraph): boolean {
  return p.part === 'caption' || (p.part === 'credit' && PHOTO_CREDIT_LINE.test(p.text));
}

function copiesCaptionBefore(paragraphs: readonly Paragraph[], i: number): boolean {
  const whole = paragraphs[i]!.text;
  const text = whole.endsWith(CUT_SHORT) ? whole.slice(0, -CUT_SHORT.length) : whole;
  for (let k = Math.max(0, i - CAPTION_COPY_REACH); k < i; k++) {
    const before = paragraphs[k]!;
    if (before.part === 'caption' && before.text.length > text.length && before.text.startsWith(text)) return true;
  }
  return false;
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
