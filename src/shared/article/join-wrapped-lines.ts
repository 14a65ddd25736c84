/**
 * Hard-wrapped lines → paragraphs. Text browsers, e-mail and print exports break lines at a
 * fixed width; the comparison needs whole sentences. A wrapper fills each line greedily, so a
 * line that ends early although the next word would have fitted ended a paragraph on purpose.
 */
import { endsSentence, firstWord } from './text-shape';

/** Words seen in the whole text, to decide "Trup-\npen" vs "Nato-\nGipfel" from usage. */
export interface HyphenVocabulary {
  has(word: string): boolean;
}

/** Words that follow a suspended hyphen: "Staats- und Regierungschefs", "pre- and post-war". */
const SUSPENSION_WORDS = new Set(['und', 'oder', 'bis', 'sowie', 'bzw', 'and', 'or', 'nor', 'to']);

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** Lower-cased words and hyphenated compounds of a text; one linear pass. */
export function buildHyphenVocabulary(text: string): HyphenVocabulary {
  const words = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    words.add(w);
    if (w.includes('-')) for (const part of w.split('-')) words.add(part);
  }
  return words;
}

/**
 * The wrap width of a text's trimmed lines, or null when they are not hard-wrapped (long
 * lines, or no paragraph spans more than one line). Looks only at lines that continue onto a
 * next line.
 */
export function detectWrapWidth(lines: readonly string[]): number | null {
  const lengths: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line && next && !line.startsWith('#') && !next.startsWith('#')) lengths.push(line.length);
  }
  if (lengths.length === 0) return null;
  lengths.sort((a, b) => a - b);
  // 95th percentile: one overlong line (a URL) must not widen the column.
  const width = lengths[Math.ceil((lengths.length - 1) * 0.95)]!;
  // Prose is wrapped at 60–100 columns; wider "lines" are whole paragraphs, narrower ones lists.
  if (width < 30 || width > 150) return null;
  return width;
}

/**
 * The lines of one blank-line block → its paragraphs. With `width` null every line is its
 * own paragraph (single-newline paragraphs); otherwise lines are rejoined and split where
 * a line ended early.
 */
export function joinWrappedLines(
  lines: readonly string[],
  width: number | null,
  vocabulary?: HyphenVocabulary,
): string[] {
  const paragraphs: string[] = [];
  // Pieces are joined once per paragraph: growing one string line by line would make
  // every tail check re-flatten it (quadratic on long paragraphs).
  let pieces: string[] = [];
  const trimmed = lines.map((l) => l.trim()).filter((l) => l.length > 0);
  for (let i = 0; i < trimmed.length; i++) {
    const line = trimmed[i]!;
    if (pieces.length > 0) {
      const join = joinKind(trimmed[i - 1]!, line, vocabulary);
      if (join === 'space') pieces.push(' ');
      else if (join === 'drop-hyphen') pieces[pieces.length - 1] = pieces[pieces.length - 1]!.slice(0, -1);
    }
    pieces.push(line);
    const next = trimmed[i + 1];
    if (next === undefined || width === null || endsParagraph(line, next, width)) {
      paragraphs.push(pieces.join(''));
      pieces = [];
    }
  }
  return paragraphs;
}

function endsParagraph(line: string, next: string, width: number): boolean {
  if (/\p{L}-$/u.test(line)) return false; // a word continues on the next line
  if (/^(?:[-*•–]|\d{1,3}[.)])\s/.test(next)) return true; // a list item starts
  const fits = line.length + 1 + firstWord(next).length <= width;
  return fits && (endsSentence(line) || line.length <= width * 0.75);
}

type JoinKind = 'space' | 'keep-hyphen' | 'drop-hyphen';

/** How a line joins the previous one: with a space, or mending a word hyphenated at the break. */
function joinKind(previous: string, next: string, vocabulary?: HyphenVocabulary): JoinKind {
  const hyphenated = previous.endsWith('-') ? /([\p{L}\p{N}]+)-$/u.exec(previous.slice(-80)) : null;
  if (!hyphenated || !/^\p{L}/u.test(next)) return 'space';
  const stem = hyphenated[1]!;
  const nextWord = /^[\p{L}\p{N}]+/u.exec(next.slice(0, 80))![0];
  if (SUSPENSION_WORDS.has(nextWord.toLowerCase())) return 'space';
  if (vocabulary?.has(`${stem}-${nextWord}`.toLowerCase())) return 'keep-hyphen';
  if (vocabulary?.has(`${stem}${nextWord}`.toLowerCase())) return 'drop-hyphen';
  // No evidence: a syllable break sits between two lower-case letters ("Trup-pen");
  // "US-Präsident", "Nato-Gipfel", "2018-Wahl" are compounds.
  return /\p{Ll}$/u.test(stem) && /^\p{Ll}/u.test(nextWord) ? 'drop-hyphen' : 'keep-hyphen';
}

/** Joins one line onto the previous one, mending words hyphenated at the break. */
export function joinLine(left: string, right: string, vocabulary?: HyphenVocabulary): string {
  const join = joinKind(left, right, vocabulary);
  if (join === 'space') return `${left} ${right}`;
  return join === 'keep-hyphen' ? `${left}${right}` : `${left.slice(0, -1)}${right}`;
}
