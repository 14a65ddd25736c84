import { describe, expect, it } from 'vitest';
import type { CorpusEntry } from './corpus-entries';
import { analysisAt, shareEntries } from './corpus-entries';

const entryWith = (analysis: Uint8Array) => ({ analysis }) as CorpusEntry;

describe('shareEntries', () => {
  it('points into the shared batches as they are and copies only the rest into one more segment', () => {
    const batch = new Uint8Array(new SharedArrayBuffer(32));
    batch.set([1, 2, 3], 0);
    batch.set([4, 5], 8);
    const entries = [
      entryWith(batch.subarray(0, 3)),
      entryWith(Uint8Array.from([9, 9, 9, 9, 9])), // from the cache: not shared
      entryWith(batch.subarray(8, 10)),
      entryWith(Uint8Array.from([7])),
    ];
    const shared = shareEntries(entries);
    expect(shared.segments[0]).toBe(batch.buffer);
    expect(shared.segments.length).toBe(2);
    const at = (k: number) => [...analysisAt(shared, k)];
    expect([0, 1, 2, 3].map(at)).toEqual([[1, 2, 3], [9, 9, 9, 9, 9], [4, 5], [7]]);
    // Copies start on 8-byte boundaries: analyses hold float64 columns.
    expect([...shared.offsets].every((offset) => offset % 8 === 0)).toBe(true);
  });
});
