/**
 * Raw text → blocks: one per paragraph, with what the markup says about it (`#` heading,
 * `>` teaser). Normalises Unicode and whitespace, unframes text-browser dumps, drops link
 * lists, rejoins hard-wrapped lines and strips link markup. Every word survives.
 */
import type { BlockKind, SourceBlock } from './classify-paragraphs';
import { buildHyphenVocabulary, detectWrapWidth, joinWrappedLines } from './join-wrapped-lines';
import { isLinkListLine, stripLinkMarkup } from './strip-link-markup';
import { collapseSpaces, trimmed } from './text-shape';
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
  if (!MAY_CHANGE.test(text)) return text;
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

export function textToBlocks(text: string): SourceBlock[] {
  const { t, lines, odd } = readLines(text);
  // Markup needs "[", "*" or "_": one search of the whole text spares a search of every paragraph.
  const markup = t.includes('[') || t.includes('*') || t.includes('_');
  const width = detectWrapWidth(lines);
  // The vocabulary is only needed when some line ends in a hyphen.
  const vocabulary = width !== null && /\p{L}-[ \t]*\n/u.test(t) ? buildHyphenVocabulary(t) : undefined;

  const blocks: SourceBlock[] = [];
  // The lines of the paragraph being read: the first `groupSize` entries (the array is reused).
  const group: string[] = [];
  let groupSize = 0;
  let groupKind: 'text' | 'quote' = 'text';
  let groupOdd = false;
  let firstHeading = true;

  const flush = () => {
    if (groupSize === 0) return;
    if (groupSize === 1) {
      // What joinWrappedLines makes of one line, without its arrays: most groups are one line.
      const only = trimmed(group[0]!);
      if (only) pushBlock(blocks, only, groupKind, markup, groupOdd);
    } else {
      // Quote lines were measured with their "> " prefix, which is gone now.
      const groupWidth = width !== null && groupKind === 'quote' ? width - 2 : width;
      for (const p of joinWrappedLines(group.slice(0, groupSize), groupWidth, vocabulary)) {
        pushBlock(blocks, p, groupKind, markup, groupOdd);
      }
    }
    groupSize = 0;
    groupOdd = false;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') {
      flush();
      continue;
    }
    const heading = line.charCodeAt(0) === 35 ? HEADING.exec(line) : null; // '#'
    if (heading) {
      flush();
      // A single `#` is the document title (Markdown, text-browser dumps); deeper ones are subheadings.
      const kind: BlockKind = heading[1]!.length === 1 && firstHeading ? 'title' : 'heading';
      if (heading[1]!.length === 1) firstHeading = false;
      pushBlock(blocks, heading[2]!, kind, markup, odd[i] === true);
      continue;
    }
    const quote = line.charCodeAt(0) === 62 ? QUOTE.exec(line) : null; // '>'
    const kind = quote ? 'quote' : 'text';
    if (kind !== groupKind) flush();
    groupKind = kind;
    group[groupSize++] = quote ? line.slice(quote[0].length) : line;
    if (odd[i] === true) groupOdd = true;
  }
  flush();
  return blocks;
}

/**
 * The text normalised and unframed, and its lines trimmed (every step reads them so) without
 * link-list lines, each with whether it holds whitespace that collapsing changes.
 */
function readLines(text: string): { t: string; lines: string[]; odd: readonly boolean[] } {
  // Most texts need neither normalising nor unframing: one scan shows that and finds the lines
  // with whitespace to collapse. Otherwise the lines are scanned again once they are final.
  let split = text.split('\n');
  let odd = oddSpaceLines(text, split, true);
  let t = odd === undefined ? normaliseText(text) : text;
  t = unframeTextDump(t) ?? t;
  if (odd === undefined || t !== text) {
    split = t.split('\n');
    odd = oddSpaceLines(t, split, false);
  }
  // In place, as both arrays are ours. A link-list line holds "[n]": testing for the bracket
  // first spares the regex on the rest.
  const brackets = t.includes('[');
  let kept = 0;
  for (let i = 0; i < split.length; i++) {
    const raw = split[i]!;
    if (brackets && raw.includes('[') && isLinkListLine(raw)) continue;
    if (odd) odd[kept] = odd[i]!;
    split[kept++] = trimmed(raw);
  }
  if (kept < split.length) split.length = kept;
  return { t, lines: split, odd: odd ?? NO_ODD_LINES };
}

const NO_ODD_LINES: readonly boolean[] = [];

/**
 * `text` with link markup stripped and spaces collapsed. Trimmed lines without odd whitespace
 * join into collapsed text already; only stripping markup can leave spaces to collapse.
 */
function pushBlock(blocks: SourceBlock[], text: string, kind: BlockKind, markup: boolean, odd: boolean): void {
  const stripped = markup ? stripLinkMarkup(text) : text;
  const clean = odd || stripped !== text ? collapseSpaces(stripped) : stripped;
  if (clean) blocks.push({ text: clean, kind });
}

/** Whitespace but the space and the newline, as /[^\S \n]/ (text-to-blocks.test.ts checks): collapsing changes it. */
export const ODD_SPACE_CHARS = '\\t\\v\\f\\r\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
const ODD_SPACE = new RegExp(`[${ODD_SPACE_CHARS}]`, 'g');
// eslint-disable-next-line no-misleading-character-class -- as MAY_CHANGE
const ODD_SPACE_OR_CHANGE = new RegExp(`[${ODD_SPACE_CHARS}${MAY_CHANGE_CHARS}]`, 'g');
// eslint-disable-next-line no-misleading-character-class -- as MAY_CHANGE
const MAY_CHANGE_AT = new RegExp(`[${MAY_CHANGE_CHARS}]`, 'y');

/**
 * Which of the text's lines hold whitespace that collapsing changes, null when none does (most
 * texts): two quick scans of the text instead of a test of every paragraph. With `orChange`,
 * undefined as soon as a character turns up that normaliseText may change (the lines are not final then).
 */
function oddSpaceLines(text: string, lines: readonly string[], orChange: boolean): boolean[] | null | undefined {
  let odd: boolean[] | null = null;
  let line = 0;
  let end = lines[0]!.length;
  /** Marks the line that holds `at`; lines are visited in order. */
  const mark = (at: number) => {
    while (at >= end) end += 1 + lines[++line]!.length;
    odd ??= new Array<boolean>(lines.length).fill(false);
    odd[line] = true;
  };
  // Odd characters one by one, as a character to normalise may follow in the same line.
  const chars = orChange ? ODD_SPACE_OR_CHANGE : ODD_SPACE;
  chars.lastIndex = 0;
  while (chars.test(text)) {
    const at = chars.lastIndex - 1;
    if (orChange) {
      MAY_CHANGE_AT.lastIndex = at;
      if (MAY_CHANGE_AT.test(text)) return undefined;
    }
    mark(at);
  }
  // Two spaces: one search for each line that has them.
  line = 0;
  end = lines[0]!.length;
  for (let at = text.indexOf('  '); at !== -1; at = text.indexOf('  ', end + 1)) mark(at);
  return odd;
}
