import { describe, expect, it } from 'vitest';
import { makeArticle } from '../comparison/test-support/make-article';
import { SYLLABLES_A, SYLLABLES_B, syntheticParagraphs } from '../comparison/test-support/synthetic-text';
import { analyseArticle, corpusFingerprint } from './article-analysis';
import {
  findCandidates,
  findContained,
  concatSketches,
  findNearDuplicates,
  sketchCorpus,
  indexCorpus,
  mergeFinds,
  type Candidates,
} from './find-candidates';
import { concatFingerprints, packFingerprints } from './rank-pairs';

const long = syntheticParagraphs(1, 12_000, SYLLABLES_A);
const ARTICLES = [
  makeArticle('long', long),
  // One paragraph of the long article, inside its own unrelated text.
  makeArticle('excerpt', [long[7]!, ...syntheticParagraphs(2, 300, SYLLABLES_B)]),
  // The long article, lightly edited.
  makeArticle(
    'copy',
    long.map((p, i) => (i % 5 === 0 ? p.replace(/^\S+ \S+/, 'Neu beginnt') : p)),
  ),
  makeArticle('unrelated', syntheticParagraphs(3, 6000, SYLLABLES_B)),
];

function candidatesOf(window: number, options = {}): Map<string, [number, number]> {
  const fps = ARTICLES.map((a) => corpusFingerprint(analyseArticle(a, window), new Set()));
  const found: Candidates = findCandidates(packFingerprints(fps), options);
  const out = new Map<string, [number, number]>();
  for (let k = 0; k < found.left.length; k++) {
    out.set(`${ARTICLES[found.left[k]!]!.id}~${ARTICLES[found.right[k]!]!.id}`, [
      found.leftShare[k]!,
      found.rightShare[k]!,
    ]);
  }
  return out;
}

describe('findCandidates', () => {
  it('finds a short excerpt inside a long article, with both one-way shares', () => {
    const found = candidatesOf(8, { minShared: 2, minEstimate: 0.02 });
    const [longShare, excerptShare] = found.get('long~excerpt')!;
    expect(excerptShare).toBeGreaterThan(0.3);
    expect(longShare).toBeLessThan(0.1);
  });

  it('finds the edited copy with high shares and ranks it first', () => {
    const found = candidatesOf(8, { minShared: 2, minEstimate: 0.02 });
    expect([...found.keys()][0]).toBe('long~copy');
    expect(Math.min(...found.get('long~copy')!)).toBeGreaterThan(0.5);
  });

  it('pairs nothing with unrelated text', () => {
    const found = candidatesOf(8, { minShared: 2, minEstimate: 0.02 });
    expect([...found.keys()].filter((key) => key.includes('unrelated'))).toEqual([]);
  });

  it('still finds near-duplicates by banding when every shared fingerprint is too common to read', () => {
    const found = candidatesOf(8, { maxWork: 0 });
    expect([...found.keys()]).toEqual(['long~copy']);
    expect(Math.min(...found.get('long~copy')!)).toBeGreaterThan(0.5);
  });

  it('handles empty and single-article corpora', () => {
    expect(findCandidates(packFingerprints([])).left.length).toBe(0);
    expect(findCandidates(packFingerprints([new Uint32Array([1, 2, 3])])).left.length).toBe(0);
  });

  it('gives the same pairs when workers split the folder into parts', () => {
    const fps = ARTICLES.map((a) => corpusFingerprint(analyseArticle(a, 1), new Set()));
    const options = { minShared: 1, minEstimate: 0 };
    const whole = findCandidates(packFingerprints(fps), options);
    expect(whole.left.length).toBeGreaterThan(0);
    for (const cut of [0, 1, 3, 4]) {
      // Fingerprinted in two ranges, indexed once, swept in two ranges, banded apart.
      const corpus = concatFingerprints([packFingerprints(fps.slice(0, cut)), packFingerprints(fps.slice(cut))]);
      expect(corpus).toEqual(packFingerprints(fps));
      const index = indexCorpus(corpus, options);
      const sketches = concatSketches([
        sketchCorpus(packFingerprints(fps.slice(0, cut))),
        sketchCorpus(packFingerprints(fps.slice(cut))),
      ]);
      expect(sketches).toEqual(sketchCorpus(corpus));
      const near = findNearDuplicates(sketches, options);
      const first = findContained(corpus, index, options, 0, cut);
      const rest = findContained(corpus, index, options, cut, ARTICLES.length);
      expect(mergeFinds([first, near, rest], sketches)).toEqual(whole);
    }
  });
});
