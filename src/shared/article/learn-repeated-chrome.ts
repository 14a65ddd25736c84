/**
 * Learns site chrome from a folder (see mark-repeated-boilerplate.ts for what chrome is):
 * pure, on numbers only. All compared paragraphs of the folder go into typed arrays and are
 * grouped by key in a hash table; neighbours, groups and outlets are indices, never sets of
 * keys or maps of objects, since a hundred thousand articles have millions of paragraphs.
 */

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
  let paragraphs = 0;
  for (const article of articles) paragraphs += article.keys.length;
  return flattenKeyColumns({
    articles: articles.length,
    paragraphs,
    outlet: (k) => articles[k]!.outlet,
    copy(k, keys, lengths, at) {
      const article = articles[k]!;
      for (let i = 0; i < article.keys.length; i++) {
        keys[at + i] = article.keys[i]!;
        lengths[at + i] = article.lengths[i]!;
      }
      return article.keys.length;
    },
  });
}

/**
 * A folder's paragraph keys however they are held: `copy` writes article k's keys and lengths
 * at `at` and says how many. Analyses in shared memory are read in place this way, without a
 * view per article (see sharedKeyColumns).
 */
export interface ParagraphKeyColumns {
  articles: number;
  /** Paragraphs of all articles. */
  paragraphs: number;
  outlet(k: number): string | null;
  copy(k: number, keys: Float64Array, lengths: Uint32Array, at: number): number;
}

export function flattenKeyColumns(columns: ParagraphKeyColumns): FlatParagraphs {
  const total = columns.paragraphs;
  const flat: FlatParagraphs = {
    keys: new Float64Array(total),
    lengths: new Uint32Array(total),
    owner: new Uint32Array(total),
    before: new Int32Array(total),
    after: new Int32Array(total),
    outletOf: new Int32Array(columns.articles),
    outlets: 0,
  };
  const { keys, lengths, owner, before, after } = flat;
  const outletIds = new Map<string, number>();
  let at = 0;
  for (let index = 0; index < columns.articles; index++) {
    const name = columns.outlet(index);
    let outlet = -1;
    if (name) {
      outlet = outletIds.get(name) ?? outletIds.size;
      outletIds.set(name, outlet);
    }
    flat.outletOf[index] = outlet;
    const from = at;
    const end = from + columns.copy(index, keys, lengths, from);
    // Two linear passes find the neighbours.
    let last = -1;
    for (; at < end; at++) {
      owner[at] = index;
      before[at] = last;
      if (lengths[at]! >= MIN_SHARED_STORY) last = at;
    }
    last = -1;
    for (let k = end - 1; k >= from; k--) {
      after[k] = last;
      if (lengths[k]! >= MIN_SHARED_STORY) last = k;
    }
  }
  flat.outlets = outletIds.size;
  return flat;
}
