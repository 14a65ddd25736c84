/**
 * One run of removed and added tokens of a word diff, turned into parts: compounds and
 * folds that match across the run's edges become `cosmetic`, identical glue stays `equal`,
 * and what is left in the middle is the edit (or a char diff of it). A run is a token range
 * on each side: [dFrom, dTo) of the left list and [iFrom, iTo) of the right one.
 */
import { diffChars } from 'diff';
import type { CompareOptions } from './comparison-types';
import type { DiffLimits } from './diff-words';
import { compactKey } from './match-key';
import type { PartList } from './part-list';
import { keyOf, textOf, type TokenList, type TokenTable } from './token-list';

/** Emits the run's parts. Returns true when a char diff hit its limit. */
export function emitRun(
  parts: PartList,
  left: TokenList,
  dFrom: number,
  dTo: number,
  right: TokenList,
  iFrom: number,
  iTo: number,
  table: TokenTable,
  options: CompareOptions,
  limits: DiffLimits,
): boolean {
  if (compactOf(left, dFrom, dTo, table, options) === compactOf(right, iFrom, iTo, table, options)) {
    pushCosmetic(parts, left, dFrom, dTo, right, iFrom, iTo);
    return false;
  }
  let dStart = dFrom;
  let iStart = iFrom;
  let dEnd = dTo;
  let iEnd = iTo;
  // Peel identical glue and cosmetic compounds off both edges; what stays in the middle is the edit.
  for (;;) {
    if (dStart < dEnd && iStart < iEnd && left.ids[dStart] === right.ids[iStart]) {
      parts.push({ op: 'equal', text: textOf(left, dStart, dStart + 1) });
      dStart++;
      iStart++;
      continue;
    }
    const m = matchEdge(left, right, dStart, iStart, dEnd, iEnd, table, options, 1);
    if (!m) break;
    pushCosmetic(parts, left, dStart, m[0], right, iStart, m[1]);
    [dStart, iStart] = m;
  }
  // Ranges of the back edge, last first: [dFrom, dTo, iFrom, iTo] each.
  const tail: number[] = [];
  for (;;) {
    if (dStart < dEnd && iStart < iEnd && left.ids[dEnd - 1] === right.ids[iEnd - 1]) {
      tail.push(dEnd - 1, dEnd, iEnd - 1, iEnd);
      dEnd--;
      iEnd--;
      continue;
    }
    const m = matchEdge(left, right, dEnd, iEnd, dStart, iStart, table, options, -1);
    if (!m) break;
    tail.push(m[0], dEnd, m[1], iEnd);
    [dEnd, iEnd] = m;
  }
  const leftText = textOf(left, dStart, dEnd);
  const rightText = textOf(right, iStart, iEnd);
  let truncated = false;
  const chars =
    options.granularity === 'char' && leftText && rightText
      ? diffChars(leftText, rightText, { maxEditLength: limits.maxEditLength, timeout: limits.timeout })
      : null;
  if (chars) {
    for (const change of chars) {
      parts.push({ op: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: change.value });
    }
  } else {
    truncated = chars === undefined;
    parts.push({ op: 'delete', text: leftText });
    parts.push({ op: 'insert', text: rightText });
  }
  for (let t = tail.length - 4; t >= 0; t -= 4) {
    pushCosmetic(parts, left, tail[t]!, tail[t + 1]!, right, tail[t + 2]!, tail[t + 3]!);
  }
  return truncated;
}

/**
 * The shortest token spans from one edge of the run (step 1: front, -1: back) whose compact
 * keys are equal, e.g. ["Separatistengebieten"] vs ["Separatisten", "-", "Gebieten"].
 * Returns the new edge positions or null.
 */
function matchEdge(
  left: TokenList,
  right: TokenList,
  dFrom: number,
  iFrom: number,
  dLimit: number,
  iLimit: number,
  table: TokenTable,
  options: CompareOptions,
  step: 1 | -1,
): [number, number] | null {
  let a = '';
  let b = '';
  let d = dFrom;
  let i = iFrom;
  // The token taken next at an edge: the one at the position going forward, before it going back.
  const back = step === 1 ? 0 : 1;
  for (let steps = 0; steps < 24; steps++) {
    const moreD = step === 1 ? d < dLimit : d > dLimit;
    const moreI = step === 1 ? i < iLimit : i > iLimit;
    if ((a.length <= b.length || !moreI) && moreD) {
      const key = compactKey(keyOf(left, table, d - back), options);
      a = step === 1 ? a + key : key + a;
      d += step;
    } else if (moreI) {
      const key = compactKey(keyOf(right, table, i - back), options);
      b = step === 1 ? b + key : key + b;
      i += step;
    } else {
      return null;
    }
    const agree = step === 1 ? a.startsWith(b) || b.startsWith(a) : a.endsWith(b) || b.endsWith(a);
    if (!agree) return null;
    if (a === b && a !== '') return [d, i];
  }
  return null;
}

function compactOf(tokens: TokenList, from: number, to: number, table: TokenTable, options: CompareOptions): string {
  let key = '';
  for (let k = from; k < to; k++) key += keyOf(tokens, table, k);
  return compactKey(key, options);
}

function pushCosmetic(
  parts: PartList,
  left: TokenList,
  dFrom: number,
  dTo: number,
  right: TokenList,
  iFrom: number,
  iTo: number,
): void {
  const text = textOf(left, dFrom, dTo);
  const rightText = textOf(right, iFrom, iTo);
  parts.push(text === rightText ? { op: 'equal', text } : { op: 'cosmetic', text, rightText });
}
