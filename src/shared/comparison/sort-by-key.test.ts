import { describe, expect, it } from 'vitest';
import { scatterByDigit, sortByKey } from './sort-by-key';
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

describe('scatterByDigit', () => {
  it('places each pair at the next free place of its digit, in input order', () => {
    const keys = Uint32Array.from([0x21, 0x10, 0x22, 0x11]);
    // Digit (key >>> 4) & 0xf: two pairs of digit 1 start at 0, two of digit 2 at 2.
    const counts = Uint32Array.from([0, 0, 2, 4]);
    const toKeys = new Uint32Array(4);
    const toValues = new Uint32Array(4);
    scatterByDigit(keys, null, counts, 4, 0xf, toKeys, toValues);
    expect([...toKeys].map((k) => k.toString(16))).toEqual(['10', '11', '21', '22']);
    expect([...toValues]).toEqual([1, 3, 0, 2]);
    expect([...counts]).toEqual([0, 2, 4, 4]);
    const carried = new Uint32Array(4);
    scatterByDigit(keys, Uint32Array.from([7, 8, 9, 10]), Uint32Array.from([0, 0, 2, 4]), 4, 0xf, toKeys, carried);
    expect([...carried]).toEqual([8, 10, 7, 9]);
  });
});
