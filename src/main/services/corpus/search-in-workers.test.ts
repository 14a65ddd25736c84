import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../../shared/article/summarize-article';
import { learnRepeatedChrome } from '../../../shared/article/learn-repeated-chrome';
import { makeArticle } from '../../../shared/comparison/test-support/make-article';
import { SYLLABLES_A, SYLLABLES_B, syntheticParagraphs } from '../../../shared/comparison/test-support/synthetic-text';
import { analyseArticle, corpusFingerprint, packAnalysis } from '../../../shared/corpus/article-analysis';
import { chromeEffect } from '../../../shared/corpus/chrome-effect';
import { findCandidates, sketchCorpus } from '../../../shared/corpus/find-candidates';
import { packFingerprints } from '../../../shared/corpus/rank-pairs';
import type { CorpusEntry } from './corpus-entries';
import { findCandidatesInWorkers, learnChromeInWorkers, splitRange } from './search-in-workers';
import { startWorkerPool } from './worker-pool';

const story = syntheticParagraphs(1, 4000, SYLLABLES_A);
const MENU = 'Home News Sport Weather';
// Five articles of one outlet with the same menu line (chrome), some sharing the story.
const ARTICLES = [0, 1, 2, 3, 4].map((k) =>
  makeArticle(`site-${k}`, [
    MENU,
    ...(k % 2 === 0 ? story.map((p, i) => (i === k ? `${p} Nachtrag ${k}.` : p)) : []),
    ...syntheticParagraphs(10 + k, 1500, SYLLABLES_B),
  ]),
);

function entriesOf(): CorpusEntry[] {
  return ARTICLES.map((article) => {
    const summary = { ...summarizeArticle(article), outlet: 'site' };
    return {
      id: article.id,
      summary,
      shown: summary,
      analysis: packAnalysis(analyseArticle(article, 1)),
      source: { path: article.path, ref: null },
      titleHints: [],
    };
  });
}

describe('splitRange', () => {
  it('covers 0 … n with consecutive ranges of about equal size', () => {
    expect(splitRange(10, 3)).toEqual([
      [0, 3],
      [3, 7],
      [7, 10],
    ]);
    expect(splitRange(1, 2)).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(splitRange(0, 1)).toEqual([[0, 0]]);
  });
});

describe('the search spread over workers', () => {
  it.each([0, 1, 3])('finds what one search in this thread finds (%i workers)', async (workers) => {
    const pool = await startWorkerPool(workers);
    try {
      const learned = await learnChromeInWorkers(pool, entriesOf());
      const analyses = ARTICLES.map((a) => analyseArticle(a, 1));
      const chrome = learnRepeatedChrome(analyses.map((a) => ({ outlet: 'site', keys: a.keys, lengths: a.lengths })));
      expect(new Set(learned.chrome)).toEqual(chrome);
      expect(chrome.size).toBeGreaterThan(0);
      const corpus = packFingerprints(analyses.map((a) => corpusFingerprint(a, chrome)));
      const fingerprinted = await learned.fingerprinted;
      expect(fingerprinted.corpus).toEqual(corpus);
      const effects = analyses.map((a) => chromeEffect(a, chrome));
      expect([...fingerprinted.retitle]).toEqual(effects.map((e) => (e.retitle ? 1 : 0)));
      expect(fingerprinted.retitle.some((r) => r === 1)).toBe(true);
      const options = { minShared: 1, minEstimate: 0 };
      expect(fingerprinted.sketches).toEqual(sketchCorpus(corpus));
      const found = await findCandidatesInWorkers(pool, fingerprinted, options);
      expect(found).toEqual(findCandidates(corpus, options));
      expect(found.left.length).toBeGreaterThan(0);
    } finally {
      await pool.terminate();
    }
  });
});
