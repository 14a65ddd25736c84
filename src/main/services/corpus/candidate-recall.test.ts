/**
 * Candidate search against the exhaustive exact ranking on a real folder (598 Helsinki
 * summit articles, read from ../shared/corpus, never copied here). The exhaustive ranking
 * aligns every pair that shares any shingle; candidate search must not lose a pair whose
 * reuse share reaches 0.2. Skipped with a note when the corpus is not checked out.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article/article';
import type { PairScore } from '../../../shared/comparison/comparison-types';
import { analyseArticle, corpusFingerprint } from '../../../shared/corpus/article-analysis';
import { corpusScale } from '../../../shared/corpus/corpus-scale';
import { findCandidates } from '../../../shared/corpus/find-candidates';
import { fingerprintArticle } from '../../../shared/corpus/fingerprint-article';
import { packFingerprints, rankPairs } from '../../../shared/corpus/rank-pairs';
import { readFolder } from '../read-folder';

const helsinki = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../../shared/corpus/helsinki-2018');
const hasHelsinki = existsSync(helsinki);
const title = hasHelsinki
  ? 'candidate search on helsinki-2018'
  : `helsinki-2018 tests skipped: no corpus at ${helsinki}`;

interface Found {
  has(a: string, b: string): boolean;
  score(a: string, b: string): number;
}

function candidatesAt(articles: Article[], size: number): Found {
  const scale = corpusScale(size);
  const fps = articles.map((a) => corpusFingerprint(analyseArticle(a, scale.window), new Set()));
  const found = findCandidates(packFingerprints(fps), scale.candidates);
  const scores = new Map<string, number>();
  for (let k = 0; k < found.left.length; k++) {
    const key = [articles[found.left[k]!]!.name, articles[found.right[k]!]!.name].sort().join('~');
    scores.set(key, Math.max(found.leftShare[k]!, found.rightShare[k]!));
  }
  const key = (a: string, b: string) => [a, b].sort().join('~');
  return { has: (a, b) => scores.has(key(a, b)), score: (a, b) => scores.get(key(a, b)) ?? 0 };
}

describe.skipIf(!hasHelsinki)(title, () => {
  let articles: Article[] = [];
  let exhaustive: PairScore[] = [];
  const name = (id: string) => id.slice(id.lastIndexOf('/') + 1);

  beforeAll(async () => {
    articles = (await readFolder(helsinki)).articles;
    // Every pair with any shared shingle, aligned exactly: the ground truth.
    exhaustive = rankPairs(articles, { minSharedShingles: 1, includeUnrelated: false });
  }, 90_000);

  it('misses no pair with a reuse share of 0.2 or more at this folder size', () => {
    const found = candidatesAt(articles, articles.length);
    const reused = exhaustive.filter((p) => p.score >= 0.2);
    expect(reused.length).toBeGreaterThan(10_000);
    const missed = reused.filter((p) => !found.has(name(p.left), name(p.right)));
    expect(missed.map((p) => `${name(p.left)}~${name(p.right)} ${p.score.toFixed(2)}`)).toEqual([]);
  });

  it('with winnowed fingerprints (folders of thousands) still finds every copied passage', () => {
    const found = candidatesAt(articles, 10_000);
    const shingles = new Map(articles.map((a) => [a.id, fingerprintArticle(a).shingles]));
    const shared = (p: PairScore) => countShared(shingles.get(p.left)!, shingles.get(p.right)!);
    // Reuse of several copied sentences (≥ 40 shared shingles): none lost.
    const copied = exhaustive.filter((p) => p.score >= 0.5 && shared(p) >= 40);
    expect(copied.filter((p) => !found.has(name(p.left), name(p.right)))).toEqual([]);
    // Looser reuse with a copied sentence or two (≥ 20 shared shingles): nearly all.
    const some = exhaustive.filter((p) => p.score >= 0.2 && shared(p) >= 20);
    const kept = some.filter((p) => found.has(name(p.left), name(p.right))).length;
    expect(kept / some.length).toBeGreaterThan(0.96);
  });

  it('ranks copies of one AP story far above reports of the same event written apart', () => {
    const score = (a: string, b: string) =>
      exhaustive.find((p) => [name(p.left), name(p.right)].sort().join('~') === [a, b].sort().join('~'))?.score ?? 0;
    // AP's "The Latest" as printed by the San Francisco Chronicle's site and the Houston Chronicle.
    const apCopy: [string, string] = ['00316_sfgate-com.txt', '06695_chron-com.txt'];
    // Own reporting of the same summit: New York Times vs CNN, New York Times vs New Yorker.
    const sameEvent: [string, string][] = [
      ['00006_nytimes-com.txt', '00171_cnn-com.txt'],
      ['00006_nytimes-com.txt', '00057_newyorker-com.txt'],
    ];
    expect(score(...apCopy)).toBeGreaterThan(0.9);
    for (const pair of sameEvent) expect(score(...apCopy) - score(...pair)).toBeGreaterThan(0.7);
    // The estimates before alignment already put them in that order.
    const found = candidatesAt(articles, articles.length);
    for (const pair of sameEvent) expect(found.score(...apCopy)).toBeGreaterThan(found.score(...pair) + 0.5);
  });
});

function countShared(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}
