/**
 * The article model: what the reader makes of one file, and what the engine compares.
 * Plain data only, so it crosses IPC and the CLI's JSON unchanged.
 */

/** What a paragraph is, as the reader labels it. */
export type ParagraphPart = 'title' | 'lead' | 'body' | 'heading' | 'caption' | 'credit' | 'boilerplate';

/** Parts the comparison aligns; everything else stays visible but set apart. */
export const COMPARED_PARTS: readonly ParagraphPart[] = ['title', 'lead', 'heading', 'body'];

export function isComparedPart(part: ParagraphPart): boolean {
  return COMPARED_PARTS.includes(part);
}

export interface Paragraph {
  /** Clean display text: one paragraph, single spaces, no markup. */
  text: string;
  part: ParagraphPart;
}

/** What cleaning raw text yields (pure: `cleanArticle` in clean-article.ts). */
export interface CleanedArticle {
  title: string;
  /** ISO 8601, as precise as the text allows: `2021-12`, `2021-12-29`. */
  date: string | null;
  /** "Washington", from "Washington afp |" or "Washington –". */
  dateline: string | null;
  /** Normalised agency names, lower case: `dpa`, `afp`, `reuters`, `apa`. */
  credits: string[];
  outlet: string | null;
  paragraphs: Paragraph[];
  /** Reading problems a user should see (double-encoded text, …). */
  warnings: string[];
}

/** A cleaned article plus where it came from. */
export interface Article extends CleanedArticle {
  /** Stable id within a corpus: the absolute path, or `dropped:<name>` for path-less drops. */
  id: string;
  path: string;
  /** File name, for lists. */
  name: string;
  /** Encoding the bytes were decoded with: `utf-8`, `utf-16le`, `windows-1252`, … */
  encoding: string;
  /** Size in bytes on disk. */
  size: number;
  mtimeMs: number;
}

/** A file that could not be read, with a message a user understands. */
export interface ReadError {
  path: string;
  message: string;
}
