import { describe, expect, it } from 'vitest';
import { arriveAndWait } from './arrive-and-wait';

describe('arriveAndWait', () => {
  it('returns at once for the last to arrive', () => {
    const counter = new Int32Array(new SharedArrayBuffer(4));
    counter[0] = 2;
    arriveAndWait(counter, 3, 10);
    expect(counter[0]).toBe(3);
  });

  it('fails, rather than hangs, when the others never arrive', () => {
    const counter = new Int32Array(new SharedArrayBuffer(4));
    expect(() => arriveAndWait(counter, 2, 30)).toThrow('a corpus worker did not arrive');
  });
});
