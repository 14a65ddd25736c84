/**
 * Test helper: the structural promises every Comparison keeps, whatever the input.
 * Every paragraph of both sides sits in exactly one row; set-apart paragraphs are in
 * set-apart rows and never linked; each row's and each link's diff gives back both texts;
 * the stats add up.
 */
import { expect } from 'vitest';
import { isComparedPart, type Article } from '../../article/article';
import type { Comparison, SideStats } from '../comparison-types';
import { rowSideText } from '../diff-rows';
import { leftTextOf, rightTextOf } from './render-diff-string';

export function expectComparisonInvariants(comparison: Comparison, left: Article, right: Article): void {
  const seen = {
    left: new Array<number>(left.paragraphs.length).fill(0),
    right: new Array<number>(right.paragraphs.length).fill(0),
  };
  for (const row of comparison.rows) {
    row.left.forEach((p) => seen.left[p]!++);
    row.right.forEach((p) => seen.right[p]!++);
    expect(row.kind).toBe(
      row.left.length && row.right.length ? 'matched' : row.left.length ? 'left-only' : 'right-only',
    );
    const parts = [...row.left.map((p) => left.paragraphs[p]!), ...row.right.map((p) => right.paragraphs[p]!)];
    if (row.setApart) expect(parts.every((p) => !isComparedPart(p.part))).toBe(true);
    else expect(parts.every((p) => isComparedPart(p.part))).toBe(true);
    expect(leftTextOf(row.diff)).toBe(rowSideText(left, row.left));
    expect(rightTextOf(row.diff)).toBe(rowSideText(right, row.right));
  }
  expect(seen.left.every((n) => n === 1)).toBe(true);
  expect(seen.right.every((n) => n === 1)).toBe(true);
  for (const link of comparison.links) {
    expect(isComparedPart(left.paragraphs[link.left.paragraph]!.part)).toBe(true);
    expect(isComparedPart(right.paragraphs[link.right.paragraph]!.part)).toBe(true);
    expect(left.paragraphs[link.left.paragraph]!.text.slice(link.left.start, link.left.end)).toBe(link.left.text);
    expect(right.paragraphs[link.right.paragraph]!.text.slice(link.right.start, link.right.end)).toBe(link.right.text);
    expect(leftTextOf(link.diff)).toBe(link.left.text);
    expect(rightTextOf(link.diff)).toBe(link.right.text);
    expect(link.similarity).toBeGreaterThan(0);
    expect(link.similarity).toBeLessThanOrEqual(1);
  }
  expectStatsAddUp(comparison.stats.left);
  expectStatsAddUp(comparison.stats.right);
}

function expectStatsAddUp(stats: SideStats): void {
  expect(stats.verbatim + stats.cosmetic + stats.rewritten).toBe(stats.reusedWords);
  expect(stats.reusedWords).toBeLessThanOrEqual(stats.words);
  expect(stats.reuse).toBeCloseTo(stats.words ? stats.reusedWords / stats.words : 0, 10);
}
