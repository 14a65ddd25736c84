/**
 * Articles that reuse each other form a story: the connected groups of the pair graph where
 * a pair's score reaches the threshold. Pure; the sidebar shows each story as a group.
 */
import type { PairScore } from '../comparison/comparison-types';

export const STORY_THRESHOLD = 0.2;

export interface Story {
  /** Article ids, in the order given. */
  members: string[];
}

export function groupStories(
  ids: readonly string[],
  pairs: readonly PairScore[],
  threshold = STORY_THRESHOLD,
): Story[] {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Path compression keeps later look-ups flat.
    let node = id;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const pair of pairs) {
    if (pair.score < threshold || !parent.has(pair.left) || !parent.has(pair.right)) continue;
    const a = find(pair.left);
    const b = find(pair.right);
    if (a !== b) parent.set(b, a);
  }
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const root = find(id);
    const group = groups.get(root);
    if (group) group.push(id);
    else groups.set(root, [id]);
  }
  // Larger stories first; among equals, keep the articles' own order.
  return [...groups.values()].map((members) => ({ members })).sort((a, b) => b.members.length - a.members.length);
}
