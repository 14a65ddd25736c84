/**
 * Word diff of two aligned passages: jsdiff's diffArrays over our own tokens, compared by
 * match key, then a pass that turns changes which vanish under folding into `cosmetic`
 * parts ("Separatistengebieten" / "Separatisten-Gebieten", "Weißen" / "Weissen").
 * Joining the left parts (equal, cosmetic, delete) gives the left text back exactly, and
 * the right parts (equal, cosmetic's rightText, insert) the right text.
 */
import { diffChars } from 'diff';
import { DEFAULT_COMPARE_OPTIONS, type CompareOptions, type DiffPart } from './comparison-types';
import { compactKey } from './match-key';
import { myersDiff } from './myers-diff';
import { sharedTokenPrefix } from './segment-latin';
import { tokenizeWords, type SegmentLocale, type Token } from './tokenize-words';

export interface DiffLimits {
  /** Edit operations (tokens) before giving up; see jsdiff's maxEditLength. */
  maxEditLength: number;
  /** Milliseconds before giving up; a last guard, results never depend on it in practice. */
  timeout: number;
}

/** Aligned passages are a few sentences, far below this; only pathological input reaches it. */
export const DEFAULT_DIFF_LIMITS: DiffLimits = { maxEditLength: 1500, timeout: 1000 };

export interface DiffResult {
  parts: DiffPart[];
  /** The diff hit a limit and fell back to deleting the left and inserting the right text. */
  truncated: boolean;
}

export function diffWords(
  left: string,
  right: string,
  options: Partial<CompareOptions> = {},
  locale?: SegmentLocale,
  limits: DiffLimits = DEFAULT_DIFF_LIMITS,
): DiffResult {
  const full = { ...DEFAULT_COMPARE_OPTIONS, ...options };
  // Edits in copy are sparse: the shared opening needs no tokens. The diff's first snake
  // would take it whole anyway, so the parts are the same (see sharedTokenPrefix).
  const cut = sharedTokenPrefix(left, right);
  const rest = diffOrNull(
    tokenizeWords(cut ? left.slice(cut) : left, full, locale),
    tokenizeWords(cut ? right.slice(cut) : right, full, locale),
    full,
    limits,
  );
  if (!rest) return fallback(left, right);
  if (cut === 0) return rest;
  const parts = new PartList();
  parts.push({ op: 'equal', text: left.slice(0, cut) });
  for (const part of rest.parts) parts.push(part);
  return { parts: parts.list, truncated: rest.truncated };
}

export function diffTokens(
  left: readonly Token[],
  right: readonly Token[],
  options: CompareOptions,
  limits: DiffLimits = DEFAULT_DIFF_LIMITS,
): DiffResult {
  return diffOrNull(left, right, options, limits) ?? fallback(joinText(left), joinText(right));
}

/** Past the edit bound: delete the left and insert the right text, flagged. */
function fallback(left: string, right: string): DiffResult {
  const parts = new PartList();
  parts.push({ op: 'delete', text: left });
  parts.push({ op: 'insert', text: right });
  return { parts: parts.list, truncated: true };
}

/** The diff, or null when it needs more edits than the limits allow. */
function diffOrNull(
  left: readonly Token[],
  right: readonly Token[],
  options: CompareOptions,
  limits: DiffLimits,
): DiffResult | null {
  const parts = new PartList();
  const changes = myersDiff(...keyCodes(left, right), limits.maxEditLength, limits.timeout);
  if (!changes) return null;
  let li = 0;
  let ri = 0;
  let removed: Token[] = [];
  let added: Token[] = [];
  let truncated = false;
  const flush = () => {
    if (removed.length || added.length) truncated = emitRun(parts, removed, added, options, limits) || truncated;
    removed = [];
    added = [];
  };
  for (let c = 0; c < changes.length; c++) {
    const change = changes[c]!;
    if (change.removed) {
      for (const end = li + change.count; li < end; li++) removed.push(left[li]!);
    } else if (change.added) {
      for (const end = ri + change.count; ri < end; ri++) added.push(right[ri]!);
    } else {
      // Glue between two changes ("bereit␣erklärt" vs "bereiterklärt") joins the run,
      // so a compound spelled apart still reads as one cosmetic change.
      const inRun = (removed.length || added.length) && c + 1 < changes.length;
      if (inRun && allGlue(left, li, change.count, options)) {
        for (let k = 0; k < change.count; k++) {
          removed.push(left[li + k]!);
          added.push(right[ri + k]!);
        }
      } else {
        flush();
        emitCommon(parts, left, li, right, ri, change.count);
      }
      li += change.count;
      ri += change.count;
    }
  }
  flush();
  return { parts: parts.list, truncated };
}

/** Tokens' match keys as small integers (equal keys, equal numbers), for the diff. */
function keyCodes(left: readonly Token[], right: readonly Token[]): [Int32Array, Int32Array] {
  // Codes only need to agree within one diff: the table is emptied between diffs, never during one.
  if (keyCodeOf.size >= 200_000) keyCodeOf.clear();
  const encode = (tokens: readonly Token[]) => {
    const out = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const key = tokens[i]!.key;
      let code = keyCodeOf.get(key);
      if (code === undefined) keyCodeOf.set(key, (code = keyCodeOf.size));
      out[i] = code;
    }
    return out;
  };
  return [encode(left), encode(right)];
}

/** Match key → small integer, shared by all diffs (one map per diff cost more than the diff). */
const keyCodeOf = new Map<string, number>();

/** True when `count` tokens from `from` are only glue (spaces, hyphens) under compaction. */
function allGlue(tokens: readonly Token[], from: number, count: number, options: CompareOptions): boolean {
  for (let k = from; k < from + count; k++) if (compactKey(tokens[k]!.key, options) !== '') return false;
  return true;
}

/** Tokens matched by key: identical text is `equal`, folded-equal text is `cosmetic`. */
function emitCommon(
  parts: PartList,
  left: readonly Token[],
  li: number,
  right: readonly Token[],
  ri: number,
  count: number,
): void {
  // Equal tokens are joined first: one part per run, not one object per token.
  let equal = '';
  for (let k = 0; k < count; k++) {
    const a = left[li + k]!.text;
    const b = right[ri + k]!.text;
    if (a === b) {
      equal += a;
      continue;
    }
    if (equal) parts.push({ op: 'equal', text: equal });
    equal = '';
    parts.push({ op: 'cosmetic', text: a, rightText: b });
  }
  if (equal) parts.push({ op: 'equal', text: equal });
}

/** One run of removed and added tokens. Returns true when a char diff hit its limit. */
function emitRun(
  parts: PartList,
  removed: Token[],
  added: Token[],
  options: CompareOptions,
  limits: DiffLimits,
): boolean {
  if (compactOf(removed, options) === compactOf(added, options)) {
    pushCosmetic(parts, removed, added);
    return false;
  }
  let dStart = 0;
  let iStart = 0;
  let dEnd = removed.length;
  let iEnd = added.length;
  // Peel identical glue and cosmetic compounds off both edges; what stays in the middle is the edit.
  for (;;) {
    if (dStart < dEnd && iStart < iEnd && removed[dStart]!.text === added[iStart]!.text) {
      parts.push({ op: 'equal', text: removed[dStart++]!.text });
      iStart++;
      continue;
    }
    const m = matchEdge(removed, added, dStart, iStart, dEnd, iEnd, options, 1);
    if (!m) break;
    pushCosmetic(parts, removed.slice(dStart, m[0]), added.slice(iStart, m[1]));
    [dStart, iStart] = m;
  }
  const tail: Array<[Token[], Token[]]> = [];
  for (;;) {
    if (dStart < dEnd && iStart < iEnd && removed[dEnd - 1]!.text === added[iEnd - 1]!.text) {
      tail.unshift([[removed[--dEnd]!], [added[--iEnd]!]]);
      continue;
    }
    const m = matchEdge(removed, added, dEnd, iEnd, dStart, iStart, options, -1);
    if (!m) break;
    tail.unshift([removed.slice(m[0], dEnd), added.slice(m[1], iEnd)]);
    [dEnd, iEnd] = m;
  }
  const leftText = joinText(removed.slice(dStart, dEnd));
  const rightText = joinText(added.slice(iStart, iEnd));
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
  for (const [d, i] of tail) pushCosmetic(parts, d, i);
  return truncated;
}

/**
 * The shortest token spans from one edge of the run (step 1: front, -1: back) whose compact
 * keys are equal, e.g. ["Separatistengebieten"] vs ["Separatisten", "-", "Gebieten"].
 * Returns the new edge positions or null.
 */
function matchEdge(
  removed: Token[],
  added: Token[],
  dFrom: number,
  iFrom: number,
  dLimit: number,
  iLimit: number,
  options: CompareOptions,
  step: 1 | -1,
): [number, number] | null {
  let a = '';
  let b = '';
  let d = dFrom;
  let i = iFrom;
  const more = (at: number, limit: number) => (step === 1 ? at < limit : at > limit);
  const take = (tokens: Token[], at: number) => compactKey(tokens[step === 1 ? at : at - 1]!.key, options);
  for (let steps = 0; steps < 24; steps++) {
    if ((a.length <= b.length || !more(i, iLimit)) && more(d, dLimit)) {
      a = step === 1 ? a + take(removed, d) : take(removed, d) + a;
      d += step;
    } else if (more(i, iLimit)) {
      b = step === 1 ? b + take(added, i) : take(added, i) + b;
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

function compactOf(tokens: Token[], options: CompareOptions): string {
  return compactKey(tokens.map((t) => t.key).join(''), options);
}

function pushCosmetic(parts: PartList, removed: Token[], added: Token[]): void {
  const text = joinText(removed);
  const rightText = joinText(added);
  parts.push(text === rightText ? { op: 'equal', text } : { op: 'cosmetic', text, rightText });
}

function joinText(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) text += token.text;
  return text;
}

/** Appends parts, dropping empty ones and merging neighbours of the same op. */
export class PartList {
  readonly list: DiffPart[] = [];

  push(part: DiffPart): void {
    if (part.text === '' && !part.rightText) return;
    const last = this.list[this.list.length - 1];
    if (last && last.op === part.op) {
      last.text += part.text;
      if (part.op === 'cosmetic') last.rightText = (last.rightText ?? '') + (part.rightText ?? '');
      return;
    }
    this.list.push(
      part.op === 'cosmetic'
        ? { op: 'cosmetic', text: part.text, rightText: part.rightText ?? '' }
        : { op: part.op, text: part.text },
    );
  }
}
