import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEdges } from './candidate-edges';
import { pairScore, sortPairs } from './pair-scores';

describe('mergeEdges', () => {
  it('ranks pairs as sortPairs does, so that the ranking finds them in order', () => {
    // Shares in eighths: equal scores with different other shares are common.
    const share = fc.integer({ min: 1, max: 8 }).map((eighths) => eighths / 8);
    const find = fc.record({ from: fc.nat(30), to: fc.nat(30), share });
    fc.assert(
      fc.property(fc.array(find, { maxLength: 200 }), (finds) => {
        const edges = finds.filter((f) => f.from !== f.to);
        const merged = mergeEdges(
          {
            from: Uint32Array.from(edges, (f) => f.from),
            to: Uint32Array.from(edges, (f) => f.to),
            share: Float32Array.from(edges, (f) => f.share),
          },
          () => 0.5,
        );
        // Ids in article order, as a folder's sorted listing gives them.
        const id = (k: number) => String(k).padStart(3, '0');
        const pairs = Array.from(merged.left, (left, k) =>
          pairScore(id(left), id(merged.right[k]!), merged.leftShare[k]!, merged.rightShare[k]!),
        );
        const names = (list: typeof pairs) => list.map((p) => `${p.left}~${p.right}`);
        expect(names(sortPairs([...pairs]))).toEqual(names(pairs));
      }),
    );
  });
});
