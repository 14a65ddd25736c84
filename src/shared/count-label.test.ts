import { describe, expect, it } from 'vitest';
import { countLabel } from './count-label';

describe('countLabel', () => {
  it('uses the singular for one and the plural otherwise', () => {
    expect([0, 1, 2].map((n) => countLabel(n, 'article'))).toEqual(['0 articles', '1 article', '2 articles']);
    expect(countLabel(1, 'file')).toBe('1 file');
    expect(countLabel(3, 'story', 'stories')).toBe('3 stories');
  });
});
