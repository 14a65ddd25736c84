import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../shared/article/summarize-article';
import { applyCorpusEvent, mergeSummaries, type CorpusSlice } from './apply-corpus-event';

const summary = (id: string, title = id): ArticleSummary => ({
  id,
  path: id,
  name: id,
  title,
  date: null,
  dateline: null,
  credits: [],
  outlet: null,
  warnings: [],
  encoding: 'utf-8',
  size: 1,
  mtimeMs: 0,
});

const slice = (partial: Partial<CorpusSlice> = {}): CorpusSlice => ({
  articles: [],
  errors: [],
  pairs: [],
  pairsTotal: 0,
  pairsExact: false,
  progress: null,
  status: 'loading',
  corpusId: 1,
  pendingCorpusId: null,
  ...partial,
});

describe('applyCorpusEvent', () => {
  it('adopts a pending corpus on its first event, clearing the old one', () => {
    const state = slice({ articles: [summary('old')], corpusId: 1, pendingCorpusId: 2 });
    const patch = applyCorpusEvent(state, 2, { type: 'articles', articles: [summary('new')] });
    expect(patch).toMatchObject({ corpusId: 2, pendingCorpusId: null });
    expect(patch?.articles?.map((a) => a.id)).toEqual(['new']);
  });

  it('ignores events of any other corpus', () => {
    expect(applyCorpusEvent(slice({ corpusId: 3 }), 2, { type: 'done', articles: 0, errors: 0, ms: 0 })).toBeNull();
  });

  it('sorts the list once reading is done, and ends progress', () => {
    const state = slice({ articles: [summary('b'), summary('a')], progress: { phase: 'reading', done: 1, total: 2 } });
    expect(applyCorpusEvent(state, 1, { type: 'done', articles: 2, errors: 0, ms: 5 })).toEqual({
      articles: [summary('a'), summary('b')],
      status: 'ready',
      progress: null,
    });
  });

  it('keeps estimated pairs with progress, and clears progress once exact', () => {
    const progress = { phase: 'aligning' as const, done: 1, total: 9 };
    const pairs = [{ left: 'a', right: 'b', score: 0.5, leftReuse: 0.5, rightReuse: 0.2 }];
    expect(applyCorpusEvent(slice({ progress }), 1, { type: 'pairs', pairs, exact: false, total: 40 })).toEqual({
      pairs,
      pairsTotal: 40,
      pairsExact: false,
      progress,
    });
    expect(applyCorpusEvent(slice({ progress }), 1, { type: 'pairs', pairs, exact: true })?.progress).toBeNull();
  });

  it('replaces errors of the same path and removes articles', () => {
    const state = slice({ errors: [{ path: 'x', message: 'binary file' }], articles: [summary('a'), summary('b')] });
    expect(applyCorpusEvent(state, 1, { type: 'errors', errors: [{ path: 'x', message: 'empty file' }] })).toEqual({
      errors: [{ path: 'x', message: 'empty file' }],
    });
    expect(applyCorpusEvent(state, 1, { type: 'removed', ids: ['a'] })?.articles?.map((a) => a.id)).toEqual(['b']);
  });
});

describe('mergeSummaries', () => {
  it('replaces by id in place and appends new ones, sorting only when asked', () => {
    const merged = mergeSummaries([summary('c'), summary('a')], [summary('a', 'A2'), summary('b')], false);
    expect(merged.map((a) => `${a.id}:${a.title}`)).toEqual(['c:c', 'a:A2', 'b:b']);
    expect(mergeSummaries(merged, [], true).map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });
});
