import { describe, expect, it } from 'vitest';
import { REGIONAL_VARIANTS, regionalCanonical } from './regional-variants';

describe('regional variants', () => {
  it('maps Austrian months and British spellings to one canonical word', () => {
    expect(regionalCanonical('jänner')).toBe('januar');
    expect(regionalCanonical('feber')).toBe('februar');
    expect(regionalCanonical('colour')).toBe('color');
    expect(regionalCanonical('januar')).toBe('januar');
  });

  it('is a small, lower-case table without chains or duplicates', () => {
    const variants = REGIONAL_VARIANTS.map((v) => v.variant);
    expect(new Set(variants).size).toBe(variants.length);
    for (const { variant, canonical } of REGIONAL_VARIANTS) {
      expect(variant).toBe(variant.toLowerCase());
      expect(variants).not.toContain(canonical);
    }
  });
});
