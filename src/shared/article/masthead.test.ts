import { describe, expect, it } from 'vitest';
import { isSiteName, siteKeyOf, titleWithoutMasthead, titleWithoutSectionLabel } from './masthead';

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

describe('titleWithoutSectionLabel', () => {
  const page = (...texts: string[]) => texts.map((text) => ({ text }));

  it('drops a section label when the headline stands again below', () => {
    const paragraphs = page(
      'Weather |Storm Closes Mountain Pass',
      'Search',
      'Storm Closes Mountain Pass',
      'By A. Writer',
    );
    expect(titleWithoutSectionLabel(paragraphs, 0)).toBe('Storm Closes Mountain Pass');
    expect(titleWithoutSectionLabel(page('Sport | Home side wins the cup', 'Home side wins the cup '), 0)).toBe(
      'Home side wins the cup',
    );
  });

  it('keeps the title without the repeat, beyond its window, or after a long label', () => {
    expect(titleWithoutSectionLabel(page('Analysis | Trump', 'Trump went to Helsinki.'), 0)).toBe('Analysis | Trump');
    const far = page('Weather |Storm Closes Pass', 'a', 'b', 'c', 'd', 'e', 'f', 'Storm Closes Pass');
    expect(titleWithoutSectionLabel(far, 0)).toBe('Weather |Storm Closes Pass');
    const long = page('What the mayor said on Monday | Storm Closes Pass', 'Storm Closes Pass');
    expect(titleWithoutSectionLabel(long, 0)).toBe('What the mayor said on Monday | Storm Closes Pass');
    expect(titleWithoutSectionLabel(page('Storm Closes Pass', 'Storm Closes Pass'), 0)).toBe('Storm Closes Pass');
  });

  it('reads the title at its index', () => {
    expect(titleWithoutSectionLabel(page('Menu', 'World |Talks End', 'Talks End'), 1)).toBe('Talks End');
  });
});
