import { describe, expect, it } from 'vitest';
import { articleLabel, orientPair, pairSideName, pairSideNames } from './selectors';

const article = (name: string, outlet: string | null = null, title = 'Tunnel bis Ende Januar gesperrt') => ({
  name,
  outlet,
  title,
});

describe('pairSideName', () => {
  it('names a side by its outlet, else by its file name, else by its title when the name is an id', () => {
    expect(
      [
        article('000_4ceae6f6854108d6.txt', 'taz'),
        article('01_nordkurier-agentur.txt'),
        article('000_4ceae6f6854108d6.txt'),
        article('20251229.txt'),
        article('4ceae6f6854108d6.txt', null, '  '),
      ].map(pairSideName),
    ).toEqual([
      'taz',
      '01_nordkurier-agentur',
      'Tunnel bis Ende Januar gesperrt',
      'Tunnel bis Ende Januar gesperrt',
      '4ceae6f6854108d6',
    ]);
  });
});

describe('pairSideNames', () => {
  it('tells two stories of one outlet apart by their titles', () => {
    expect(pairSideNames(article('a.txt', 'taz'), article('b.txt', 'srf'))).toEqual(['taz', 'srf']);
    expect(
      pairSideNames(
        article('a.txt', 'yahoo.com/news', 'Trump lands'),
        article('b.txt', 'yahoo.com/news', 'Putin lands'),
      ),
    ).toEqual(['Trump lands', 'Putin lands']);
    // One story posted twice: only the files differ.
    expect(pairSideNames(article('0215_yahoo.txt', 'yahoo.com'), article('0321_yahoo.txt', 'yahoo.com'))).toEqual([
      '0215_yahoo',
      '0321_yahoo',
    ]);
  });
});

describe('articleLabel', () => {
  it('puts the source before the title, where there is one to tell', () => {
    expect(
      [
        article('a.txt', 'taz'),
        article('0-Coast_Times.txt'),
        article('000_4ceae6f6854108d6.txt'),
        article('b.txt', null, ''),
      ].map(articleLabel),
    ).toEqual([
      'taz — Tunnel bis Ende Januar gesperrt',
      '0-Coast_Times — Tunnel bis Ende Januar gesperrt',
      'Tunnel bis Ende Januar gesperrt',
      'b.txt',
    ]);
  });
});

describe('orientPair', () => {
  const pair = { left: 'a', right: 'b', leftReuse: 0.77, rightReuse: 0.56, score: 0.77 };

  it('turns a pair round when its right article is on the left', () => {
    expect(orientPair(pair, 'b')).toEqual({ left: 'b', right: 'a', leftReuse: 0.56, rightReuse: 0.77, score: 0.77 });
  });

  it('leaves it as listed otherwise', () => {
    expect(orientPair(pair, 'a')).toBe(pair);
    expect(orientPair(pair, 'c')).toBe(pair);
    expect(orientPair(pair, null)).toBe(pair);
  });
});
