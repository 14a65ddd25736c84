/**
 * Learns site chrome from a folder (see mark-repeated-boilerplate.ts for what chrome is):
 * pure, on numbers only. All compared paragraphs of the folder go into typed arrays and are
 * grouped by key in a hash table; neighbours, groups and outlets are indices, never sets of
 * keys or maps of objects, since a hundred thousand articles have millions of paragraphs.
 */
import {
  flattenParagraphKeys,
  MIN_SHARED_STORY,
  type FlatParagraphs,
  type ParagraphKeys,
} from './flatten-paragraph-keys';
import { KeyTally } from './key-tally';

export type { ParagraphKeys } from './flatten-paragraph-keys';

/** Longest paragraph that can be chrome learned within one outlet. */
const MAX_OUTLET_CHROME = 300;
/** Longest paragraph that can be chrome learned across outlets. */
const MAX_FOLDER_CHROME = 80;
/** Repeats within one outlet that make a paragraph chrome. */
const MIN_REPEATS = 3;
/** Across outlets: in at least 2 % of the folder, and never fewer than 5 articles (small folders are one story). */
const FOLDER_SHARE = 0.02;
const MIN_FOLDER_REPEATS = 5;

/** Key hashes of the folder's chrome paragraphs. */
export function learnRepeatedChrome(articles: readonly ParagraphKeys[]): Set<number> {
  const flat = flattenParagraphKeys(articles);
  return new Set(learnChromePart(flat, 0, 1, new Uint8Array(flat.keys.length)));
}

/** Which of `parts` partitions a key belongs to (by its low 32 bits, already a hash). */
export function partitionOfKey(key: number, parts: number): number {
  return Math.floor(((key >>> 0) * parts) / 4294967296);
}

/**
 * The chrome among the keys of partition `part` of `parts`, so that workers learn a large
 * folder's chrome together: groups never cross partitions, but whether a paragraph sits next
 * to shared story text depends on its neighbours' groups. So every part first marks its
 * shared story paragraphs in `storyFlags` (shared by all parts, one byte per paragraph),
 * waits at `allMarked` until every part has, then decides on its groups. With one part this
 * is the whole learning.
 */
export function learnChromePart(
  flat: FlatParagraphs,
  part: number,
  parts: number,
  storyFlags: Uint8Array,
  allMarked: () => void = () => undefined,
): number[] {
  const { lengths, before, after } = flat;
  const groups = groupPartition(flat, part, parts);
  const { order, sortedKeys, sortedOwner, starts, distinctOf, count } = groups;
  for (let group = 0; group < count; group++) {
    const start = starts[group]!;
    if (lengths[order[start]!]! < MIN_SHARED_STORY || distinctOf[group]! < 2) continue;
    for (let q = start; q < starts[group + 1]!; q++) storyFlags[order[q]!] = 1;
  }
  allMarked();
  const folderRepeats = Math.max(MIN_FOLDER_REPEATS, Math.ceil(flat.outletOf.length * FOLDER_SHARE));
  const perOutlet = new Uint32Array(flat.outlets);
  const touched = new Uint32Array(flat.outlets);
  const beforeTally = new KeyTally();
  const afterTally = new KeyTally();
  const chrome: number[] = [];
  for (let group = 0; group < count; group++) {
    const distinct = distinctOf[group]!;
    if (distinct < MIN_REPEATS) continue;
    const start = starts[group]!;
    const end = starts[group + 1]!;
    const length = lengths[order[start]!]!;
    if (length > MAX_OUTLET_CHROME) continue;
    // Story text runs on: a long paragraph next to shared story text, or a short one between two.
    const long = length >= MIN_SHARED_STORY;
    // Copy runs on with the same text around it: a neighbour counts only when another copy of
    // this paragraph has it too (a site teaser above reposted articles has another in each).
    // Tallied only where shared story alone would keep it.
    const context: StoryContext = { flat, groups, storyFlags, start, end, long, beforeSeen: null, afterSeen: null };
    let { embedded, heading } = storyContextOf(context);
    if ((embedded + heading) * 2 >= distinct) {
      context.beforeSeen = tallyNeighbours(beforeTally, flat, before, groups, start, end);
      context.afterSeen = tallyNeighbours(afterTally, flat, after, groups, start, end);
      ({ embedded, heading } = storyContextOf(context));
    }
    if (embedded * 2 >= distinct) continue;
    let outletRepeat = false;
    let outletCount = 0;
    for (let q = start; q < end; q++) {
      if (q !== start && sortedOwner[q] === sortedOwner[q - 1]) continue;
      const outlet = flat.outletOf[sortedOwner[q]!]!;
      if (outlet < 0) continue;
      if (perOutlet[outlet]!++ === 0) touched[outletCount++] = outlet;
      if (perOutlet[outlet]! >= MIN_REPEATS) outletRepeat = true;
    }
    for (let t = 0; t < outletCount; t++) perOutlet[touched[t]!] = 0;
    // Across outlets, a line that mostly heads the same shared copy is that copy's headline, not
    // chrome; within one outlet it may still be (a site banner above agency stories).
    const folderRepeat =
      length <= MAX_FOLDER_CHROME && distinct >= folderRepeats && (embedded + heading) * 2 < distinct;
    if (outletRepeat || folderRepeat) chrome.push(sortedKeys[start]!);
  }
  return chrome;
}

/** A group [start, end) of paragraphs, and what telling its story context needs. */
interface StoryContext {
  flat: FlatParagraphs;
  groups: KeyGroups;
  storyFlags: Uint8Array;
  start: number;
  end: number;
  long: boolean;
  /** Neighbour keys of the group's articles: a neighbour counts only when another has it too. */
  beforeSeen: KeyTally | null;
  afterSeen: KeyTally | null;
}

/**
 * Of the articles of a group: how many hold it inside story text (`embedded`), and how many
 * have it above story text with nothing story-long before (`heading`: an agency headline).
 */
function storyContextOf(context: StoryContext): { embedded: number; heading: number } {
  const { flat, storyFlags, start, end, long, beforeSeen, afterSeen } = context;
  const { order, sortedOwner } = context.groups;
  let embedded = 0;
  let heading = 0;
  for (let q = start; q < end; q++) {
    if (q !== start && sortedOwner[q] === sortedOwner[q - 1]) continue;
    const entry = order[q]!;
    const b = isStory(flat.before[entry]!, flat.keys, storyFlags, beforeSeen);
    const a = isStory(flat.after[entry]!, flat.keys, storyFlags, afterSeen);
    if (long ? b || a : b && a) embedded++;
    else if (a && flat.before[entry] === -1) heading++;
  }
  return { embedded, heading };
}

function isStory(paragraph: number, keys: Float64Array, storyFlags: Uint8Array, seen: KeyTally | null): boolean {
  return paragraph !== -1 && storyFlags[paragraph] === 1 && (seen === null || seen.count(keys[paragraph]!) >= 2);
}

/** Tallies the neighbour keys (`side`: before or after) of the articles of group [start, end). */
function tallyNeighbours(
  tally: KeyTally,
  flat: FlatParagraphs,
  side: Int32Array,
  groups: KeyGroups,
  start: number,
  end: number,
): KeyTally {
  const { order, sortedOwner } = groups;
  tally.reset(end - start);
  for (let q = start; q < end; q++) {
    if (q !== start && sortedOwner[q] === sortedOwner[q - 1]) continue;
    const neighbour = side[order[q]!]!;
    if (neighbour !== -1) tally.add(flat.keys[neighbour]!);
  }
  return tally;
}

/** One key's paragraphs per group, in article and paragraph order, with columns in that order. */
interface KeyGroups {
  /** Paragraph indices, grouped. */
  order: Uint32Array;
  sortedKeys: Float64Array;
  sortedOwner: Uint32Array;
  /** Group g is order[starts[g] … starts[g + 1]). */
  starts: Uint32Array;
  /** Articles in the group (an article counts once, with the context of its first paragraph). */
  distinctOf: Uint32Array;
  count: number;
}

function groupPartition(flat: FlatParagraphs, part: number, parts: number): KeyGroups {
  const { keys, owner } = flat;
  const { groupOf, groupKeys, sizes, count } = numberGroups(keys, part, parts);
  // A counting sort by group: each group's paragraphs stay in article and paragraph order.
  const starts = new Uint32Array(count + 1);
  for (let group = 0; group < count; group++) starts[group + 1] = starts[group]! + sizes[group]!;
  const total = starts[count]!;
  const next = starts.slice(0, count);
  const order = new Uint32Array(total);
  for (let p = 0; p < keys.length; p++) {
    const group = groupOf[p]!;
    if (group !== -1) order[next[group]!++] = p;
  }
  // The columns in group order: the loops read them in sequence, not at random.
  const sortedKeys = new Float64Array(total);
  const sortedOwner = new Uint32Array(total);
  const distinctOf = new Uint32Array(count);
  for (let group = 0; group < count; group++) {
    let distinct = 0;
    for (let q = starts[group]!; q < starts[group + 1]!; q++) {
      sortedKeys[q] = groupKeys[group]!;
      sortedOwner[q] = owner[order[q]!]!;
      if (q === starts[group] || sortedOwner[q] !== sortedOwner[q - 1]) distinct++;
    }
    distinctOf[group] = distinct;
  }
  return { order, sortedKeys, sortedOwner, starts, distinctOf, count };
}

/**
 * Numbers the distinct keys of partition `part` in order of first appearance, with an open
 * addressing table on a key's low 32 bits (already a hash): one pass, where two radix sorts
 * of all 53 bits scattered every paragraph four times. groupOf is -1 outside the partition.
 */
function numberGroups(
  keys: Float64Array,
  part: number,
  parts: number,
): { groupOf: Int32Array; groupKeys: Float64Array; sizes: Uint32Array; count: number } {
  const n = keys.length;
  let selected = n;
  if (parts > 1) {
    selected = 0;
    for (let p = 0; p < n; p++) if (partitionOfKey(keys[p]!, parts) === part) selected++;
  }
  // At most half full, so that probes stay short.
  let capacity = 8;
  while (capacity < selected * 2) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Int32Array(capacity).fill(-1);
  const groupOf = new Int32Array(n);
  const groupKeys = new Float64Array(selected);
  const sizes = new Uint32Array(selected);
  let count = 0;
  for (let p = 0; p < n; p++) {
    const key = keys[p]!;
    if (parts > 1 && partitionOfKey(key, parts) !== part) {
      groupOf[p] = -1;
      continue;
    }
    let slot = (key >>> 0) & mask;
    let group = slots[slot]!;
    while (group !== -1 && groupKeys[group] !== key) {
      slot = (slot + 1) & mask;
      group = slots[slot]!;
    }
    if (group === -1) {
      group = count++;
      slots[slot] = group;
      groupKeys[group] = key;
    }
    groupOf[p] = group;
    sizes[group]!++;
  }
  return { groupOf, groupKeys, sizes, count };
}
