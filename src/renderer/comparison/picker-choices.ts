/**
 * What a side's article picker lists. A small folder lists every article. In a large one a
 * native select of thousands of options is no help to anyone and costs the window dearly:
 * it was re-rendered with every batch read, which slowed reading a 10,000-article folder
 * fivefold. There the picker lists the articles that share text with the other side,
 * strongest first; every article stays a click away in the list (L / R).
 */
import type { ArticleSummary } from '../../shared/article/summarize-article';
import type { PairScore } from '../../shared/comparison/comparison-types';

/** Up to this many articles, a picker lists them all. */
export const PICK_ALL_LIMIT = 500;
/** Partners of the other side listed in a larger folder's picker. */
export const PICK_PARTNERS_LIMIT = 200;

export interface PickerChoices {
  articles: readonly ArticleSummary[];
  /** Only the other side's partners are listed (a large folder). */
  partnersOnly: boolean;
}

export function pickerChoices(
  articles: readonly ArticleSummary[],
  pairs: readonly PairScore[],
  value: string | null,
  other: string | null,
): PickerChoices {
  if (articles.length <= PICK_ALL_LIMIT) return { articles, partnersOnly: false };
  // The ids to list, each with its place: the current article first, then partners.
  const order = new Map<string, number>(value ? [[value, 0]] : []);
  if (other) {
    // Pairs come ranked, strongest first.
    for (const pair of pairs) {
      if (order.size > PICK_PARTNERS_LIMIT) break;
      const partner = pair.left === other ? pair.right : pair.right === other ? pair.left : null;
      if (partner !== null && !order.has(partner)) order.set(partner, order.size);
    }
  }
  // One pass over the folder for a few ids: no map of every article per batch read.
  const found: (ArticleSummary | undefined)[] = new Array(order.size);
  for (const article of articles) {
    const k = order.get(article.id);
    if (k !== undefined) found[k] = article;
  }
  const out = found.filter((article): article is ArticleSummary => article !== undefined);
  return { articles: out, partnersOnly: true };
}
