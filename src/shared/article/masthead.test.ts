import { describe, expect, it } from 'vitest';
import { isSiteName, siteKeyOf, titleWithoutMasthead } from './masthead';

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

describe('titleWithoutMasthead', () => {
  it.each([
    [
      'Trump lowers expectations for Putin talks | Miami Herald',
      'miamiherald.com',
      'Trump lowers expectations for Putin talks',
    ],
    ['POLITICO – Rand Paul on election meddling', 'politico.com', 'Rand Paul on election meddling'],
    ['Summit - day one — live | Charlotte Observer', 'charlotteobserver.com', 'Summit - day one — live'],
  ])('"%s" on %s → "%s"', (title, outlet, headline) => {
    expect(titleWithoutMasthead(title, siteKeyOf(outlet))).toBe(headline);
  });

  it('keeps a title whose parts are not the site', () => {
    expect(titleWithoutMasthead('Biden - Putin: the call | Analysis', siteKeyOf('taz.de'))).toBe(
      'Biden - Putin: the call | Analysis',
    );
    expect(titleWithoutMasthead('Miami Herald | Miami Herald', siteKeyOf('miamiherald.com'))).toBe('Miami Herald');
    expect(titleWithoutMasthead('Trump | Miami Herald', null)).toBe('Trump | Miami Herald');
  });
});
