/**
 * Raw text → blocks: one per paragraph, with what the markup says about it (`#` heading,
 * `>` teaser). Normalises Unicode and whitespace, unframes text-browser dumps, drops link
 * lists, rejoins hard-wrapped lines and strips link markup. Every word survives.
 */
import type { BlockKind, SourceBlock } from './classify-paragraphs';
import { buildHyphenVocabulary, detectWrapWidth, joinWrappedLines } from './join-wrapped-lines';
import { isLinkListLine, stripLinkMarkup } from './strip-link-markup';
import { collapseSpaces } from './text-shape';
import { unframeTextDump } from './unframe-text-dump';

/** Characters that carry no text: zero-width marks, soft hyphens, BOMs. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Control characters other than newline and tab, C1 controls, and separators that act as line ends. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

/** Anything normaliseText replaces: most files have none, and one scan is cheaper than three. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANY_ODD = /[\r\u2028\u2029\u000c\u00ad\u200b-\u200d\u2060\ufeff\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;

/** NFC, `\n` line ends, no invisible or control characters. */
export function normaliseText(text: string): string {
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
  let t = normaliseText(text);
  t = unframeTextDump(t) ?? t;
  // A link-list line holds "[n]"; testing for the bracket first spares the regex on the rest.
  const lines = t.split('\n').filter((l) => !l.includes('[') || !isLinkListLine(l));
  const width = detectWrapWidth(lines);
  // The vocabulary is only needed when some line ends in a hyphen.
  const vocabulary = width !== null && /\p{L}-[ \t]*\n/u.test(t) ? buildHyphenVocabulary(t) : undefined;

  const blocks: SourceBlock[] = [];
  let group: string[] = [];
  let groupKind: 'text' | 'quote' = 'text';
  let firstHeading = true;

  const flush = () => {
    if (group.length === 0) return;
    // Quote lines were measured with their "> " prefix, which is gone now.
    const groupWidth = width !== null && groupKind === 'quote' ? width - 2 : width;
    for (const p of joinWrappedLines(group, groupWidth, vocabulary)) pushBlock(blocks, p, groupKind);
    group = [];
  };

  for (const raw of lines) {
    const line = raw.trim();
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
      pushBlock(blocks, heading[2]!, kind);
      continue;
    }
    const quote = line.charCodeAt(0) === 62 ? QUOTE.exec(line) : null; // '>'
    const kind = quote ? 'quote' : 'text';
    if (kind !== groupKind) flush();
    groupKind = kind;
    group.push(quote ? line.slice(quote[0].length) : line);
  }
  flush();
  return blocks;
}

function pushBlock(blocks: SourceBlock[], text: string, kind: BlockKind): void {
  const clean = collapseSpaces(stripLinkMarkup(text));
  if (clean) blocks.push({ text: clean, kind });
}
