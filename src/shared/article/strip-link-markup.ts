/**
 * Link markup left by text browsers (lynx/w3m-style `[1][label]`, footnote lists) and
 * Markdown (`[label](url)`), reduced to the words a reader sees. The words inside links are
 * article text; the numbers and URLs are not.
 */

/** A footnote line of a link list: `[3] /Gespraech-zwischen-Biden-und-Putin/!5821400`, `[2]: https://…`. */
const LINK_LIST_LINE = /^\s*\[\d{1,5}\]:?\s+(?:\/|https?:\/\/|www\.|mailto:|#|[\w-]+\.[\w.-]+\/)\S*\s*$/i;

export function isLinkListLine(line: string): boolean {
  return LINK_LIST_LINE.test(line);
}

/** `[1][Truppenaufmarsches]` → `Truppenaufmarsches`; the label may hold anything but brackets. */
const NUMBERED_LINK = /\[\d{1,5}\]\[([^[\]]*)\]/g;
/** A numbered opener whose label was cut off (unbalanced after a paragraph split). */
const NUMBERED_OPENER = /\[\d{1,5}\]\[/g;
/** Markdown links and images: `[label](url)`, `![alt](url)`. */
const MARKDOWN_LINK = /!?\[([^[\]\n]*)\]\([^()\s]*\)/g;
/** Footnote references glued to a word or punctuation: `Nato[3]`, `gesagt.[12]`. */
const GLUED_FOOTNOTE = /(?<=[\p{L}\p{N}.,;:!?"“”»«)’'])\[\d{1,5}\]/gu;
/** How NUMBERED_LINK, NUMBERED_OPENER and GLUED_FOOTNOTE start. */
const DIGIT_IN_BRACKET = /\[\d/;
/** Markdown bold markers. */
const BOLD = /\*\*|__(?=\S)|(?<=\S)__/g;
/**
 * Markdown emphasis: `*Von dpa*`, `_schnelle Hilfe_`. Only as a pair hugging its words and
 * standing apart from letters, so "Lehrer*innen", "5 * 3" and snake_case stay as written.
 */
const EMPHASIS = /(?<![\p{L}\p{N}*_])([*_])(?=[^\s*_])([^*_\n]*?[^\s*_])\1(?![\p{L}\p{N}*_])/gu;

/** Which markup a text may hold: a caller that searched a whole text once spares each paragraph the search. */
export interface MarkupKinds {
  /** Holds "[". */
  links: boolean;
  /** Holds "*" or "_" (stripping links may join single ones to "**"). */
  bold: boolean;
}

const ANY_MARKUP: MarkupKinds = { links: true, bold: true };

export function stripLinkMarkup(text: string, kinds: MarkupKinds = ANY_MARKUP): string {
  // Each replacement runs only when the text holds what its pattern needs ("[" and a digit, "](",
  // "**" or "__"), tested on the text as the steps before left it.
  let out = text;
  if (kinds.links && text.includes('[')) {
    if (DIGIT_IN_BRACKET.test(out)) out = out.replace(NUMBERED_LINK, '$1');
    // Markdown before lone openers, so removing "[1][" cannot forge a "[a](b)" link.
    if (out.includes('](')) out = out.replace(MARKDOWN_LINK, '$1');
    if (DIGIT_IN_BRACKET.test(out)) out = out.replace(NUMBERED_OPENER, '').replace(GLUED_FOOTNOTE, '');
  }
  if (!kinds.bold) return out;
  if (out.includes('**') || out.includes('__')) out = out.replace(BOLD, '');
  return out.includes('*') || out.includes('_') ? out.replace(EMPHASIS, '$2') : out;
}
