/**
 * Learns site chrome from a folder (see mark-repeated-boilerplate.ts for what chrome is):
 * pure, on numbers only. All compared paragraphs of the folder go into typed arrays and are
 * grouped by key with a radix sort; neighbours, groups and outlets are indices, never sets of
 * keys or maps of objects, since a hundred thousand articles have millions of paragraphs.
 */
import { sortByKey } from '../comparison/sort-by-key';

/** Longest paragraph that can be chrome learned within one outlet. */
const MAX_OUTLET_CHROME = 300;
/** Longest paragraph that can be chrome learned across outlets. */
const MAX_FOLDER_CHROME = 80;
/** Paragraphs at least this long, found in two articles, count as shared story text. */
const MIN_SHARED_STORY = 80;
/** Repeats within one outlet that make a paragraph chrome. */
const MIN_REPEATS = 3;
/** Across outlets: in at least 2 % of the folder, and never fewer than 5 articles (small folders are one story). */
const FOLDER_SHARE = 0.02;
const MIN_FOLDER_REPEATS = 5;

/** What chrome learning needs of one article: its compared paragraphs as key hashes and lengths. */
export interface ParagraphKeys {
  outlet: string | null;
  /** Key hashes of the compared paragraphs, in order (paragraphKeyHash). */
  keys: readonly number[] | Float64Array;
  /** Key lengths (characters), same order. */
  lengths: readonly number[] | Uint32Array;
}

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
  const sharedStory = (paragraph: number) => paragraph !== -1 && storyFlags[paragraph] === 1;

  const folderRepeats = Math.max(MIN_FOLDER_REPEATS, Math.ceil(flat.outletOf.length * FOLDER_SHARE));
  const perOutlet = new Uint32Array(flat.outlets);
  const touched = new Uint32Array(flat.outlets);
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
    let embedded = 0;
    // A short one that opens shared story text (nothing story-long before it): an agency headline.
    let heading = 0;
    for (let q = start; q < end; q++) {
      if (q !== start && sortedOwner[q] === sortedOwner[q - 1]) continue;
      const entry = order[q]!;
      const b = sharedStory(before[entry]!);
      const a = sharedStory(after[entry]!);
      if (long ? b || a : b && a) embedded++;
      else if (a && before[entry] === -1) heading++;
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
  let selected: Uint32Array | null = null;
  if (parts > 1) {
    let size = 0;
    for (let p = 0; p < keys.length; p++) if (partitionOfKey(keys[p]!, parts) === part) size++;
    selected = new Uint32Array(size);
    let at = 0;
    for (let p = 0; p < keys.length; p++) if (partitionOfKey(keys[p]!, parts) === part) selected[at++] = p;
  }
  const order = groupByKey(keys, selected);
  const total = order.length;
  // The columns in group order: the loops read them in sequence, not at random.
  const sortedKeys = new Float64Array(total);
  const sortedOwner = new Uint32Array(total);
  for (let p = 0; p < total; p++) {
    sortedKeys[p] = keys[order[p]!]!;
    sortedOwner[p] = owner[order[p]!]!;
  }
  const starts = new Uint32Array(total + 1);
  const distinctOf = new Uint32Array(total);
  let count = 0;
  for (let p = 0; p < total;) {
    const start = p;
    const key = sortedKeys[start]!;
    let distinct = 0;
    for (; p < total && sortedKeys[p] === key; p++) {
      if (p === start || sortedOwner[p] !== sortedOwner[p - 1]) distinct++;
    }
    starts[count] = start;
    distinctOf[count] = distinct;
    count++;
  }
  starts[count] = total;
  return { order, sortedKeys, sortedOwner, starts, distinctOf, count };
}

/** Every compared paragraph of a folder, in article order, as columns. */
export interface FlatParagraphs {
  keys: Float64Array;
  lengths: Uint32Array;
  /** The article of each paragraph. */
  owner: Uint32Array;
  /** The nearest story-length paragraph before and after each one in its article (-1: none). */
  before: Int32Array;
  after: Int32Array;
  /** Each article's outlet as a number (-1: none), and how many outlets there are. */
  outletOf: Int32Array;
  outlets: number;
}

export function flattenParagraphKeys(articles: readonly ParagraphKeys[]): FlatParagraphs {
  let total = 0;
  for (const article of articles) total += article.keys.length;
  const flat: FlatParagraphs = {
    keys: new Float64Array(total),
    lengths: new Uint32Array(total),
    owner: new Uint32Array(total),
    before: new Int32Array(total),
    after: new Int32Array(total),
    outletOf: new Int32Array(articles.length),
    outlets: 0,
  };
  const { keys, lengths, owner, before, after } = flat;
  const outletIds = new Map<string, number>();
  let at = 0;
  for (let index = 0; index < articles.length; index++) {
    const article = articles[index]!;
    let outlet = -1;
    if (article.outlet) {
      outlet = outletIds.get(article.outlet) ?? outletIds.size;
      outletIds.set(article.outlet, outlet);
    }
    flat.outletOf[index] = outlet;
    // Two linear passes find the neighbours.
    const from = at;
    let last = -1;
    for (let i = 0; i < article.keys.length; i++, at++) {
      keys[at] = article.keys[i]!;
      lengths[at] = article.lengths[i]!;
      owner[at] = index;
      before[at] = last;
      if (lengths[at]! >= MIN_SHARED_STORY) last = at;
    }
    last = -1;
    for (let k = at - 1; k >= from; k--) {
      after[k] = last;
      if (lengths[k]! >= MIN_SHARED_STORY) last = k;
    }
  }
  flat.outlets = outletIds.size;
  return flat;
}

/**
 * Indices of `keys` (53-bit integers) grouped by key, stable: low 32 bits first, then high.
 * Only the indices in `selected` (ascending) when given.
 */
function groupByKey(keys: Float64Array, selected: Uint32Array | null): Uint32Array {
  const n = selected ? selected.length : keys.length;
  const low = new Uint32Array(n);
  const high = new Uint32Array(n);
  const positions = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const key = keys[selected ? selected[i]! : i]!;
    high[i] = Math.floor(key / 4294967296);
    low[i] = key - high[i]! * 4294967296;
    positions[i] = i;
  }
  const byLow = sortByKey(low, positions).values;
  const highInOrder = new Uint32Array(n);
  for (let i = 0; i < n; i++) highInOrder[i] = high[byLow[i]!]!;
  const grouped = sortByKey(highInOrder, byLow).values;
  if (selected) for (let i = 0; i < n; i++) grouped[i] = selected[grouped[i]!]!;
  return grouped;
}
