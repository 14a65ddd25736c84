import { describe, expect, it } from 'vitest';
import { agenciesIn, mayBeAgency, mayStartAgency, normaliseAgency } from './news-agencies';

describe('normaliseAgency', () => {
  it('reads an agency in any case, spacing, after "by" and before stops', () => {
    expect(normaliseAgency('AFP')).toBe('afp');
    expect(normaliseAgency('  by  The\tAssociated Press.: ')).toBe('ap');
    expect(normaliseAgency('Picture-Alliance')).toBe('picture alliance');
    expect(normaliseAgency('\u212ayodo')).toBe('kyodo'); // the Kelvin sign lower-cases to "k"
  });

  it('rejects everything else', () => {
    expect(normaliseAgency('AFP .')).toBeNull();
    expect(normaliseAgency('by by AFP')).toBeNull();
    expect(normaliseAgency('Reuters reported that the talks failed')).toBeNull();
    expect(normaliseAgency('')).toBeNull();
    expect(mayBeAgency('Trump says')).toBe(false);
    expect(mayBeAgency('Reuters ')).toBe(true);
  });

  it('finds agencies among photographers', () => {
    expect(agenciesIn('Brendan Smialowski / AFP / Getty Images')).toEqual(['afp', 'getty']);
  });

  it('rules out names by their first letters, yet not text a space or non-ASCII may change', () => {
    expect(mayStartAgency('Trump says')).toBe(false);
    expect(mayStartAgency('The Associated Press')).toBe(true);
    expect(mayStartAgency('by AFP')).toBe(true);
    expect(mayStartAgency(' x')).toBe(true);
    expect(normaliseAgency('\u212Ayodo')).toBe('kyodo'); // the Kelvin sign lower-cases to "k"
    expect(normaliseAgency('CT\u212A')).toBe('ctk');
    expect(normaliseAgency('  Reuters.')).toBe('reuters');
  });
});
