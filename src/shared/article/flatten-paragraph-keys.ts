/**
 * A folder's compared paragraphs as flat columns for chrome learning (learn-repeated-chrome.ts),
 * with each one's nearest story-length neighbours. Articles held as objects and analyses in
 * shared memory (read in place, see sharedKeyColumns) flatten alike.
 */
/** Paragraphs at least this long, found in two articles, count as shared story text. */
export const MIN_SHARED_STORY = 80;

/** What chrome learning needs of one article: its compared paragraphs as key hashes and lengths. */
export interface ParagraphKeys {
  outlet: string | null;
  /** Key hashes of the compared paragraphs, in order (paragraphKeyHash). */
  keys: readonly number[] | Float64Array;
  /** Key lengths (characters), same order. */
  lengths: readonly number[] | Uint32Array;
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
