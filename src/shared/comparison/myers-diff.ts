/**
 * jsdiff's Myers diff (diffArrays, v9) over integer keys, step for step: the same diagonal
 * order, tie-breaks, end-of-graph pruning and limits, so it returns the same runs. jsdiff
 * allocates an object per step and calls the comparator per token; passages of unrelated
 * text spent most of a big comparison there. Components live in typed arrays instead.
 */

export interface EditRun {
  count: number;
  added: boolean;
  removed: boolean;
}

const COMMON = 0;
const ADDED = 1;
const REMOVED = 2;

/** Component pool: count, kind and previous component of each path step (-1: none). */
let counts = new Int32Array(1024);
let kinds = new Uint8Array(1024);
let previous = new Int32Array(1024);
let used = 0;

function component(count: number, kind: number, before: number): number {
  if (used === counts.length) {
    const size = counts.length * 2;
    counts = grow(counts, new Int32Array(size));
    kinds = grow(kinds, new Uint8Array(size));
    previous = grow(previous, new Int32Array(size));
  }
  counts[used] = count;
  kinds[used] = kind;
  previous[used] = before;
  return used++;
}

function grow<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** jsdiff's addToPath: extends the last run when it is of the same kind, as a new component. */
function extend(last: number, kind: number): number {
  if (last >= 0 && kinds[last] === kind) return component(counts[last]! + 1, kind, previous[last]!);
  return component(1, kind, last);
}

/**
 * Path state per diagonal (index offset + diagonal), reused across diffs: allocating three
 * arrays per diff cost more than small diffs themselves. pathSet marks the diagonals that
 * hold a path (jsdiff's bestPath entries); it is cleared over the range a diff may use.
 */
let pathOld = new Int32Array(256);
let pathLast = new Int32Array(256);
let pathSet = new Uint8Array(256);

/**
 * Runs turning `before` into `after`, or undefined when more than `maxEditLength` edits are
 * needed or `timeoutMs` has passed (as jsdiff's maxEditLength and timeout). Only the first
 * oldLen and newLen values are read (default: all).
 */
export function myersDiff(
  before: ArrayLike<number>,
  after: ArrayLike<number>,
  maxEditLength: number,
  timeoutMs: number,
  oldLen = before.length,
  newLen = after.length,
): EditRun[] | undefined {
  used = 0;
  const maxEdit = Math.min(oldLen + newLen, maxEditLength);
  const abortAfter = Date.now() + timeoutMs;
  const offset = maxEdit + 2;
  if (pathSet.length < 2 * offset + 1) {
    pathOld = new Int32Array(2 * offset + 1);
    pathLast = new Int32Array(2 * offset + 1);
    pathSet = new Uint8Array(2 * offset + 1);
  } else {
    pathSet.fill(0, 0, 2 * offset + 1);
  }

  pathSet[offset] = 1;
  pathOld[offset] = -1;
  pathLast[offset] = -1;
  let newPos = snake(before, after, oldLen, newLen, offset, 0);
  if (pathOld[offset]! + 1 >= oldLen && newPos + 1 >= newLen) return runs(pathLast[offset]!);

  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= maxEdit && Date.now() <= abortAfter; editLength++) {
    const last = Math.min(maxDiagonal, editLength);
    for (let diagonal = Math.max(minDiagonal, -editLength); diagonal <= last; diagonal += 2) {
      const at = offset + diagonal;
      const hasRemove = pathSet[at - 1] === 1;
      const hasAdd = pathSet[at + 1] === 1;
      const removeOld = pathOld[at - 1]!;
      const addOld = pathOld[at + 1]!;
      if (hasRemove) pathSet[at - 1] = 0;
      const addNewPos = addOld - diagonal;
      const canAdd = hasAdd && addNewPos >= 0 && addNewPos < newLen;
      const canRemove = hasRemove && removeOld + 1 < oldLen;
      if (!canAdd && !canRemove) {
        pathSet[at] = 0;
        continue;
      }
      if (!canRemove || (canAdd && removeOld < addOld)) {
        pathOld[at] = addOld;
        pathLast[at] = extend(pathLast[at + 1]!, ADDED);
      } else {
        pathOld[at] = removeOld + 1;
        pathLast[at] = extend(pathLast[at - 1]!, REMOVED);
      }
      newPos = snake(before, after, oldLen, newLen, at, diagonal);
      if (pathOld[at]! + 1 >= oldLen && newPos + 1 >= newLen) return runs(pathLast[at]!);
      pathSet[at] = 1;
      if (pathOld[at]! + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1);
    }
  }
  return undefined;
}

/** jsdiff's extractCommon: follows the snake of path `at`; returns the new position in `after`. */
function snake(
  before: ArrayLike<number>,
  after: ArrayLike<number>,
  oldLen: number,
  newLen: number,
  at: number,
  diagonal: number,
): number {
  let oldPos = pathOld[at]!;
  let newPos = oldPos - diagonal;
  let common = 0;
  while (newPos + 1 < newLen && oldPos + 1 < oldLen && before[oldPos + 1] === after[newPos + 1]) {
    newPos++;
    oldPos++;
    common++;
  }
  if (common) pathLast[at] = component(common, COMMON, pathLast[at]!);
  pathOld[at] = oldPos;
  return newPos;
}

function runs(last: number): EditRun[] {
  const out: EditRun[] = [];
  for (let at = last; at >= 0; at = previous[at]!) {
    out.push({ count: counts[at]!, added: kinds[at] === ADDED, removed: kinds[at] === REMOVED });
  }
  return out.reverse();
}
