/**
 * The comparison model: two articles in, one immutable Comparison out.
 * Paragraph indices always refer to `Article.paragraphs` of that side.
 */

/** Folds applied to the match key only; display text is never altered. */
export interface CompareOptions {
  foldCase: boolean;
  /** ß ↔ ss */
  foldEszett: boolean;
  /** „“ ” « » ‚‘ " ' */
  foldQuotes: boolean;
  /** dashes, hyphen variants, soft hyphens, NBSP */
  foldDashes: boolean;
  /** joined, hyphenated or separate compounds: "Separatistengebieten" / "Separatisten-Gebieten" */
  foldCompounds: boolean;
  /** regional variants: Jänner ↔ Januar */
  foldRegional: boolean;
  /** punctuation-only changes count as cosmetic */
  ignorePunctuation: boolean;
  granularity: 'word' | 'char';
}

export const DEFAULT_COMPARE_OPTIONS: CompareOptions = {
  foldCase: true,
  foldEszett: true,
  foldQuotes: true,
  foldDashes: true,
  foldCompounds: true,
  foldRegional: true,
  ignorePunctuation: false,
  granularity: 'word',
};

export type DiffOp = 'equal' | 'cosmetic' | 'insert' | 'delete';

/**
 * One run of a row's diff. Joining `text` of equal, cosmetic and delete parts gives the
 * left side's text; joining equal and insert `text` plus cosmetic `rightText` gives the right.
 */
export interface DiffPart {
  op: DiffOp;
  text: string;
  /** Only on `cosmetic`: the right side's spelling of the same words. */
  rightText?: string;
  /**
   * Only on `delete` and `insert`: the text is an aligned passage that stands elsewhere on the
   * other side (sentences reordered inside a paragraph, or moved to a paragraph of another
   * row), and how it was aligned. Not an edit of the words, though shown at its own place.
   */
  moved?: LinkKind;
  /** Only with `moved`, when the passage stands outside this row: the other article's paragraph that holds it. */
  movedTo?: number;
  /**
   * Only on moved parts of a passage that is not verbatim: these words differ from the passage
   * on the other side (`changed`), or only in spelling (`cosmetic`).
   */
  movedEdit?: 'changed' | 'cosmetic';
}

export type LinkKind = 'verbatim' | 'cosmetic' | 'rewritten';

export interface PassageSide {
  paragraph: number;
  /** Sentence indices within that paragraph. */
  sentences: number[];
  text: string;
  /** Character offsets of `text` in the paragraph's text. */
  start: number;
  end: number;
}

/** One aligned passage: a sentence or a few sentences, never a whole article. */
export interface PassageLink {
  left: PassageSide;
  right: PassageSide;
  /** 0–1 */
  similarity: number;
  kind: LinkKind;
  /** Word diff of the two passages (left text → right text), same notation as a row's diff. */
  diff: DiffPart[];
}

export type RowKind = 'matched' | 'left-only' | 'right-only';

/** One display row: paragraphs side by side (several on a side for splits and merges). */
export interface ComparisonRow {
  left: number[];
  right: number[];
  kind: RowKind;
  diff: DiffPart[];
  /** Right paragraphs that stand elsewhere in the right article's order. */
  moved: boolean;
  /** Set-apart rows: captions, credits, boilerplate. Shown quietly, never linked. */
  setApart: boolean;
}

export interface SideStats {
  words: number;
  reusedWords: number;
  /** reusedWords / words, 0–1 */
  reuse: number;
  verbatim: number;
  cosmetic: number;
  rewritten: number;
}

export interface Comparison {
  rows: ComparisonRow[];
  links: PassageLink[];
  stats: { left: SideStats; right: SideStats };
  /** True when a pathological input hit a bound and the diff fell back to a coarse answer. */
  truncated: boolean;
}

/** A ranked pair of a corpus. `score` = max(leftReuse, rightReuse). */
export interface PairScore {
  left: string;
  right: string;
  /** Share of left's words found in right. */
  leftReuse: number;
  /** Share of right's words found in left. */
  rightReuse: number;
  score: number;
  /** The shares are the fingerprints' estimate: the pair was not aligned (a large folder's weak candidate). */
  estimated?: boolean;
}
