/**
 * Paraphrases between aligned neighbours. A sentence rewritten in other words scores below
 * the alignment's bar (the seeds' rt/dpa ¶5 against SRF's ¶5: "In der Erklärung des Nationalen
 * Sicherheitsrates hieß es zudem …" / "Aus dem Weissen Haus hiess es …", 0.29), and lowering
 * the bar everywhere links sentences that only share a topic. Where the paragraphs before both
 * (or after both) are aligned to each other, though, two unlinked sentences that are each
 * other's best match are the same report told again, as a diff tool pairs the changed lines
 * between two matched ones.
 */
import type { AlignTuning } from './align-tuning';
import { scoredPair, type ScoredPair } from './candidate-pairs';
import type { PreparedArticle } from './prepare-article';
import { sharedGrams } from './sentence-sketch';

export function anchoredPairs(
  left: PreparedArticle,
  right: PreparedArticle,
  kept: readonly ScoredPair[],
  tuning: AlignTuning,
): ScoredPair[] {
  const linkedLeft = new Set<number>();
  const linkedRight = new Set<number>();
  /** Right paragraphs aligned to each left paragraph. */
  const partners = new Map<number, Set<number>>();
  for (const pair of kept) {
    linkedLeft.add(pair.left);
    linkedRight.add(pair.right);
    const pl = left.sentences[pair.left]!.paragraph;
    let set = partners.get(pl);
    if (!set) partners.set(pl, (set = new Set()));
    set.add(right.sentences[pair.right]!.paragraph);
  }
  const found: ScoredPair[] = [];
  for (let pl = 0; pl < left.paragraphSentences.length; pl++) {
    const lefts = left.paragraphSentences[pl]!.filter((id) => !linkedLeft.has(id));
    if (lefts.length === 0) continue;
    // The right paragraphs after a partner of the paragraph before, or before a partner of the one after.
    const facing = new Set<number>();
    for (const pr of partners.get(pl - 1) ?? []) facing.add(pr + 1);
    for (const pr of partners.get(pl + 1) ?? []) facing.add(pr - 1);
    for (const pr of facing) {
      const rights = right.paragraphSentences[pr]?.filter((id) => !linkedRight.has(id)) ?? [];
      for (const l of lefts) for (const r of rights) addIfStrong(found, left, right, l, r, tuning);
    }
  }
  return eachOthersBest(found);
}

function addIfStrong(
  found: ScoredPair[],
  left: PreparedArticle,
  right: PreparedArticle,
  l: number,
  r: number,
  tuning: AlignTuning,
): void {
  const a = left.sentences[l]!;
  const b = right.sentences[r]!;
  const pair = scoredPair(a, b, sharedGrams(a.sketch, b.sketch), tuning, tuning.anchoredMin);
  // Short sentences (headings, datelines) share a name or two by chance.
  if (pair && !pair.short) found.push(pair);
}

/** The pairs that are the best of both their sentences (ties to the first found). */
function eachOthersBest(pairs: readonly ScoredPair[]): ScoredPair[] {
  const bestLeft = new Map<number, ScoredPair>();
  const bestRight = new Map<number, ScoredPair>();
  for (const pair of pairs) {
    if ((bestLeft.get(pair.left)?.score ?? -1) < pair.score) bestLeft.set(pair.left, pair);
    if ((bestRight.get(pair.right)?.score ?? -1) < pair.score) bestRight.set(pair.right, pair);
  }
  return [...bestLeft.values()].filter((pair) => bestRight.get(pair.right) === pair);
}
