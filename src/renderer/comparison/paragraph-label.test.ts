import { describe, expect, it } from 'vitest';
import { paragraphLabel } from './paragraph-label';

describe('paragraphLabel', () => {
  it('numbers neighbouring paragraphs from 1', () => {
    expect(paragraphLabel([0])).toEqual({ text: '¶1' });
    expect(paragraphLabel([2, 3])).toEqual({ text: '¶3 ¶4' });
    expect(paragraphLabel([])).toEqual({ text: '' });
  });

  it('marks a gap and names the paragraphs that stand elsewhere', () => {
    expect(paragraphLabel([0, 2, 3])).toEqual({
      text: '¶1 … ¶3 ¶4',
      title: '¶2 stands in another row: this row joins the paragraphs that share text',
    });
    expect(paragraphLabel([4, 7, 9])).toEqual({
      text: '¶5 … ¶8 … ¶10',
      title: '¶6–¶7, ¶9 stand in other rows: this row joins the paragraphs that share text',
    });
  });
});
