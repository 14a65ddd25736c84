import { describe, expect, it } from 'vitest';
import { concatColumns, concatRecords } from './concat-columns';

describe('concatColumns', () => {
  it('joins the parts in order into one column of their type', () => {
    const joined = concatColumns(
      [Float32Array.from([0.5]), new Float32Array(0), Float32Array.from([1, 2])],
      Float32Array,
    );
    expect(joined).toBeInstanceOf(Float32Array);
    expect([...joined]).toEqual([0.5, 1, 2]);
  });

  it('joins records column by column, each column keeping its type and its parts in order', () => {
    const joined = concatRecords(
      [
        { ids: Uint32Array.from([1, 2]), shares: Float32Array.from([0.5, 0.25]) },
        { ids: new Uint32Array(0), shares: new Float32Array(0) },
        { ids: Uint32Array.from([3]), shares: Float32Array.from([1]) },
      ],
      { ids: Uint32Array, shares: Float32Array },
    );
    expect(joined.ids).toBeInstanceOf(Uint32Array);
    expect(joined.shares).toBeInstanceOf(Float32Array);
    expect([...joined.ids]).toEqual([1, 2, 3]);
    expect([...joined.shares]).toEqual([0.5, 0.25, 1]);
  });

  it('places every column where `allocate` says (shared memory for workers)', () => {
    const shared = (length: number): Uint32Array => new Uint32Array(new SharedArrayBuffer(4 * length));
    const joined = concatRecords<{ a: Uint32Array; b: Uint32Array }>(
      [
        { a: Uint32Array.from([7]), b: Uint32Array.from([8, 9]) },
        { a: Uint32Array.from([1]), b: new Uint32Array(0) },
      ],
      { a: Uint32Array, b: Uint32Array },
      shared,
    );
    expect(joined.a.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(joined.b.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect([...joined.a]).toEqual([7, 1]);
    expect([...joined.b]).toEqual([8, 9]);
  });
});
