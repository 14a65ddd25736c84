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

  it('says which paragraph holds a passage that moved to another row, and lets a click show it', () => {
    expect(editMark({ op: 'delete', text: 'Satz.', moved: 'rewritten', movedTo: 3 }).title).toBe(
      'Moved: also in right ¶4, another row (rewritten); click, or m on the current change, to show it',
    );
    expect(editMark({ op: 'insert', text: 'Satz.', moved: 'verbatim', movedTo: 0 })).toEqual({
      element: 'mark',
      className: 'moved-text moved-elsewhere',
      title: 'Moved: also in left ¶1, another row (word for word); click, or m on the current change, to show it',
      elsewhere: { side: 'left', paragraph: 0 },
    });
    expect(
      editMark({ op: 'delete', text: 'am Mittwoch', moved: 'rewritten', movedEdit: 'changed', movedTo: 0 }).className,
    ).toBe('moved-text moved-deleted moved-elsewhere');
  });

  it('marks the words a moved passage words differently from its other copy', () => {
    expect(editMark({ op: 'delete', text: 'die Vorwürfe', moved: 'rewritten', movedEdit: 'changed' })).toEqual({
      element: 'mark',
      className: 'moved-text moved-deleted',
      title: 'Moved: also in the right paragraph, at another place (rewritten); worded differently there',
    });
    expect(editMark({ op: 'insert', text: 'das', moved: 'rewritten', movedEdit: 'changed' }).className).toBe(
      'moved-text moved-inserted',
    );
    expect(editMark({ op: 'insert', text: 'Weissen', moved: 'cosmetic', movedEdit: 'cosmetic' }).className).toBe(
      'moved-text moved-cosmetic',
    );
  });
});
