/**
 * One side of a word diff as parallel arrays instead of an object per token: where each
 * token starts in the side's text, an id per distinct token text, and a code per distinct
 * match key. Texts and keys are interned per fold setting, with each text's key computed
 * once; diffing megabyte articles built hundreds of thousands of token objects and their
 * key strings, and spent a quarter of its time in GC. Latin text is read as code units and
 * a token is found in the table by a hash of its units, so a known token costs no string.
 */
import { foldSettingOf, matchKey, type FoldOptions } from './match-key';
import { isLatinSafe, latinTokenEnd } from './segment-latin';
import { codeUnits, codeUnitsReader } from './tokenize-fast';
import { tokenizeSegmented, type SegmentLocale } from './tokenize-words';

/** Distinct token texts and match keys of one fold setting. */
export interface TokenTable {
  /**
   * Open addressing by hash of the text, four numbers a slot: id + 1 (0: empty slot), the
   * hash, and where the text's code units are in pool (start, length). A look-up reads one
   * slot and the units it compares.
   */
  slots: Int32Array;
  pool: Uint16Array;
  poolUsed: number;
  /** Distinct texts so far: their ids are 0 to texts − 1. */
  texts: number;
  /** Key code of each text id: the code of matchKey(text). */
  textCodes: Int32Array;
  /** Match key of each code, and the code of each key. */
  keys: string[];
  codeOfKey: Map<string, number>;
}

/**
 * Tokens of text[from, text.length): token i is text[starts[i], starts[i + 1]). The arrays
 * may be longer than `count`.
 */
export interface TokenList {
  text: string;
  count: number;
  /** count + 1 offsets into text. */
  starts: Int32Array;
  /** Interned text of each token: equal ids, equal texts. */
  ids: Int32Array;
  /** Key code of each token, what the diff compares: equal codes, equal match keys. */
  codes: Int32Array;
}

/** A table this large is emptied before the next diff (never during one: ids must agree). */
const MAX_TABLE_SIZE = 200_000;

const tables = new Map<number, TokenTable>();

function newTable(): TokenTable {
  return {
    slots: new Int32Array(4 << 12),
    pool: new Uint16Array(8192),
    poolUsed: 0,
    texts: 0,
    textCodes: new Int32Array(1024),
    keys: [],
    codeOfKey: new Map(),
  };
}

/** The table for a fold setting, emptied first when it has grown too large. Call once per diff. */
export function tokenTableFor(options: FoldOptions): TokenTable {
  const setting = foldSettingOf(options);
  let table = tables.get(setting);
  if (!table || table.texts + table.keys.length >= MAX_TABLE_SIZE) tables.set(setting, (table = newTable()));
  return table;
}

/** An empty list, to be filled by tokenizeInto; reused across diffs so its arrays are allocated once. */
export function emptyTokenList(): TokenList {
  return { text: '', count: 0, starts: new Int32Array(256), ids: new Int32Array(256), codes: new Int32Array(256) };
}

/**
 * Fills `list` with the tokens of text[from, …), the ones tokenizeWords(text.slice(from))
 * gives. `latinSafe` is isLatinSafe(text) when the caller knows it (it then holds for the
 * rest as well).
 */
export function tokenizeInto(
  list: TokenList,
  text: string,
  from: number,
  table: TokenTable,
  options: FoldOptions,
  locale?: SegmentLocale,
  latinSafe?: boolean,
): TokenList {
  // One token per character at most.
  if (list.starts.length < text.length - from + 1) {
    const size = Math.max(text.length - from + 1, list.starts.length * 2);
    list.starts = new Int32Array(size);
    list.ids = new Int32Array(size);
    list.codes = new Int32Array(size);
  }
  const { starts, ids, codes } = list;
  let count = 0;
  if (latinSafe ?? isLatinSafe(from > 0 ? text.slice(from) : text)) {
    const units = codeUnits(text);
    for (let start = from; start < text.length;) {
      const end = latinTokenEnd(units, start, text.length);
      const id = idOf(table, units, start, end, text, options);
      starts[count] = start;
      ids[count] = id;
      codes[count++] = table.textCodes[id]!;
      start = end;
    }
  } else {
    const rest = from > 0 ? text.slice(from) : text;
    for (const token of tokenizeSegmented(rest, options, locale)) {
      starts[count] = from + token.start;
      ids[count] = idOf(table, unitsOfPiece(token.text), 0, token.text.length, token.text, options);
      // The token's own key: a whitespace run the Segmenter gave in pieces keeps its first key.
      codes[count++] = codeOf(table, token.key);
    }
  }
  starts[count] = text.length;
  list.text = text;
  list.count = count;
  return list;
}

/** Match key of token i of a list. */
export function keyOf(list: TokenList, table: TokenTable, i: number): string {
  return table.keys[list.codes[i]!]!;
}

function codeOf(table: TokenTable, key: string): number {
  let code = table.codeOfKey.get(key);
  if (code === undefined) {
    code = table.keys.length;
    table.codeOfKey.set(key, code);
    table.keys.push(key);
  }
  return code;
}

/** Text of tokens [from, to) of a list: one slice, not a string per token. */
export function textOf(list: TokenList, from: number, to: number): string {
  return from >= to ? '' : list.text.slice(list.starts[from]!, list.starts[to]!);
}

/** A Segmenter token's code units, in a buffer of this module's own (the text's units may be held). */
const unitsOfPiece = codeUnitsReader();

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Id of the token units[start, end) (text[start, end) too), interned when new. */
function idOf(
  table: TokenTable,
  units: Uint16Array,
  start: number,
  end: number,
  text: string,
  options: FoldOptions,
): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ units[i]!, FNV_PRIME);
  const { slots, pool } = table;
  const mask = (slots.length >> 2) - 1;
  for (let slot = (hash ^ (hash >>> 15)) & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot * 4]!;
    if (entry === 0) break;
    if (slots[slot * 4 + 1] !== hash || slots[slot * 4 + 3] !== end - start) continue;
    const at = slots[slot * 4 + 2]!;
    let same = true;
    for (let k = 0; k < end - start && same; k++) same = pool[at + k] === units[start + k];
    if (same) return entry - 1;
  }
  return intern(table, units, start, end, text.slice(start, end), hash, options);
}

function intern(
  table: TokenTable,
  units: Uint16Array,
  start: number,
  end: number,
  piece: string,
  hash: number,
  options: FoldOptions,
): number {
  const id = table.texts++;
  if (id === table.textCodes.length) {
    const textCodes = new Int32Array(id * 2);
    textCodes.set(table.textCodes);
    table.textCodes = textCodes;
  }
  table.textCodes[id] = codeOf(table, matchKey(piece, options));
  const at = table.poolUsed;
  if (at + (end - start) > table.pool.length) {
    const pool = new Uint16Array(Math.max(table.pool.length * 2, at + (end - start)));
    pool.set(table.pool);
    table.pool = pool;
  }
  for (let k = start; k < end; k++) table.pool[at + k - start] = units[k]!;
  table.poolUsed = at + (end - start);
  // Half full at most, so that probes stay short.
  if (2 * (id + 1) > table.slots.length >> 2) table.slots = rehashed(table.slots);
  insert(table.slots, id, hash, at, end - start);
  return id;
}

function insert(slots: Int32Array, id: number, hash: number, at: number, length: number): void {
  const mask = (slots.length >> 2) - 1;
  let slot = (hash ^ (hash >>> 15)) & mask;
  while (slots[slot * 4] !== 0) slot = (slot + 1) & mask;
  slots[slot * 4] = id + 1;
  slots[slot * 4 + 1] = hash;
  slots[slot * 4 + 2] = at;
  slots[slot * 4 + 3] = length;
}

/** The same entries in twice as many slots. */
function rehashed(from: Int32Array): Int32Array {
  const slots = new Int32Array(from.length * 2);
  for (let slot = 0; slot < from.length; slot += 4) {
    if (from[slot] !== 0) insert(slots, from[slot]! - 1, from[slot + 1]!, from[slot + 2]!, from[slot + 3]!);
  }
  return slots;
}
