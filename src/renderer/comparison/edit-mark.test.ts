import { describe, expect, it } from 'vitest';
import { editMark } from './edit-mark';

describe('editMark', () => {
  it('marks plain edits as deleted or inserted', () => {
    expect(editMark({ op: 'delete', text: 'alt' })).toEqual({ element: 'del', className: 'deleted' });
    expect(editMark({ op: 'insert', text: 'neu' })).toEqual({ element: 'ins', className: 'inserted' });
  });

  it('marks a passage reordered inside its row as moved, saying where it also is and how', () => {
    expect(editMark({ op: 'delete', text: 'Satz.', moved: 'verbatim' })).toEqual({
      element: 'mark',
      className: 'moved-text',
      title: 'Moved: also in the right paragraph, at another place (word for word)',
    });
    expect(editMark({ op: 'insert', text: 'Satz!', moved: 'rewritten' }).title).toBe(
      'Moved: also in the left paragraph, at another place (rewritten)',
    );
  });
});
