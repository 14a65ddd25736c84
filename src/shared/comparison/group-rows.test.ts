import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupRows, type ParagraphFacts, type RowLink } from './group-rows';

const body = (n: number, words = 20): ParagraphFacts[] => Array.from({ length: n }, () => ({ compared: true, words }));
const link = (leftParagraph: number, rightParagraph: number, weight = 20): RowLink => ({
  leftParagraph,
  rightParagraph,
  weight,
});
const shape = (rows: ReturnType<typeof groupRows>) =>
  rows.map(
    (r) =>
      `${r.left.join('+') || '-'}:${r.right.join('+') || '-'}${r.moved ? ' moved' : ''}${r.setApart ? ' apart' : ''}`,
  );

describe('groupRows', () => {
  it('pairs paragraphs in order', () => {
    expect(shape(groupRows(body(3), body(3), [link(0, 0), link(1, 1), link(2, 2)]))).toEqual(['0:0', '1:1', '2:2']);
  });

  it('keeps the left order and marks right paragraphs that moved', () => {
    expect(shape(groupRows(body(3), body(3), [link(0, 2), link(1, 0), link(2, 1)]))).toEqual([
      '0:2 moved',
      '1:0',
      '2:1',
    ]);
  });

  it('puts a split paragraph in one row with several right paragraphs', () => {
    expect(shape(groupRows(body(2), body(3), [link(0, 0), link(1, 1), link(1, 2)]))).toEqual(['0:0', '1:1+2']);
  });

  it('joins a merged neighbour into the row its text went to', () => {
    expect(shape(groupRows(body(3), body(2), [link(0, 0), link(1, 1, 30), link(2, 1, 15)]))).toEqual(['0:0', '1+2:1']);
  });

  it('does not join a paragraph that only lent a sentence to a row elsewhere', () => {
    expect(shape(groupRows(body(3), body(1), [link(0, 0, 30), link(2, 0, 5)]))).toEqual(['0:0', '1:-', '2:-']);
  });

  it('places unmatched paragraphs next to their neighbours', () => {
    const left: ParagraphFacts[] = [{ compared: false, words: 2 }, ...body(3)];
    const right: ParagraphFacts[] = [...body(2), { compared: false, words: 5 }, ...body(2)];
    const rows = groupRows(left, right, [link(1, 0), link(2, 1), link(3, 4)]);
    expect(shape(rows)).toEqual(['0:- apart', '1:0', '2:1', '-:2 apart', '-:3', '3:4']);
  });

  it('places right paragraphs before the first match when nothing precedes them', () => {
    expect(shape(groupRows(body(2), body(3), [link(0, 2)]))).toEqual(['-:0', '-:1', '0:2', '1:-']);
  });

  it('lists both sides when nothing links', () => {
    expect(shape(groupRows(body(2), body(2), []))).toEqual(['0:-', '1:-', '-:0', '-:1']);
  });

  it('shows a set-apart paragraph printed the same on both sides as one row', () => {
    const caption = (text: string): ParagraphFacts => ({ compared: false, words: 3, text });
    const left = [caption('Foto: dpa'), ...body(2), caption('Legende')];
    const right = [...body(2), caption('Legende'), caption('Foto: dpa'), caption('Foto: dpa')];
    const rows = groupRows(left, right, [link(1, 0), link(2, 1)]);
    expect(shape(rows)).toEqual(['0:3 apart', '1:0', '2:1', '-:4 apart', '3:2 apart']);
    expect(rows.map((r) => r.kind)).toEqual(['matched', 'matched', 'matched', 'right-only', 'matched']);
  });
  it('joins a paragraph to a partner that is not its neighbour when a fair share of it went there', () => {
    // Left ¶2 put most of its words into right ¶0, whose strongest partner is left ¶0.
    expect(shape(groupRows(body(3), body(2), [link(0, 0, 30), link(1, 1), link(2, 0, 12)]))).toEqual(['0+2:0', '1:1']);
  });

  it('groups the same paragraphs whichever article is on the left', () => {
    const facts = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 7 });
    const links = fc.array(fc.record({ l: fc.nat(6), r: fc.nat(6), weight: fc.integer({ min: 1, max: 60 }) }), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(facts, facts, links, (leftWords, rightWords, raw) => {
        const left = leftWords.map((words) => ({ compared: true, words }));
        const right = rightWords.map((words) => ({ compared: true, words }));
        const kept = raw.filter(({ l, r }) => l < left.length && r < right.length);
        const forward = groupRows(
          left,
          right,
          kept.map(({ l, r, weight }) => link(l, r, weight)),
        );
        const backward = groupRows(
          right,
          left,
          kept.map(({ l, r, weight }) => link(r, l, weight)),
        );
        const groups = (rows: typeof forward, swap: boolean) =>
          rows
            .map((row) =>
              (swap ? [row.right, row.left] : [row.left, row.right]).map((side) => side.join('+')).join(':'),
            )
            .sort();
        expect(groups(backward, true)).toEqual(groups(forward, false));
      }),
    );
  });
});
