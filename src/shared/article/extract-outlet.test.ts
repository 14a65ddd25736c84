import { describe, expect, it } from 'vitest';
import { outletFromFileName, outletNameOfDomain, splitSitePrefix } from './extract-outlet';

describe('outletFromFileName', () => {
  it.each([
    ['00006_nytimes-com.txt', 'nytimes.com'],
    ['00035_dailymail-co-uk.txt', 'dailymail.co.uk'],
    ['00125_yahoo-com-news.txt', 'yahoo.com/news'],
    ['00231_news-google-com.txt', 'news.google.com'],
  ])('%s → %s', (name, outlet) => {
    expect(outletFromFileName(name)).toBe(outlet);
  });

  it('finds nothing in hashes or plain names', () => {
    expect(outletFromFileName('000_4ceae6f6854108d6.txt')).toBeNull();
    expect(outletFromFileName('bericht.txt')).toBeNull();
  });
});

describe('splitSitePrefix', () => {
  it('splits a text-browser site prefix off the title', () => {
    expect(splitSitePrefix('taz.de -- Ukrainekonflikt: Biden und Putin wollen telefonieren')).toEqual({
      site: 'taz.de',
      outlet: 'taz',
      rest: 'Ukrainekonflikt: Biden und Putin wollen telefonieren',
    });
  });

  it('leaves ordinary titles alone', () => {
    expect(splitSitePrefix('Ukrainekonflikt: Biden und Putin')).toBeNull();
    expect(splitSitePrefix('U.S. - Russia summit')).toBeNull();
  });

  it('names outlets without the top-level domain', () => {
    expect(outletNameOfDomain('www.spiegel.de')).toBe('spiegel');
    expect(outletNameOfDomain('bbc.co.uk')).toBe('bbc');
  });

  it('gives the same outlet for a name read again, and none without a numbered name', () => {
    expect(outletFromFileName('00007_dailymail-co-uk.txt')).toBe('dailymail.co.uk');
    expect(outletFromFileName('00008_dailymail-co-uk.txt')).toBe('dailymail.co.uk');
    expect(outletFromFileName('12-yahoo-com-news.txt')).toBe('yahoo.com/news');
    expect(outletFromFileName('_dailymail-co-uk.txt')).toBeNull();
    expect(outletFromFileName('12x_dailymail-co-uk.txt')).toBeNull();
    expect(outletFromFileName('12_daily.mail-com.txt')).toBeNull();
  });
});
