import { describe, expect, it } from 'vitest';
import { makeArticle } from '../comparison/test-support/make-article';
import { fingerprintArticle } from './fingerprint-article';

describe('fingerprintArticle', () => {
  it('hashes 3-word shingles of compared parts, ignoring case and ß/ss', () => {
    const a = fingerprintArticle(
      makeArticle('a', ['Das Weiße Haus teilte mit.', ['caption', 'Foto: Jemand anderes hier']]),
    );
    const b = fingerprintArticle(makeArticle('b', ['das weisse Haus teilte mit']));
    expect(a.id).toBe('a');
    expect(a.words).toBe(5);
    expect(a.shingles.length).toBe(3);
    expect([...a.shingles]).toEqual([...b.shingles]);
  });

  it('keeps short paragraphs as one shingle and sorts without duplicates', () => {
    const fp = fingerprintArticle(makeArticle('c', [['heading', 'Kurz'], 'eins zwei drei eins zwei drei']));
    expect(fp.shingles.length).toBe(1 + 3);
    expect([...fp.shingles]).toEqual([...fp.shingles].sort((x, y) => x - y));
  });
});
