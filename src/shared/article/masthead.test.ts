import { describe, expect, it } from 'vitest';
import { isSiteName, siteKeyOf } from './masthead';

describe('isSiteName', () => {
  it.each([
    ['The Boston Globe', 'bostonglobe.com'],
    ['POLITICO', 'politico.com'],
    ['CBS News', 'cbsnews.com'],
    ['Yahoo News', 'yahoo.com/news'],
    ['NYTimes.com', 'nytimes.com'],
    ['The New York Times', 'nytimes.com'],
    ['The Wall Street Journal', 'wsj.com'],
  ])('"%s" is the masthead of %s', (line, outlet) => {
    expect(isSiteName(line, siteKeyOf(outlet))).toBe(true);
  });

  it.each([
    ['Boston Globe editors pick their summer reads', 'bostonglobe.com'],
    ['Trump meets Putin', 'yahoo.com/news'],
    ['New York', 'nytimes.com'],
    ['CBS News', null],
  ])('"%s" is not the masthead of %s', (line, outlet) => {
    expect(isSiteName(line, siteKeyOf(outlet))).toBe(false);
  });
});
