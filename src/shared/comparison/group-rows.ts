/**
 * Links → display rows, in the LEFT article's order. The grouping itself is symmetric, so
 * swapping the sides mirrors the rows instead of regrouping them: every linked paragraph of
 * either side joins the paragraph it shares most text with, if that one answers in kind
 * (it shares most with it too) or the shared text is a fair part of the joining paragraph
 * (a split or a merge). Joined paragraphs form one row. A paragraph that only lent a
 * sentence elsewhere keeps its own row. Right paragraphs out of order are `moved`;
 * unmatched paragraphs get their own rows next to their neighbours. Every paragraph of both
 * articles lands in exactly one row.
 */
import type { RowKind } from './comparison-types';

export interface RowLink {
  leftParagraph: number;
  rightParagraph: number;
  /** Shared words, roughly: drives which paragraph a paragraph joins. */
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

/** A paragraph joins a partner that does not answer in kind only if this share of its words went there. */
const MERGE_SHARE = 0.4;

export function groupRows(left: ParagraphFacts[], right: ParagraphFacts[], links: RowLink[]): RowPlan[] {
  const { leftWeights, rightWeights } = weighLinks(links);
  const leftBest = strongestOf(leftWeights);
  const rightBest = strongestOf(rightWeights);
  // Union-find over both sides' paragraphs: left lp is node lp, right rp is node left.length + rp.
  const parent = Array.from({ length: left.length + right.length }, (_, node) => node);
  const find = (node: number): number => {
    while (parent[node] !== node) node = parent[node] = parent[parent[node]!]!;
    return node;
  };
  const join = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (const [lp, { partner, weight }] of leftBest) {
    if (rightBest.get(partner)?.partner === lp || weight >= MERGE_SHARE * Math.max(1, left[lp]!.words)) {
      join(lp, left.length + partner);
    }
  }
  for (const [rp, { partner, weight }] of rightBest) {
    if (weight >= MERGE_SHARE * Math.max(1, right[rp]!.words)) join(partner, left.length + rp);
  }

  // Rows in left order, each at its first left paragraph; both sides ascending inside a row.
  const withRight = new Set(right.map((_, rp) => find(left.length + rp)));
  const rowOfRoot = new Map<number, RowPlan>();
  const rows: RowPlan[] = [];
  left.forEach((facts, lp) => {
    const root = find(lp);
    if (!withRight.has(root)) {
      rows.push({ left: [lp], right: [], kind: 'left-only', moved: false, setApart: !facts.compared });
      return;
    }
    const row = rowOfRoot.get(root);
    if (row) row.left.push(lp);
    else {
      const created: RowPlan = { left: [lp], right: [], kind: 'matched', moved: false, setApart: false };
      rowOfRoot.set(root, created);
      rows.push(created);
    }
  });
  right.forEach((_, rp) => rowOfRoot.get(find(left.length + rp))?.right.push(rp));
  markMoved(rows);
  pairSetApart(rows, left, right);
  return placeRightOnly(rows, right);
}

/** Summed link weight between two paragraphs, from each side's point of view. */
function weighLinks(links: RowLink[]): {
  leftWeights: Map<number, Map<number, number>>;
  rightWeights: Map<number, Map<number, number>>;
} {
  const leftWeights = new Map<number, Map<number, number>>();
  const rightWeights = new Map<number, Map<number, number>>();
  const add = (weights: Map<number, Map<number, number>>, from: number, to: number, weight: number) => {
    let byPartner = weights.get(from);
    if (!byPartner) weights.set(from, (byPartner = new Map()));
    byPartner.set(to, (byPartner.get(to) ?? 0) + weight);
  };
  for (const link of links) {
    add(leftWeights, link.leftParagraph, link.rightParagraph, link.weight);
    add(rightWeights, link.rightParagraph, link.leftParagraph, link.weight);
  }
  return { leftWeights, rightWeights };
}

/** Each paragraph's heaviest partner (the earlier one on a tie) and the weight between them. */
function strongestOf(weights: Map<number, Map<number, number>>): Map<number, { partner: number; weight: number }> {
  const best = new Map<number, { partner: number; weight: number }>();
  for (const [paragraph, byPartner] of weights) {
    let partner = -1;
    let weight = -1;
    for (const [candidate, w] of byPartner) {
      if (w > weight || (w === weight && candidate < partner)) {
        partner = candidate;
        weight = w;
      }
    }
    best.set(paragraph, { partner, weight });
  }
  return best;
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
