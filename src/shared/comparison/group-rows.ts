/**
 * Links → display rows, in the LEFT article's order. Each right paragraph joins the left
 * paragraph it shares most text with; a left paragraph whose text went into a neighbour's
 * row (a merge on the right) joins that row; right paragraphs out of order are `moved`;
 * unmatched paragraphs get their own rows next to their neighbours. Every paragraph of both
 * articles lands in exactly one row.
 */
import type { RowKind } from './comparison-types';

export interface RowLink {
  leftParagraph: number;
  rightParagraph: number;
  /** Shared words, roughly: drives which paragraph a right paragraph joins. */
  weight: number;
}

/** A row without its diff. */
export interface RowPlan {
  left: number[];
  right: number[];
  kind: RowKind;
  moved: boolean;
  setApart: boolean;
}

export interface ParagraphFacts {
  /** Aligned (title, lead, heading, body) rather than set apart. */
  compared: boolean;
  words: number;
  /** The text of a set-apart paragraph: the same caption or date line on both sides is one row. */
  text?: string;
}

/** A left paragraph joins a neighbour's row only if this share of its words went there. */
const MERGE_SHARE = 0.4;

export function groupRows(left: ParagraphFacts[], right: ParagraphFacts[], links: RowLink[]): RowPlan[] {
  const weights = new Map<number, Map<number, number>>(); // right → left → weight
  for (const link of links) {
    let byLeft = weights.get(link.rightParagraph);
    if (!byLeft) weights.set(link.rightParagraph, (byLeft = new Map()));
    byLeft.set(link.leftParagraph, (byLeft.get(link.leftParagraph) ?? 0) + link.weight);
  }
  // Each linked right paragraph joins its strongest left paragraph.
  const groupOfLeft = new Map<number, RowPlan>();
  for (const [rp, byLeft] of [...weights].sort((a, b) => a[0] - b[0])) {
    const lp = strongest(byLeft);
    let group = groupOfLeft.get(lp);
    if (!group)
      groupOfLeft.set(lp, (group = { left: [lp], right: [], kind: 'matched', moved: false, setApart: false }));
    group.right.push(rp);
  }
  attachMergedParagraphs(left, links, groupOfLeft);

  const rows: RowPlan[] = [];
  left.forEach((facts, lp) => {
    const group = groupOfLeft.get(lp);
    if (!group) rows.push({ left: [lp], right: [], kind: 'left-only', moved: false, setApart: !facts.compared });
    else if (group.left[0] === lp) rows.push(group);
  });
  markMoved(rows);
  pairSetApart(rows, left, right);
  return placeRightOnly(rows, right);
}

/**
 * A set-apart paragraph printed identically on both sides (a caption, a date line) is one
 * quiet row, not a deletion and an insertion. Paired in order, each right paragraph once.
 */
function pairSetApart(rows: RowPlan[], left: ParagraphFacts[], right: ParagraphFacts[]): void {
  const waiting = new Map<string, number[]>();
  right.forEach((facts, rp) => {
    if (facts.compared || facts.text === undefined) return;
    const list = waiting.get(facts.text);
    if (list) list.push(rp);
    else waiting.set(facts.text, [rp]);
  });
  if (waiting.size === 0) return;
  for (const row of rows) {
    if (!row.setApart || row.kind !== 'left-only') continue;
    const text = left[row.left[0]!]!.text;
    const rp = text === undefined ? undefined : waiting.get(text)?.shift();
    if (rp === undefined) continue;
    row.right = [rp];
    row.kind = 'matched';
  }
}

function strongest(weights: Map<number, number>): number {
  let best = -1;
  let bestWeight = -1;
  for (const [key, weight] of weights) {
    if (weight > bestWeight || (weight === bestWeight && key < best)) {
      best = key;
      bestWeight = weight;
    }
  }
  return best;
}

/**
 * A left paragraph with links but no right paragraph of its own, next to the row its text
 * went to, is part of a merge: rt's two paragraphs printed as one. Joins that row.
 */
function attachMergedParagraphs(left: ParagraphFacts[], links: RowLink[], groupOfLeft: Map<number, RowPlan>): void {
  const rowOfRight = new Map<number, RowPlan>();
  for (const group of groupOfLeft.values()) for (const rp of group.right) rowOfRight.set(rp, group);
  const toward = new Map<number, Map<RowPlan, number>>(); // orphan left → row → weight
  for (const link of links) {
    if (groupOfLeft.has(link.leftParagraph)) continue;
    const row = rowOfRight.get(link.rightParagraph);
    if (!row) continue;
    let byRow = toward.get(link.leftParagraph);
    if (!byRow) toward.set(link.leftParagraph, (byRow = new Map()));
    byRow.set(row, (byRow.get(row) ?? 0) + link.weight);
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const [lp, byRow] of toward) {
      for (const [row, weight] of byRow) {
        const first = row.left[0]!;
        const last = row.left[row.left.length - 1]!;
        const adjacent = lp === first - 1 || lp === last + 1;
        if (!adjacent || weight < MERGE_SHARE * Math.max(1, left[lp]!.words)) continue;
        row.left.push(lp);
        row.left.sort((a, b) => a - b);
        groupOfLeft.set(lp, row);
        toward.delete(lp);
        changed = true;
        break;
      }
    }
  }
}

/**
 * Rows whose right paragraphs break the right article's order: those outside the heaviest
 * run of rows whose first right paragraphs increase (weighted LIS with a Fenwick tree of
 * maxima over right paragraph indices: n log n in rows).
 */
function markMoved(rows: RowPlan[]): void {
  const matched = rows.filter((row) => row.right.length > 0);
  if (matched.length === 0) return;
  const keys = matched.map((row) => Math.min(...row.right));
  const size = Math.max(...keys) + 2;
  const tree = new Float64Array(size + 1); // best weight of a chain ending at key ≤ i
  const treeAt = new Int32Array(size + 1).fill(-1); // …and the row where it ends
  const best = new Float64Array(matched.length);
  const previous = new Int32Array(matched.length).fill(-1);
  for (let i = 0; i < matched.length; i++) {
    // Best chain ending at a smaller key.
    let bestBefore = 0;
    let from = -1;
    for (let k = keys[i]!; k > 0; k -= k & -k) {
      if (tree[k]! > bestBefore) {
        bestBefore = tree[k]!;
        from = treeAt[k]!;
      }
    }
    best[i] = bestBefore + matched[i]!.right.length;
    previous[i] = from;
    for (let k = keys[i]! + 1; k <= size; k += k & -k) {
      if (best[i]! > tree[k]!) {
        tree[k] = best[i]!;
        treeAt[k] = i;
      }
    }
  }
  let end = 0;
  for (let i = 1; i < matched.length; i++) if (best[i]! > best[end]!) end = i;
  const inOrder = new Set<number>();
  for (let i = end; i >= 0; i = previous[i]!) inOrder.add(i);
  matched.forEach((row, i) => (row.moved = !inOrder.has(i)));
}

function isPairedSetApart(row: RowPlan): boolean {
  return row.setApart && row.kind === 'matched';
}

/**
 * Right-only paragraphs go right after the row holding the nearest earlier right paragraph
 * (if that row is in order), else right before the row holding the nearest later one.
 */
function placeRightOnly(rows: RowPlan[], right: ParagraphFacts[]): RowPlan[] {
  const rowOfRight = new Map<number, RowPlan>();
  for (const row of rows) for (const rp of row.right) rowOfRight.set(rp, row);
  const after = new Map<RowPlan, RowPlan[]>();
  const before = new Map<RowPlan, RowPlan[]>();
  const atEnd: RowPlan[] = [];
  const listOf = new Map<RowPlan, RowPlan[]>();
  right.forEach((facts, rp) => {
    if (rowOfRight.has(rp)) return;
    const row: RowPlan = { left: [], right: [rp], kind: 'right-only', moved: false, setApart: !facts.compared };
    let list: RowPlan[] | undefined;
    for (let p = rp - 1; p >= 0 && !list; p--) {
      const anchor = rowOfRight.get(p);
      // A paired caption may sit anywhere on the right: only the story's rows are anchors.
      if (!anchor || anchor.moved || isPairedSetApart(anchor)) continue;
      list = listOf.get(anchor) ?? after.get(anchor) ?? [];
      if (!listOf.has(anchor)) after.set(anchor, list);
    }
    for (let p = rp + 1; p < right.length && !list; p++) {
      const anchor = rowOfRight.get(p);
      if (!anchor || anchor.moved || anchor.kind === 'right-only' || isPairedSetApart(anchor)) continue;
      list = before.get(anchor) ?? [];
      before.set(anchor, list);
    }
    (list ?? atEnd).push(row);
    listOf.set(row, list ?? atEnd);
    rowOfRight.set(rp, row);
  });
  const placed: RowPlan[] = [];
  for (const row of rows) {
    placed.push(...(before.get(row) ?? []), row, ...(after.get(row) ?? []));
  }
  return placed.concat(atEnd);
}
