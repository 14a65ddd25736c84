import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPARE_OPTIONS } from './comparison-types';
import { compactKey, matchKey } from './match-key';

const all = DEFAULT_COMPARE_OPTIONS;

describe('matchKey', () => {
  it('folds case, ß and regional variants by default', () => {
    expect(matchKey('Weißen', all)).toBe(matchKey('Weissen', all));
    expect(matchKey('Jänner', all)).toBe(matchKey('Januar', all));
    expect(matchKey('organise', all)).toBe('organize');
  });

  it('folds every typographic quote to one key', () => {
    const keys = ['„', '“', '”', '«', '»', '‚', '‘', '"', "'"].map((q) => matchKey(q, all));
    expect(new Set(keys)).toEqual(new Set(['"']));
  });

  it('folds dash variants, soft hyphens and NBSP', () => {
    expect(matchKey('–', all)).toBe('-');
    expect(matchKey('‑', all)).toBe('-');
    expect(matchKey('Gebie\u00adten', all)).toBe('gebieten');
    expect(matchKey('\u00a0', all)).toBe(' ');
  });

  it('treats canonically equal Unicode (combining umlaut) as the same key', () => {
    expect(matchKey('Pra\u0308sident', all)).toBe(matchKey('Präsident', all));
  });

  it('switches each fold off', () => {
    expect(matchKey('Weißen', { ...all, foldEszett: false })).not.toBe(
      matchKey('Weissen', { ...all, foldEszett: false }),
    );
    expect(matchKey('Haus', { ...all, foldCase: false })).toBe('Haus');
    expect(matchKey('«', { ...all, foldQuotes: false })).toBe('«');
    expect(matchKey('–', { ...all, foldDashes: false })).toBe('–');
    expect(matchKey('Jänner', { ...all, foldRegional: false })).toBe('jänner');
  });

  it('keeps the capital of a regional variant when case folding is off', () => {
    expect(matchKey('Jänner', { ...all, foldCase: false })).toBe('Januar');
  });
});

describe('compactKey', () => {
  it('drops compound glue only when foldCompounds is on', () => {
    expect(compactKey('separatisten-gebieten', all)).toBe('separatistengebieten');
    expect(compactKey('bereit erklärt', all)).toBe('bereiterklärt');
    expect(compactKey('bereit erklärt', { ...all, foldCompounds: false })).toBe('bereit erklärt');
  });

  it('drops punctuation only when ignorePunctuation is on', () => {
    expect(compactKey('mittwoch,', all)).toBe('mittwoch,');
    expect(compactKey('mittwoch,', { ...all, ignorePunctuation: true })).toBe('mittwoch');
  });
});
