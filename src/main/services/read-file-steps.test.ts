import type { Stats } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChunkCollector, describeStatFailure, ReadProblem, unchangedDuringRead } from './read-file-steps';

const stats = (partial: Partial<Stats>): Stats => ({ size: 10, mtimeMs: 5, ...partial }) as Stats;

describe('createChunkCollector', () => {
  it('sizes the first buffer to the reported size plus one byte, and stops at a short read', () => {
    const collector = createChunkCollector(100, 4);
    const first = collector.nextBuffer();
    expect(first.length).toBe(5);
    first.write('abcd');
    expect(collector.take(first, 4)).toBe(false);
    expect(Buffer.from(collector.bytes()).toString()).toBe('abcd');
  });

  it('keeps reading a file that grew, and refuses past the limit', () => {
    const collector = createChunkCollector(8, 2);
    const first = collector.nextBuffer();
    expect(collector.take(first, first.length)).toBe(true);
    const second = collector.nextBuffer();
    expect(second.length).toBe(6);
    expect(() => collector.take(second, second.length)).toThrow(ReadProblem);
  });
});

describe('unchangedDuringRead', () => {
  it('needs the same size and time, and every byte read', () => {
    expect(unchangedDuringRead(stats({}), stats({}), 10)).toBe(true);
    expect(unchangedDuringRead(stats({}), stats({ mtimeMs: 6 }), 10)).toBe(false);
    expect(unchangedDuringRead(stats({}), stats({ size: 11 }), 10)).toBe(false);
    expect(unchangedDuringRead(stats({}), stats({}), 9)).toBe(false);
  });
});

describe('describeStatFailure', () => {
  it('tells a broken link from a missing file, and names other errors', () => {
    const missing = Object.assign(new Error('x'), { code: 'ENOENT' });
    expect(describeStatFailure(missing, { isSymbolicLink: () => true } as Stats)).toBe('broken link');
    expect(describeStatFailure(missing, null)).toBe('file not found');
    expect(describeStatFailure(Object.assign(new Error('x'), { code: 'EACCES' }), null)).toBe('permission denied');
  });
});
