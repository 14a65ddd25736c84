import { describe, expect, it } from 'vitest';
import type { PassageLink } from './comparison-types';
import { diffRow, indexLinksByParagraph, rowSideText } from './diff-rows';
import { diffWords } from './diff-words';
import type { RowPlan } from './group-rows';
import { makeArticle } from './test-support/make-article';
import { leftTextOf, renderDiffString, rightTextOf } from './test-support/render-diff-string';

const left = makeArticle('l', ['Erster Satz steht hier. Zweiter Satz folgt dort.']);
const right = makeArticle('r', ['Zweiter Satz folgt dort.', 'Erster Satz stand hier.']);

function linkOf(
  leftStart: number,
  leftEnd: number,
  rightParagraph: number,
  rightStart: number,
  rightEnd: number,
): PassageLink {
  const leftText = left.paragraphs[0]!.text.slice(leftStart, leftEnd);
  const rightText = right.paragraphs[rightParagraph]!.text.slice(rightStart, rightEnd);
  return {
    left: { paragraph: 0, sentences: [0], text: leftText, start: leftStart, end: leftEnd },
    right: { paragraph: rightParagraph, sentences: [0], text: rightText, start: rightStart, end: rightEnd },
    similarity: 0.9,
    kind: 'rewritten',
    diff: diffWords(leftText, rightText).parts,
  };
}

describe('diffRow', () => {
  const row: RowPlan = { left: [0], right: [0, 1], kind: 'matched', moved: false, setApart: false };
  const first = linkOf(0, 23, 1, 0, 23);
  const second = linkOf(24, 48, 0, 0, 24);

  it('joins a side’s paragraphs with a newline', () => {
    expect(rowSideText(right, [0, 1])).toBe('Zweiter Satz folgt dort.\nErster Satz stand hier.');
  });

  it('diffs the heaviest in-order chain of passages and flags crossing ones as moved', () => {
    const parts = diffRow(row, [first, second], left, right);
    // The moved passage was rewritten: each side's copy still marks the word that changed.
    expect(renderDiffString(parts)).toBe(
      '[>Erster Satz -steht- hier. <]Zweiter Satz folgt dort.{>\nErster Satz +stand+ hier.<}',
    );
    expect(new Set(parts.filter((p) => p.op !== 'equal').map((p) => p.moved))).toEqual(new Set(['rewritten']));
    expect(parts.filter((p) => p.movedEdit).map((p) => [p.op, p.text, p.movedEdit])).toEqual([
      ['delete', 'steht', 'changed'],
      ['insert', 'stand', 'changed'],
    ]);
    expect(leftTextOf(parts)).toBe(left.paragraphs[0]!.text);
    expect(rightTextOf(parts)).toBe(rowSideText(right, [0, 1]));
  });

  it('flags only the aligned passage as moved, not unaligned text beside it', () => {
    const longer = makeArticle('r2', ['Zweiter Satz folgt dort.', 'Ganz neu ist das. Erster Satz stand hier.']);
    const moved: PassageLink = { ...first, right: { ...first.right, start: 18, end: 41 } };
    const parts = diffRow(row, [moved, second], left, longer);
    expect(renderDiffString(parts)).toBe(
      '[>Erster Satz -steht- hier. <]Zweiter Satz folgt dort.{+\nGanz neu ist das.+}{> Erster Satz +stand+ hier.<}',
    );
    expect(rightTextOf(parts)).toBe(rowSideText(longer, [0, 1]));
  });

  it('keeps a verbatim moved passage whole', () => {
    const same = makeArticle('r3', ['Zweiter Satz folgt dort. Erster Satz steht hier.']);
    const verbatim = (link: PassageLink, start: number): PassageLink => {
      const text = link.left.text;
      return {
        ...link,
        right: { ...link.right, paragraph: 0, text, start, end: start + text.length },
        kind: 'verbatim',
        diff: diffWords(text, text).parts,
      };
    };
    const parts = diffRow({ ...row, right: [0] }, [verbatim(first, 25), verbatim(second, 0)], left, same);
    expect(renderDiffString(parts)).toBe(
      '[>Erster Satz steht hier. <]Zweiter Satz folgt dort.{> Erster Satz steht hier.<}',
    );
    expect(rightTextOf(parts)).toBe(same.paragraphs[0]!.text);
  });

  it('uses the word diff of an in-order passage', () => {
    const parts = diffRow({ ...row, right: [1] }, [first], left, right);
    expect(renderDiffString(parts)).toBe('Erster Satz [-steht-]{+stand+} hier.[- Zweiter Satz folgt dort.-]');
  });

  it('flags passages aligned with a paragraph of another row as moved there, on both rows', () => {
    const links = indexLinksByParagraph([first, second]);
    // Left ¶0 meets right ¶0 in one row; its first sentence stands in right ¶1, a row of its own.
    const matched = diffRow({ ...row, right: [0] }, links, left, right);
    expect(renderDiffString(matched)).toBe('[>Erster Satz -steht- hier. <]Zweiter Satz folgt dort.');
    expect(new Set(matched.filter((p) => p.moved).map((p) => p.movedTo))).toEqual(new Set([1]));
    expect(leftTextOf(matched)).toBe(left.paragraphs[0]!.text);
    expect(rightTextOf(matched)).toBe(right.paragraphs[0]!.text);

    const alone = diffRow(
      { left: [], right: [1], kind: 'right-only', moved: false, setApart: false },
      links,
      left,
      right,
    );
    expect(renderDiffString(alone)).toBe('{>Erster Satz +stand+ hier.<}');
    expect(new Set(alone.map((p) => p.movedTo))).toEqual(new Set([0]));
    expect(rightTextOf(alone)).toBe(right.paragraphs[1]!.text);
  });

  it('deletes or inserts whole one-sided rows', () => {
    expect(
      diffRow({ left: [0], right: [], kind: 'left-only', moved: false, setApart: false }, [], left, right),
    ).toEqual([{ op: 'delete', text: left.paragraphs[0]!.text }]);
    expect(
      diffRow({ left: [], right: [1], kind: 'right-only', moved: false, setApart: false }, [], left, right),
    ).toEqual([{ op: 'insert', text: 'Erster Satz stand hier.' }]);
  });

  it('shows the break where a paragraph was split as a cosmetic line-break variant, not an edit', () => {
    const whole = makeArticle('w', ['Erster Satz steht hier. Zweiter Satz folgt dort.']);
    const split = makeArticle('s', ['Erster Satz steht hier.', 'Zweiter Satz folgt dort.']);
    const links: PassageLink[] = [
      {
        left: { paragraph: 0, sentences: [0], text: 'Erster Satz steht hier.', start: 0, end: 23 },
        right: { paragraph: 0, sentences: [0], text: 'Erster Satz steht hier.', start: 0, end: 23 },
        similarity: 1,
        kind: 'verbatim',
        diff: diffWords('Erster Satz steht hier.', 'Erster Satz steht hier.').parts,
      },
      {
        left: { paragraph: 0, sentences: [1], text: 'Zweiter Satz folgt dort.', start: 24, end: 48 },
        right: { paragraph: 1, sentences: [0], text: 'Zweiter Satz folgt dort.', start: 0, end: 24 },
        similarity: 1,
        kind: 'verbatim',
        diff: diffWords('Zweiter Satz folgt dort.', 'Zweiter Satz folgt dort.').parts,
      },
    ];
    const parts = diffRow(
      { left: [0], right: [0, 1], kind: 'matched', moved: false, setApart: false },
      links,
      whole,
      split,
    );
    expect(renderDiffString(parts)).toBe('Erster Satz steht hier.{~ ~>\n~}Zweiter Satz folgt dort.');
    expect(leftTextOf(parts)).toBe(whole.paragraphs[0]!.text);
    expect(rightTextOf(parts)).toBe(rowSideText(split, [0, 1]));
  });
});
