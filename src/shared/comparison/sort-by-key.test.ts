import { describe, expect, it } from 'vitest';
import { sortByKey } from './sort-by-key';
import { seededRandom } from './test-support/synthetic-text';

describe('sortByKey', () => {
  it('sorts by key and keeps the input order of equal keys', () => {
    const random = seededRandom(5);
    const keys = Uint32Array.from({ length: 5000 }, () => Math.floor(random() * 300) * 0x01000193);
    const values = Uint32Array.from({ length: 5000 }, (_, i) => i);
    const expected = [...keys].map((key, i) => [key, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const sorted = sortByKey(keys.slice(), values.slice());
    expect([...sorted.keys]).toEqual(expected.map(([key]) => key));
    expect([...sorted.values]).toEqual(expected.map(([, i]) => i));
  });
});
