/**
 * Word diff of two aligned passages: a Myers diff (jsdiff's diffArrays, step for step) over
 * our own tokens, compared by match key, then a pass that turns changes which vanish under
 * folding into `cosmetic` parts ("Separatistengebieten" / "Separatisten-Gebieten", "Weißen" /
 * "Weissen"). Joining the left parts (equal, cosmetic, delete) gives the left text back
 * exactly, and the right parts (equal, cosmetic's rightText, insert) the right text.
 */
import { DEFAULT_COMPARE_OPTIONS, type CompareOptions, type DiffPart } from './comparison-types';
import { emitRun } from './diff-run';
import { compactKey } from './match-key';
import { myersDiff } from './myers-diff';
import { PartList } from './part-list';
import { isLatinSafe, sharedTokenPrefix } from './segment-latin';
import {
  emptyTokenList,
  keyOf,
  textOf,
  tokenizeInto,
  tokenTableFor,
  type TokenList,
  type TokenTable,
} from './token-list';
import type { SegmentLocale } from './tokenize-words';

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
  const leftSafe = isLatinSafe(left);
  const rightSafe = isLatinSafe(right);
  const cut = leftSafe && rightSafe ? sharedTokenPrefix(left, right, true) : 0;
  const table = tokenTableFor(full);
  const parts = new PartList();
  if (cut > 0) parts.push({ op: 'equal', text: left.slice(0, cut) });
  const truncated = diffInto(
    parts,
    tokenizeInto(LEFT, left, cut, table, full, locale, leftSafe),
    tokenizeInto(RIGHT, right, cut, table, full, locale, rightSafe),
    table,
    full,
    limits,
  );
  if (truncated === null) return fallback(left, right);
  return { parts: parts.list, truncated };
}

/** Token lists of the current diff, reused: diffs are never nested. */
const LEFT = emptyTokenList();
const RIGHT = emptyTokenList();

/** Past the edit bound: delete the left and insert the right text, flagged. */
function fallback(left: string, right: string): DiffResult {
  const parts = new PartList();
  parts.push({ op: 'delete', text: left });
  parts.push({ op: 'insert', text: right });
  return { parts: parts.list, truncated: true };
}

/**
 * Appends the diff's parts; returns whether a char diff hit its limit, or null when the word
 * diff needs more edits than the limits allow.
 */
function diffInto(
  parts: PartList,
  left: TokenList,
  right: TokenList,
  table: TokenTable,
  options: CompareOptions,
  limits: DiffLimits,
): boolean | null {
  const changes = myersDiff(left.codes, right.codes, limits.maxEditLength, limits.timeout, left.count, right.count);
  if (!changes) return null;
  let li = 0;
  let ri = 0;
  // The pending run of changes: left tokens [runLeft, li), right tokens [runRight, ri).
  let runLeft = 0;
  let runRight = 0;
  let truncated = false;
  for (let c = 0; c < changes.length; c++) {
    const change = changes[c]!;
    if (change.removed) {
      li += change.count;
    } else if (change.added) {
      ri += change.count;
    } else {
      // Glue between two changes ("bereit␣erklärt" vs "bereiterklärt") joins the run,
      // so a compound spelled apart still reads as one cosmetic change.
      const inRun = (li > runLeft || ri > runRight) && c + 1 < changes.length;
      if (!inRun || !allGlue(left, li, change.count, table, options)) {
        if (li > runLeft || ri > runRight) {
          truncated = emitRun(parts, left, runLeft, li, right, runRight, ri, table, options, limits) || truncated;
        }
        emitCommon(parts, left, li, right, ri, change.count);
        runLeft = li + change.count;
        runRight = ri + change.count;
      }
      li += change.count;
      ri += change.count;
    }
  }
  if (li > runLeft || ri > runRight) {
    truncated = emitRun(parts, left, runLeft, li, right, runRight, ri, table, options, limits) || truncated;
  }
  return truncated;
}

/** True when `count` tokens from `from` are only glue (spaces, hyphens) under compaction. */
function allGlue(tokens: TokenList, from: number, count: number, table: TokenTable, options: CompareOptions): boolean {
  for (let k = from; k < from + count; k++) if (compactKey(keyOf(tokens, table, k), options) !== '') return false;
  return true;
}

/** Tokens matched by key: identical text is `equal`, folded-equal text is `cosmetic`. */
function emitCommon(parts: PartList, left: TokenList, li: number, right: TokenList, ri: number, count: number): void {
  // Equal tokens are one slice per run, not one part (or string) per token.
  let equalFrom = li;
  for (let k = 0; k < count; k++) {
    if (left.ids[li + k] === right.ids[ri + k]) continue;
    if (equalFrom < li + k) parts.push({ op: 'equal', text: textOf(left, equalFrom, li + k) });
    parts.push({
      op: 'cosmetic',
      text: textOf(left, li + k, li + k + 1),
      rightText: textOf(right, ri + k, ri + k + 1),
    });
    equalFrom = li + k + 1;
  }
  if (equalFrom < li + count) parts.push({ op: 'equal', text: textOf(left, equalFrom, li + count) });
}
