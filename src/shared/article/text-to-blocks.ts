/**
 * Raw text → blocks: one per paragraph, with what the markup says about it (`#` heading,
 * `>` teaser). Normalises Unicode and whitespace, unframes text-browser dumps, drops link
 * lists, rejoins hard-wrapped lines and strips link markup. Every word survives.
 */
import type { BlockKind, SourceBlock } from './classify-paragraphs';
import { buildHyphenVocabulary, detectWrapWidth, joinWrappedLines, type HyphenVocabulary } from './join-wrapped-lines';
import { isLinkListLine, stripLinkMarkup, type MarkupKinds } from './strip-link-markup';
import { collapseSpaces, endsSentence, trimmed } from './text-shape';
import { unframeTextDump } from './unframe-text-dump';

/** Characters that carry no text: zero-width marks, soft hyphens, BOMs. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Control characters other than newline and tab, C1 controls, and separators that act as line ends. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

/** Anything normaliseText replaces: most files have none, and one scan is cheaper than three. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANY_ODD = /[\r\u2028\u2029\u000c\u00ad\u200b-\u200d\u2060\ufeff\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;

/**
 * Characters normaliseText may change: the ones it replaces, and any NFC can touch. Every
 * character in U+0000–U+02FF and U+2002–U+20CF is NFC-stable and composes with none of them
 * (text-to-blocks.test.ts checks this), so text made of those alone needs no normalize pass.
 */
const MAY_CHANGE_CHARS =
  '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u00ad\\u0300-\\u2001\\u200b-\\u200d\\u2028\\u2029\\u2060\\u20d0-\\uffff';
// eslint-disable-next-line no-misleading-character-class -- ranges of code units; combining marks are the point
const MAY_CHANGE = new RegExp(`[${MAY_CHANGE_CHARS}]`);

/** NFC, `\n` line ends, no invisible or control characters. */
export function normaliseText(text: string): string {
  // Most texts are plain Latin with typographic quotes: one scan instead of normalize and a scan.
  return MAY_CHANGE.test(text) ? normaliseAll(text) : text;
}

/** normaliseText without its first test, for text known to hold a character it may change. */
function normaliseAll(text: string): string {
  const nfc = text.normalize('NFC');
  if (!ANY_ODD.test(nfc)) return nfc;
  return (
    nfc
      // eslint-disable-next-line no-control-regex -- form feeds end lines too
      .replace(/\r\n?|[\u2028\u2029\u000c]/g, '\n')
      .replace(INVISIBLE, '')
      .replace(CONTROL, ' ')
  );
}

const HEADING = /^(#{1,6})\s+(.*)$/;
const QUOTE = /^(?:>\s?)+/;

/** What the paragraph loop carries from line to line (module functions, not closures per call). */
interface Reader {
  blocks: SourceBlock[];
  markup: MarkupKinds | null;
  width: number | null;
  vocabulary: HyphenVocabulary | undefined;
  /** The lines of the paragraph being read: the first `size` entries (the array is reused). */
  group: string[];
  size: number;
  kind: 'text' | 'quote';
  odd: boolean;
}

export function textToBlocks(text: string): SourceBlock[] {
  const { t, lines, odd, links, indented } = readLines(text);
  // Markup needs "[", "*" or "_": one search of the whole text spares a search of every paragraph.
  const bold = t.includes('*') || t.includes('_');
  const width = detectWrapWidth(lines);
  const reader: Reader = {
    blocks: [],
    markup: links || bold ? { links, bold } : null,
    width,
    // The vocabulary is only needed when some line ends in a hyphen.
    vocabulary: width !== null && /\p{L}-[ \t]*\n/u.test(t) ? buildHyphenVocabulary(t) : undefined,
    group: [],
    size: 0,
    kind: 'text',
    odd: false,
  };
  let firstHeading = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') {
      flush(reader);
      continue;
    }
    const heading = line.charCodeAt(0) === 35 ? HEADING.exec(line) : null; // '#'
    if (heading) {
      flush(reader);
      // A single `#` is the document title (Markdown, text-browser dumps); deeper ones are subheadings.
      const kind: BlockKind = heading[1]!.length === 1 && firstHeading ? 'title' : 'heading';
      if (heading[1]!.length === 1) firstHeading = false;
      pushBlock(reader, heading[2]!, kind, odd[i] === true);
      continue;
    }
    const quote = line.charCodeAt(0) === 62 ? QUOTE.exec(line) : null; // '>'
    const kind = quote ? 'quote' : 'text';
    if (kind !== reader.kind || indented?.[i] === true) flush(reader);
    reader.kind = kind;
    reader.group[reader.size++] = quote ? line.slice(quote[0].length) : line;
    if (odd[i] === true) reader.odd = true;
  }
  flush(reader);
  return reader.blocks;
}

/** The paragraph read so far → blocks. */
function flush(reader: Reader): void {
  if (reader.size === 0) return;
  if (reader.size === 1) {
    // What joinWrappedLines makes of one line, without its arrays: most groups are one line.
    const only = trimmed(reader.group[0]!);
    if (only) pushBlock(reader, only, reader.kind, reader.odd);
  } else {
    // Quote lines were measured with their "> " prefix, which is gone now.
    const width = reader.width !== null && reader.kind === 'quote' ? reader.width - 2 : reader.width;
    for (const p of joinWrappedLines(reader.group.slice(0, reader.size), width, reader.vocabulary)) {
      pushBlock(reader, p, reader.kind, reader.odd);
    }
  }
  reader.size = 0;
  reader.odd = false;
}

/**
 * The text normalised and unframed, and its lines trimmed (every step reads them so) without
 * link-list lines, each with whether it holds whitespace that collapsing changes.
 */
function readLines(text: string): {
  t: string;
  lines: string[];
  odd: readonly boolean[];
  links: boolean;
  /** Lines that began with a space or tab, when a first-line indent marks the text's paragraphs. */
  indented: readonly boolean[] | null;
} {
  // One scan finds the lines with whitespace to collapse and whether normalising may change
  // anything. Most texts need neither normalising nor unframing; then those lines are final.
  let split = splitLines(text);
  const first = scanLines(text, split, true);
  let odd = first.odd;
  let t = first.mayChange ? normaliseAll(text) : text;
  t = unframeTextDump(t) ?? t;
  if (t !== text) {
    split = splitLines(t);
    odd = scanLines(t, split, false).odd;
  }
  // In place, as both arrays are ours. A link-list line holds "[n]": testing for the bracket
  // first spares the regex on the rest.
  const links = t.includes('[');
  let kept = 0;
  let indented: boolean[] | null = null;
  let indents = 0;
  let flushLines = 0;
  let afterSentence = 0;
  let previous = '';
  for (let i = 0; i < split.length; i++) {
    const raw = split[i]!;
    if (links && raw.includes('[') && isLinkListLine(raw)) continue;
    if (odd) odd[kept] = odd[i]!;
    const line = trimmed(raw);
    const first = raw.charCodeAt(0);
    if (line !== '' && (first === 32 || first === 9)) {
      (indented ??= [])[kept] = true;
      indents++;
      if (previous === '' || endsSentence(previous)) afterSentence++;
    } else if (line !== '') flushLines++;
    if (line !== '') previous = line;
    split[kept++] = line;
  }
  if (kept < split.length) split.length = kept;
  // A first-line indent starts a paragraph, so it mostly follows a sentence's end; a hanging
  // indent (a list item's continued lines) follows a line broken mid-sentence.
  const firstLineIndents = indents >= 2 && flushLines > 0 && afterSentence * 3 >= indents * 2;
  return { t, lines: split, odd: odd ?? NO_ODD_LINES, links, indented: firstLineIndents ? indented : null };
}

const NO_ODD_LINES: readonly boolean[] = [];

/** `text.split('\n')`, which costs half as much again on text with characters beyond Latin-1. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    lines.push(text.slice(start, end));
    start = end + 1;
  }
  lines.push(text.slice(start));
  return lines;
}

/**
 * `text` with link markup stripped and spaces collapsed. Trimmed lines without odd whitespace
 * join into collapsed text already; only stripping markup can leave spaces to collapse.
 */
function pushBlock(reader: Reader, text: string, kind: BlockKind, odd: boolean): void {
  const stripped = reader.markup ? stripLinkMarkup(text, reader.markup) : text;
  const clean = odd || stripped !== text ? collapseSpaces(stripped) : stripped;
  if (clean) reader.blocks.push({ text: clean, kind });
}

/** Whitespace but the space and the newline, as /[^\S \n]/ (text-to-blocks.test.ts checks): collapsing changes it. */
export const ODD_SPACE_CHARS = '\\t\\v\\f\\r\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
const ODD_SPACE = new RegExp(`[${ODD_SPACE_CHARS}]`, 'g');
// eslint-disable-next-line no-misleading-character-class -- as MAY_CHANGE
const ODD_SPACE_OR_CHANGE = new RegExp(`[${ODD_SPACE_CHARS}${MAY_CHANGE_CHARS}]`, 'g');
// eslint-disable-next-line no-misleading-character-class -- as MAY_CHANGE
const MAY_CHANGE_AT = new RegExp(`[${MAY_CHANGE_CHARS}]`, 'y');

/**
 * Which of the text's lines hold whitespace that collapsing changes (null when none does, as
 * in most texts): two quick scans of the text instead of a test of every paragraph. With
 * `watch`, also whether it holds a character normaliseText may change.
 */
function scanLines(
  text: string,
  lines: readonly string[],
  watch: boolean,
): { odd: boolean[] | null; mayChange: boolean } {
  let odd: boolean[] | null = null;
  let mayChange = false;
  const at = { line: 0, end: lines[0]!.length };
  // Odd characters one by one, as a character to normalise may come first in the same line.
  let chars = watch ? ODD_SPACE_OR_CHANGE : ODD_SPACE;
  chars.lastIndex = 0;
  while (chars.test(text)) {
    const found = chars.lastIndex - 1;
    if (chars === ODD_SPACE_OR_CHANGE) {
      MAY_CHANGE_AT.lastIndex = found;
      if (MAY_CHANGE_AT.test(text)) {
        // From here on odd spaces alone (this one too, if it is one): a Cyrillic text would
        // otherwise stop the scan at every letter.
        mayChange = true;
        chars = ODD_SPACE;
        chars.lastIndex = found;
        continue;
      }
    }
    odd = mark(odd, lines, at, found);
  }
  // Two spaces: one search for each line that has them.
  at.line = 0;
  at.end = lines[0]!.length;
  for (let found = text.indexOf('  '); found !== -1; found = text.indexOf('  ', at.end + 1)) {
    odd = mark(odd, lines, at, found);
  }
  return { odd, mayChange };
}

/** Marks the line that holds offset `found`; `at` walks the lines in order (`end` is the current one's end). */
function mark(
  odd: boolean[] | null,
  lines: readonly string[],
  at: { line: number; end: number },
  found: number,
): boolean[] {
  while (found >= at.end) at.end += 1 + lines[++at.line]!.length;
  const marks = odd ?? new Array<boolean>(lines.length).fill(false);
  marks[at.line] = true;
  return marks;
}
