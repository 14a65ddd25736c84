import { describe, expect, it } from 'vitest';
import { sharedConcat } from './shared-memory';

describe('sharedConcat', () => {
  it('puts each part at an 8-byte aligned offset of one shared segment', () => {
    const parts = [Uint8Array.of(1, 2, 3), Uint8Array.of(), Uint8Array.from({ length: 9 }, (_, i) => i + 10)];
    const { segment, offsets } = sharedConcat(parts);
    expect(segment).toBeInstanceOf(SharedArrayBuffer);
    expect(offsets).toEqual([0, 8, 8]);
    expect(segment.byteLength).toBe(24);
    parts.forEach((part, k) => expect([...new Uint8Array(segment, offsets[k], part.length)]).toEqual([...part]));
  });
});
