import { describe, expect, it } from 'vitest';
import { progressLabel } from './progress-label';

describe('progressLabel', () => {
  it('counts with thousands separators, and names a one-step phase without counting it', () => {
    expect(progressLabel({ phase: 'aligning', done: 1536, total: 27439 })).toBe('Aligning pairs 1,536 of 27,439');
    expect(progressLabel({ phase: 'ranking', done: 0, total: 1 })).toBe('Ranking pairs…');
    expect(progressLabel({ phase: 'listing', done: 0, total: 0 })).toBe('Listing files…');
    expect(progressLabel(null)).toBe('Reading…');
  });
});
