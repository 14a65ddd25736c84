import { describe, expect, it } from 'vitest';
import { boundedMemo } from './bounded-memo';

describe('boundedMemo', () => {
  it('computes each key once, null answers included', () => {
    const asked: string[] = [];
    const lookup = boundedMemo((key) => {
      asked.push(key);
      return key.startsWith('a') ? key.toUpperCase() : null;
    });
    expect(['ab', 'x', 'ab', 'x', 'ac'].map(lookup)).toEqual(['AB', null, 'AB', null, 'AC']);
    expect(asked).toEqual(['ab', 'x', 'ac']);
  });

  it('forgets everything at its limit and computes again', () => {
    const asked: string[] = [];
    const lookup = boundedMemo((key) => asked.push(key), 2);
    for (const key of ['a', 'b', 'c', 'a']) lookup(key);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
