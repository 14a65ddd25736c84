/**
 * Raw text → clean article: paragraphs with parts, plus title, date, dateline, credits and
 * outlet. Pure and total: it never throws and never drops a word of the text (markup such
 * as frames, `[n][`, `#`, `>` and link-list URLs aside); what is not article text is kept
 * as boilerplate, caption or credit so the reader can still see it.
 */
import type { CleanedArticle, Paragraph } from './article';
import { classifyParagraphs, type SourceBlock } from './classify-paragraphs';
import { addNew, captionCredits, parseCreditLine } from './extract-credits';
import { parseDate, pickDate } from './extract-date';
import { extractDateline } from './extract-dateline';
import { outletFromFileName, splitSitePrefix } from './extract-outlet';
import { fileStem } from './file-stem';
import { siteKeyOf, titleWithoutMasthead, titleWithoutSectionLabel } from './masthead';
import { collapseSpaces, firstSentence } from './text-shape';
import { textToBlocks } from './text-to-blocks';

export type { SourceBlock } from './classify-paragraphs';

/** What another reader (HTML) already knows about the article. */
export interface ArticleHints {
  date?: string | null;
  outlet?: string | null;
}

const META_DATE = /^date:?\s*(\d{4}(?:-\d{2}){0,2})(?=\s|$)/i;

export function cleanArticle(
  text: string,
  source: { path: string; fileName: string },
  hints?: ArticleHints,
): CleanedArticle {
  try {
    return cleanBlocks(textToBlocks(text), source, hints);
  } catch (error) {
    return unprocessed(text, source, error);
  }
}

/** The cleaning after the text has been cut into blocks; the HTML reader enters here. */
export function cleanBlocks(
  blocks: readonly SourceBlock[],
  source: { path: string; fileName: string },
  hints: ArticleHints = {},
): CleanedArticle {
  const dates: string[] = [];
  let outlet: string | null = null;
  const prepared = [...blocks];

  // "date 2021-12 Angespannte Sicherheitslage: …": a scraper's metadata prefix, kept as chrome.
  const first = prepared[0];
  const meta = first ? META_DATE.exec(first.text) : null;
  if (first && meta) {
    const date = parseDate(meta[1]!) ?? (/^\d{4}$/.test(meta[1]!) ? meta[1]! : null);
    if (date) dates.push(date);
    const rest = first.text.slice(meta[0].length).trim();
    prepared.splice(0, 1, { text: meta[0], kind: 'chrome' }, ...(rest ? [{ text: rest, kind: first.kind }] : []));
  }
  // "# taz.de -- Ukrainekonflikt: …": the site name is the outlet, not part of the title.
  const titleIndex = prepared.findIndex((b) => b.kind === 'title');
  const site = titleIndex >= 0 ? splitSitePrefix(prepared[titleIndex]!.text) : null;
  if (site) {
    outlet = site.outlet;
    prepared.splice(titleIndex, 1, { text: site.site, kind: 'chrome' }, { text: site.rest, kind: 'title' });
  }
  if (hints.date) dates.push(hints.date);
  outlet ??= hints.outlet ?? outletFromFileName(source.fileName);
  const siteKey = siteKeyOf(outlet);

  const { paragraphs, tailStart } = classifyParagraphs(prepared, siteKey);
  const credits: string[] = [];
  const { dateline, titleSource } = readDateline(paragraphs, tailStart, credits);
  for (let i = 0; i < tailStart; i++) {
    const p = paragraphs[i]!;
    if (p.part === 'credit') addNew(credits, parseCreditLine(p.text) ?? extractDateline(p.text)?.agencies ?? []);
    else if (p.part === 'caption') addNew(credits, captionCredits(p.text));
    if ((p.part === 'boilerplate' || p.part === 'credit') && p.text.length <= 120) {
      const date = parseDate(p.text);
      if (date) dates.push(date);
    }
  }

  const titleAt = paragraphs.findIndex((p) => p.part === 'title');
  // The title paragraph keeps every word; the title drops a site name or section label pages add to it.
  const title =
    titleAt >= 0
      ? titleWithoutMasthead(titleWithoutSectionLabel(paragraphs, titleAt), siteKey)
      : titleSource
        ? firstSentence(titleSource)
        : (captionTitle(paragraphs, tailStart) ?? fileStem(source.fileName));
  const warnings =
    paragraphs.some((p) => p.part !== 'boilerplate') || paragraphs.length === 0 ? [] : ['no article text found'];
  return {
    title,
    date: pickDate(dates),
    dateline,
    credits,
    outlet,
    paragraphs,
    warnings,
  };
}

/**
 * Finds the dateline in the first lead/body paragraphs (the teaser may come first) and
 * returns the text a title can be derived from, dateline removed.
 */
function readDateline(
  paragraphs: Paragraph[],
  tailStart: number,
  credits: string[],
): { dateline: string | null; titleSource: string | null } {
  let titleSource: string | null = null;
  // The teaser paragraphs and the first body paragraph: where a dateline can stand.
  for (let i = 0; i < tailStart; i++) {
    const p = paragraphs[i]!;
    if (p.part !== 'lead' && p.part !== 'body') continue;
    const first = titleSource === null;
    titleSource ??= p.text;
    const found = extractDateline(p.text);
    if (found) {
      p.text = found.text;
      addNew(credits, found.agencies);
      if (first) titleSource = found.text.slice(found.length).trim() || found.text;
      return { dateline: found.place, titleSource };
    }
    if (p.part === 'body') break;
  }
  return { dateline: null, titleSource };
}

/** Words starting in lower case that make a caption's first sentence prose, not a bare credit. */
const CAPTION_TITLE_WORDS = 3;
const LOWER_WORD = /(?:^|\s)\p{Ll}/gu;
/** Where a caption's photo credit starts: "(Photo by …)", "(Foto: …)". */
const PHOTO_CREDIT = /\s*\((?:Photos?|Fotos?|Bild|Images?)\b/i;

/**
 * A page that is only a photo (an image page of a news aggregator) has no text to name it: its
 * caption's first sentence says what it shows better than the file name. Credit-only captions
 * ("Foto: Keystone", "Chad Ehlers | Stone | Getty Images") are no title.
 */
function captionTitle(paragraphs: readonly Paragraph[], tailStart: number): string | null {
  for (let i = 0; i < tailStart; i++) {
    const p = paragraphs[i]!;
    if (p.part !== 'caption') continue;
    const credit = PHOTO_CREDIT.exec(p.text);
    const sentence = firstSentence(credit ? p.text.slice(0, credit.index) : p.text);
    if ((sentence.match(LOWER_WORD)?.length ?? 0) >= CAPTION_TITLE_WORDS) return sentence;
  }
  return null;
}

/** Last resort if a cleaning step fails on some input: blank-line paragraphs, all body. */
function unprocessed(text: string, source: { fileName: string }, error: unknown): CleanedArticle {
  const paragraphs: Paragraph[] = text
    .split(/\n[ \t]*\n/)
    .map((b) => collapseSpaces(b))
    .filter((b) => b.length > 0)
    .map((b) => ({ text: b, part: 'body' }));
  return {
    title: fileStem(source.fileName),
    date: null,
    dateline: null,
    credits: [],
    outlet: null,
    paragraphs,
    warnings: [
      `cleaning failed (${error instanceof Error ? error.message : String(error)}); showing the text unprocessed`,
    ],
  };
}
