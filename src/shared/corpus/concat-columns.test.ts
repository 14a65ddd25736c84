import { describe, expect, it } from 'vitest';
import { concatColumns } from './concat-columns';

describe('concatColumns', () => {
  it('joins the parts in order into one column of their type', () => {
    const joined = concatColumns(
      [Float32Array.from([0.5]), new Float32Array(0), Float32Array.from([1, 2])],
      Float32Array,
    );
    expect(joined).toBeInstanceOf(Float32Array);
    expect([...joined]).toEqual([0.5, 1, 2]);
  });
});
