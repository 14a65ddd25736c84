/**
 * A row's diff, built from its aligned passages only (never a diff of whole texts). The
 * passages that keep their order on both sides (the heaviest chain) contribute their word
 * diffs; everything between them is shown as deleted on the left and inserted on the right,
 * where passages reordered inside the row, or aligned with a paragraph of another row, are
 * flagged `moved`, so they read as found, not as cut and added. Paragraphs of a side are
 * joined with ROW_PARAGRAPH_SEPARATOR, so joining the parts gives back each side's rowSideText.
 */
import type { Article } from '../article/article';
import type { DiffPart, PassageLink } from './comparison-types';
import { movedSpans, pushFlagged, type MovedSpan } from './moved-passages';
import { PartList } from './part-list';
import type { RowPlan } from './group-rows';

export const ROW_PARAGRAPH_SEPARATOR = '\n';

/** The text a row's diff reproduces for one side: its paragraphs, newline-separated. */
export function rowSideText(article: Article, paragraphs: readonly number[]): string {
  // Most rows hold one paragraph a side: its text as it is.
  if (paragraphs.length === 1) return article.paragraphs[paragraphs[0]!]!.text;
  return paragraphs.map((p) => article.paragraphs[p]!.text).join(ROW_PARAGRAPH_SEPARATOR);
}

interface Placed {
  link: PassageLink;
  leftStart: number;
  leftEnd: number;
  rightStart: number;
  rightEnd: number;
  weight: number;
}

/** Links by the paragraph of each side, so each row looks only at its own links. */
export interface LinksByParagraph {
  left: Map<number, PassageLink[]>;
  right: Map<number, PassageLink[]>;
}

export function indexLinksByParagraph(links: readonly PassageLink[]): LinksByParagraph {
  const index: LinksByParagraph = { left: new Map(), right: new Map() };
  for (const link of links) {
    for (const side of ['left', 'right'] as const) {
      const list = index[side].get(link[side].paragraph);
      if (list) list.push(link);
      else index[side].set(link[side].paragraph, [link]);
    }
  }
  return index;
}

export function diffRow(
  row: RowPlan,
  links: readonly PassageLink[] | LinksByParagraph,
  left: Article,
  right: Article,
): DiffPart[] {
  const leftText = rowSideText(left, row.left);
  const rightText = rowSideText(right, row.right);
  const parts = new PartList();
  const leftOffsets = offsetsOf(left, row.left);
  const rightOffsets = offsetsOf(right, row.right);
  const leftLinks = linksOf(links, 'left', row.left);
  const elsewhere = {
    left: elsewhereSpans(leftLinks, 'left', leftOffsets, rightOffsets),
    right: elsewhereSpans(linksOf(links, 'right', row.right), 'right', rightOffsets, leftOffsets),
  };
  if (row.left.length === 0 || row.right.length === 0) {
    pushFlagged(parts, 'delete', leftText, [0, leftText.length], elsewhere.left);
    pushFlagged(parts, 'insert', rightText, [0, rightText.length], elsewhere.right);
    return parts.list;
  }
  const placed: Placed[] = [];
  for (const link of leftLinks) {
    const lo = leftOffsets.get(link.left.paragraph);
    const ro = rightOffsets.get(link.right.paragraph);
    if (lo === undefined || ro === undefined) continue;
    const leftStart = lo + link.left.start;
    const rightStart = ro + link.right.start;
    placed.push({
      link,
      leftStart,
      leftEnd: leftStart + link.left.text.length,
      rightStart,
      rightEnd: rightStart + link.right.text.length,
      weight: link.left.text.length + link.right.text.length,
    });
  }
  const chain = heaviestChain(placed);
  const inRow = movedSpans(placed, chain);
  const moved = {
    left: bySpanStart([...inRow.left, ...elsewhere.left]),
    right: bySpanStart([...inRow.right, ...elsewhere.right]),
  };
  let atLeft = 0;
  let atRight = 0;
  for (const item of chain) {
    emitGap(parts, { left: leftText, right: rightText }, [atLeft, item.leftStart], [atRight, item.rightStart], moved);
    for (const part of item.link.diff) parts.push(part); // PartList copies what it keeps
    atLeft = item.leftEnd;
    atRight = item.rightEnd;
  }
  emitGap(parts, { left: leftText, right: rightText }, [atLeft, leftText.length], [atRight, rightText.length], moved);
  return parts.list;
}

/** The links of a side's paragraphs in this row (all links, when given as a list). */
function linksOf(
  links: readonly PassageLink[] | LinksByParagraph,
  side: 'left' | 'right',
  paragraphs: readonly number[],
): readonly PassageLink[] {
  if (Array.isArray(links)) return links;
  const bySide = (links as LinksByParagraph)[side];
  return paragraphs.length === 1 ? (bySide.get(paragraphs[0]!) ?? []) : paragraphs.flatMap((p) => bySide.get(p) ?? []);
}

/**
 * Passages of this side of the row aligned with a paragraph outside the row's other side:
 * found there, so flagged as moved (`to` says where), the most similar first where several
 * links cover one passage.
 */
function elsewhereSpans(
  links: readonly PassageLink[],
  side: 'left' | 'right',
  own: Map<number, number>,
  other: Map<number, number>,
): MovedSpan[] {
  const otherSide = side === 'left' ? 'right' : 'left';
  const spans: MovedSpan[] = [];
  for (const link of links) {
    const at = own.get(link[side].paragraph);
    if (at === undefined || other.has(link[otherSide].paragraph)) continue;
    const start = at + link[side].start;
    spans.push({ start, end: start + link[side].text.length, link, to: link[otherSide].paragraph });
  }
  return bySpanStart(spans);
}

function bySpanStart(spans: MovedSpan[]): MovedSpan[] {
  return spans.sort((a, b) => a.start - b.start || b.link.similarity - a.link.similarity);
}

function offsetsOf(article: Article, paragraphs: readonly number[]): Map<number, number> {
  const offsets = new Map<number, number>();
  let at = 0;
  for (const p of paragraphs) {
    offsets.set(p, at);
    at += article.paragraphs[p]!.text.length + ROW_PARAGRAPH_SEPARATOR.length;
  }
  return offsets;
}

/**
 * The text between two chain passages, [from, to) on each side: shared leading/trailing
 * whitespace stays equal; the rest is deleted and inserted, moved passages flagged.
 */
function emitGap(
  parts: PartList,
  texts: { left: string; right: string },
  [leftFrom, leftTo]: [number, number],
  [rightFrom, rightTo]: [number, number],
  moved: { left: MovedSpan[]; right: MovedSpan[] },
): void {
  const left = texts.left.slice(leftFrom, leftTo);
  const right = texts.right.slice(rightFrom, rightTo);
  if (left === right) {
    parts.push({ op: 'equal', text: left });
    return;
  }
  // A space on one side and a paragraph break on the other (a split or merged paragraph)
  // is a line-break variant, not an edit.
  if (left.trim() === '' && right.trim() === '' && left !== '' && right !== '') {
    parts.push({ op: 'cosmetic', text: left, rightText: right });
    return;
  }
  let head = 0;
  while (head < left.length && head < right.length && left[head] === right[head] && /\s/.test(left[head]!)) head++;
  let tail = 0;
  while (
    tail < left.length - head &&
    tail < right.length - head &&
    left[left.length - 1 - tail] === right[right.length - 1 - tail] &&
    /\s/.test(left[left.length - 1 - tail]!)
  ) {
    tail++;
  }
  parts.push({ op: 'equal', text: left.slice(0, head) });
  pushFlagged(parts, 'delete', texts.left, [leftFrom + head, leftTo - tail], moved.left);
  pushFlagged(parts, 'insert', texts.right, [rightFrom + head, rightTo - tail], moved.right);
  parts.push({ op: 'equal', text: left.slice(left.length - tail) });
}

/** Passages that do not overlap and keep their order on both sides, heaviest first. */
function heaviestChain(placed: Placed[]): Placed[] {
  const items = [...placed].sort((a, b) => a.leftStart - b.leftStart || a.rightStart - b.rightStart);
  if (items.length > 2000) return greedyChain(items); // pathological rows: stay linear
  const best = items.map((item) => item.weight);
  const previous = items.map(() => -1);
  for (let i = 0; i < items.length; i++) {
    for (let j = 0; j < i; j++) {
      const fits = items[j]!.leftEnd <= items[i]!.leftStart && items[j]!.rightEnd <= items[i]!.rightStart;
      if (fits && best[j]! + items[i]!.weight > best[i]!) {
        best[i] = best[j]! + items[i]!.weight;
        previous[i] = j;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < items.length; i++) if (end < 0 || best[i]! > best[end]!) end = i;
  const chain: Placed[] = [];
  for (let i = end; i >= 0; i = previous[i]!) chain.unshift(items[i]!);
  return chain;
}

function greedyChain(items: Placed[]): Placed[] {
  const chain: Placed[] = [];
  for (const item of items) {
    const last = chain[chain.length - 1];
    if (!last || (last.leftEnd <= item.leftStart && last.rightEnd <= item.rightStart)) chain.push(item);
  }
  return chain;
}
