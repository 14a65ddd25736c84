/**
 * Text-browser page dumps (taz via a terminal browser) frame every line as `| … | |`, with no
 * blank lines between paragraphs. This removes the frame and puts blank lines back around
 * the structure the dump still shows: `#` headings, `>` quote lines (the teaser), caption
 * lines, the dateline start, date lines and link lists. Paragraph ends inside running text
 * are left to `joinWrappedLines`, which recovers them from lines that end early.
 */
import { isDateOnly } from './extract-date';
import { AGENCY_ALTERNATION } from './news-agencies';
import { isLinkListLine } from './strip-link-markup';

/** Share of non-empty lines that must be framed before we treat the text as a dump. */
const FRAMED_SHARE = 0.6;

const FRAMED_LINE = /^\s*\|.*\|\s*$/;
const CAPTION_LINE = /^(?:Bild|Foto|Fotos|Photo|Image|Legende|Bildunterschrift):\s/i;
/** "Washington afp | Angesichts …": a dateline with the agency, the frame marker taz uses. */
const DATELINE_START = new RegExp(
  `^\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,3} (?:${AGENCY_ALTERNATION}) \\| `,
  'u',
);

/** True when most lines carry the `| … |` frame. */
export function isFramedTextDump(text: string): boolean {
  // Two of at least three lines must be framed, each with two bars: most texts have fewer bars.
  if (!hasBars(text, 4)) return false;
  let lines = 0;
  let framed = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    lines++;
    if (FRAMED_LINE.test(line)) framed++;
  }
  return lines >= 3 && framed / lines >= FRAMED_SHARE;
}

/** True when `text` holds at least `count` bars. */
function hasBars(text: string, count: number): boolean {
  let at = -1;
  for (let n = 0; n < count; n++) {
    at = text.indexOf('|', at + 1);
    if (at === -1) return false;
  }
  return true;
}

/** Removes the frame from one line: `| text | |` → `text`; unframed lines are only trimmed. */
export function unframeLine(line: string): string {
  let s = line.trim();
  if (!s.startsWith('|') || s.length < 2) return s;
  s = s.slice(1);
  if (s.endsWith('| |')) s = s.slice(0, -3);
  else if (s.endsWith('|')) s = s.slice(0, -1);
  return s.trim();
}

type LineKind = 'empty' | 'heading' | 'quote' | 'standalone' | 'text';

function kindOf(line: string): LineKind {
  if (line === '') return 'empty';
  if (/^#{1,6}\s/.test(line)) return 'heading';
  if (line.startsWith('>')) return 'quote';
  if (CAPTION_LINE.test(line) || isDateOnly(line) || isLinkListLine(line)) return 'standalone';
  return 'text';
}

/** The dump as plain text with blank lines between blocks, or null when it is not a dump. */
export function unframeTextDump(text: string): string | null {
  if (!isFramedTextDump(text)) return null;
  const out: string[] = [];
  let previous: LineKind = 'empty';
  for (const raw of text.split('\n')) {
    const line = unframeLine(raw);
    const kind = kindOf(line);
    const startsBlock =
      kind === 'heading' ||
      kind === 'standalone' ||
      previous === 'heading' ||
      previous === 'standalone' ||
      (kind === 'quote') !== (previous === 'quote') ||
      (kind === 'text' && DATELINE_START.test(line));
    // Link-list lines stay together so they read as one list.
    const listContinues = kind === 'standalone' && previous === 'standalone' && isLinkListLine(line);
    if (startsBlock && !listContinues && out.length > 0 && out[out.length - 1] !== '') out.push('');
    out.push(line);
    previous = kind;
  }
  return out.join('\n');
}
