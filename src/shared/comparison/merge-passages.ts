/**
 * Accepted sentence pairs → passages. Edges sharing a sentence become one passage when each
 * side stays a consecutive run of one paragraph: that is a split or a merge. Otherwise they
 * stay separate links (the same sentence linked into two paragraphs, or duplicated copy).
 *
 * The passages touching each sentence are kept in small arrays in the order a Set would
 * keep them (merges try neighbours in that order, and the output is listed in it), not in
 * a Map of Sets: between megabyte articles that bookkeeping cost more than the merging.
 */
import type { AlignTuning } from './align-tuning';
import type { SentenceLink } from './align-sentences';
import type { ScoredPair } from './candidate-pairs';
import type { PreparedArticle } from './prepare-article';
import { dice, mergeSketches } from './sentence-sketch';

interface Passage {
  left: number[];
  right: number[];
}

/** Passages holding each sentence id of one side, and the ids in the order they were first seen. */
interface SideIndex {
  byId: (Passage[] | undefined)[];
  order: number[];
}

export function mergeIntoPassages(
  edges: readonly ScoredPair[],
  left: PreparedArticle,
  right: PreparedArticle,
  tuning: AlignTuning,
): SentenceLink[] {
  const byLeft: SideIndex = { byId: [], order: [] };
  const byRight: SideIndex = { byId: [], order: [] };
  const sorted = [...edges].sort((a, b) => b.score - a.score || a.left - b.left || a.right - b.right);
  const neighbours: Passage[] = [];
  for (const edge of sorted) {
    let passage: Passage = { left: [edge.left], right: [edge.right] };
    neighbours.length = 0;
    for (const other of byLeft.byId[edge.left] ?? []) neighbours.push(other);
    for (const other of byRight.byId[edge.right] ?? []) if (!neighbours.includes(other)) neighbours.push(other);
    for (const other of neighbours) {
      const merged = tryMerge(other, passage, left, right, tuning);
      if (!merged) continue;
      unregister(byLeft, other.left, other);
      unregister(byRight, other.right, other);
      passage = merged;
    }
    register(byLeft, passage.left, passage);
    register(byRight, passage.right, passage);
  }
  const passages = new Set<Passage>();
  for (const id of byLeft.order) for (const passage of byLeft.byId[id]!) passages.add(passage);
  return [...passages]
    .map((passage) => ({
      left: passage.left,
      right: passage.right,
      similarity: dice(sketchOf(left, passage.left), sketchOf(right, passage.right)),
    }))
    .sort((a, b) => a.left[0]! - b.left[0]! || a.right[0]! - b.right[0]!);
}

function sketchOf(prepared: PreparedArticle, ids: number[]): Uint32Array {
  if (ids.length === 1) return prepared.sentences[ids[0]!]!.sketch;
  return mergeSketches(ids.map((id) => prepared.sentences[id]!.sketch));
}

function listOf(side: SideIndex, id: number): Passage[] {
  let list = side.byId[id];
  if (!list) {
    side.byId[id] = list = [];
    side.order.push(id);
  }
  return list;
}

/** Set.add: a passage already listed keeps its place. */
function register(side: SideIndex, ids: readonly number[], passage: Passage): void {
  for (const id of ids) {
    const list = listOf(side, id);
    if (!list.includes(passage)) list.push(passage);
  }
}

/** Set.delete: the others keep their order. */
function unregister(side: SideIndex, ids: readonly number[], passage: Passage): void {
  for (const id of ids) {
    const list = listOf(side, id);
    const at = list.indexOf(passage);
    if (at >= 0) list.splice(at, 1);
  }
}

function tryMerge(
  a: Passage,
  b: Passage,
  left: PreparedArticle,
  right: PreparedArticle,
  tuning: AlignTuning,
): Passage | null {
  const leftIds = unionRun(a.left, b.left, left, tuning.maxPassageSentences);
  if (!leftIds) return null;
  const rightIds = unionRun(a.right, b.right, right, tuning.maxPassageSentences);
  if (!rightIds) return null;
  return { left: leftIds, right: rightIds };
}

/** The union of two id lists if it is a consecutive run within one paragraph, else null. */
export function unionRun(
  a: readonly number[],
  b: readonly number[],
  article: PreparedArticle,
  max: number,
): number[] | null {
  const ids = [...a];
  for (const id of b) if (!ids.includes(id)) ids.push(id);
  if (ids.length > max) return null;
  // A handful of ids: an insertion sort, no comparator calls.
  for (let i = 1; i < ids.length; i++) {
    const id = ids[i]!;
    let j = i;
    for (; j > 0 && ids[j - 1]! > id; j--) ids[j] = ids[j - 1]!;
    ids[j] = id;
  }
  const paragraph = article.sentences[ids[0]!]!.paragraph;
  for (let i = 0; i < ids.length; i++) {
    if (ids[i] !== ids[0]! + i) return null;
    if (article.sentences[ids[i]!]!.paragraph !== paragraph) return null;
  }
  return ids;
}
