/**
 * Directed candidate finds ("i shares this much with j", or "i and j agree on a band") and
 * their merge into ranked pairs with both one-way shares. Columns of typed arrays; sorting
 * is a stable radix sort, so the order is deterministic and linear in the number of finds.
 */
import { scatterByDigit, sortByKey } from '../comparison/sort-by-key';
import type { DirectedFinds } from './find-candidates';

/** Candidate pairs (left < right, by article index), best estimated score first. */
export interface Candidates {
  left: Uint32Array;
  right: Uint32Array;
  /** Estimated share of left's text found in right, and the other way round. */
  leftShare: Float32Array;
  rightShare: Float32Array;
}

/** Finds from → to; share −1: found by banding, no count. */
export class EdgeBuffer {
  length = 0;
  from = new Uint32Array(1024);
  to = new Uint32Array(1024);
  share = new Float32Array(1024);

  push(from: number, to: number, share: number): void {
    if (this.length === this.from.length) {
      const size = this.length * 2;
      this.from = grow(this.from, new Uint32Array(size));
      this.to = grow(this.to, new Uint32Array(size));
      this.share = grow(this.share, new Float32Array(size));
    }
    this.from[this.length] = from;
    this.to[this.length] = to;
    this.share[this.length] = share;
    this.length++;
  }

  finds(): DirectedFinds {
    return {
      from: this.from.subarray(0, this.length),
      to: this.to.subarray(0, this.length),
      share: this.share.subarray(0, this.length),
    };
  }
}

/** Finds grouped by pair, sorted by (left, right); −1 for a side no find measured. */
function pairFinds(edges: DirectedFinds): PairColumns {
  const count = edges.from.length;
  const low = new Uint32Array(count);
  const high = new Uint32Array(count);
  let size = 0;
  for (let k = 0; k < count; k++) {
    low[k] = Math.min(edges.from[k]!, edges.to[k]!);
    high[k] = Math.max(edges.from[k]!, edges.to[k]!);
    size = Math.max(size, high[k]! + 1);
  }
  // Sort by (low, high): by high first, then stably by low.
  const byHigh = stableOrder(high, null, size);
  const byPair = stableOrder(low, byHigh, size);
  const out = new PairColumns(count);
  for (let p = 0; p < count;) {
    const first = byPair[p]!;
    const i = low[first]!;
    const j = high[first]!;
    let leftShare = -1;
    let rightShare = -1;
    for (; p < count && low[byPair[p]!] === i && high[byPair[p]!] === j; p++) {
      const k = byPair[p]!;
      const share = edges.share[k]!;
      if (share < 0) continue;
      if (edges.from[k] === i) leftShare = Math.max(leftShare, share);
      else rightShare = Math.max(rightShare, share);
    }
    out.push(i, j, leftShare, rightShare);
  }
  return out;
}

/**
 * Groups finds by pair (smaller index first) and takes for each side the share found from
 * that side; a side nobody measured gets `estimate(side, other)` (MinHash containment).
 */
export function mergeEdges(edges: DirectedFinds, estimate: (side: number, other: number) => number): Candidates {
  const pairs = pairFinds(edges);
  const { left, right, leftShare, rightShare } = pairs;
  for (let k = 0; k < pairs.length; k++) {
    if (leftShare[k]! < 0) leftShare[k] = estimate(left[k]!, right[k]!);
    if (rightShare[k]! < 0) rightShare[k] = estimate(right[k]!, left[k]!);
  }
  return pairs.sortedByScore();
}

/** Key range up to which stableOrder places indices in one counting pass. */
const SMALL_KEYS = 1 << 20;

/**
 * `order` (all indices when null) stably sorted by `keys[index]`, keys below `size`: one
 * counting pass when the count table is small, else the two passes of sortByKey.
 */
function stableOrder(keys: Uint32Array, order: Uint32Array | null, size: number): Uint32Array {
  const count = keys.length;
  const gathered = order === null ? keys : new Uint32Array(count);
  if (order !== null) for (let p = 0; p < count; p++) gathered[p] = keys[order[p]!]!;
  if (size > SMALL_KEYS) {
    const values = order === null ? new Uint32Array(count).map((_, k) => k) : order.slice();
    return sortByKey(gathered.slice(), values).values;
  }
  const counts = new Uint32Array(size + 1);
  for (let p = 0; p < count; p++) counts[gathered[p]! + 1]!++;
  for (let d = 1; d <= size; d++) counts[d]! += counts[d - 1]!;
  // Keys below 2^20 are their own digit: one pass of the radix sort places every index.
  const out = new Uint32Array(count);
  scatterByDigit(gathered, order, counts, 0, SMALL_KEYS - 1, new Uint32Array(count), out);
  return out;
}

class PairColumns {
  length = 0;
  left: Uint32Array;
  right: Uint32Array;
  leftShare: Float32Array;
  rightShare: Float32Array;

  constructor(capacity = 1024) {
    const size = Math.max(1, capacity);
    this.left = new Uint32Array(size);
    this.right = new Uint32Array(size);
    this.leftShare = new Float32Array(size);
    this.rightShare = new Float32Array(size);
  }

  push(i: number, j: number, leftShare: number, rightShare: number): void {
    if (this.length === this.left.length) {
      const size = this.length * 2;
      this.left = grow(this.left, new Uint32Array(size));
      this.right = grow(this.right, new Uint32Array(size));
      this.leftShare = grow(this.leftShare, new Float32Array(size));
      this.rightShare = grow(this.rightShare, new Float32Array(size));
    }
    this.left[this.length] = i;
    this.right[this.length] = j;
    this.leftShare[this.length] = leftShare;
    this.rightShare[this.length] = rightShare;
    this.length++;
  }

  /** Best first, then the larger other share, then pair order (stable radix sorts on quantised shares). */
  sortedByScore(): Candidates {
    const count = this.length;
    const scores = new Uint32Array(count);
    const others = new Uint32Array(count);
    const order = new Uint32Array(count);
    for (let k = 0; k < count; k++) {
      scores[k] = descendingKey(Math.max(this.leftShare[k]!, this.rightShare[k]!));
      others[k] = descendingKey(Math.min(this.leftShare[k]!, this.rightShare[k]!));
      order[k] = k;
    }
    // Best first, and between equal scores the larger other share, as sortPairs ranks pairs:
    // it then finds them in order instead of sorting a quarter of a million again.
    const byOther = sortByKey(others, order).values;
    const gathered = new Uint32Array(count);
    for (let p = 0; p < count; p++) gathered[p] = scores[byOther[p]!]!;
    const sorted = sortByKey(gathered, byOther).values;
    const pick = <T extends Uint32Array | Float32Array>(column: T, into: T): T => {
      for (let k = 0; k < count; k++) into[k] = column[sorted[k]!]!;
      return into;
    };
    return {
      left: pick(this.left, new Uint32Array(count)),
      right: pick(this.right, new Uint32Array(count)),
      leftShare: pick(this.leftShare, new Float32Array(count)),
      rightShare: pick(this.rightShare, new Float32Array(count)),
    };
  }
}

/** A share in 0 … 1 as a 28-bit key that sorts the largest first. */
function descendingKey(share: number): number {
  return Math.round((1 - Math.min(1, Math.max(0, share))) * 0xfffffff);
}

function grow<T extends Uint32Array | Float32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
