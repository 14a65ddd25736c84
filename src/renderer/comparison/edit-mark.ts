import type { DiffPart, LinkKind } from '../../shared/comparison/comparison-types';

const MOVED_HOW: Record<LinkKind, string> = {
  verbatim: 'word for word',
  cosmetic: 'with cosmetic differences',
  rewritten: 'rewritten',
};

/**
 * How a deleted or inserted part is marked: struck or underlined as an edit, or, for a passage
 * reordered inside its row or aligned with a paragraph of another row, as found at another
 * place on the other side (a <mark>, not a <del> or <ins>: screen readers must not call it a
 * deletion).
 */
export function editMark(part: DiffPart): EditMark {
  if (!part.moved)
    return part.op === 'delete' ? { element: 'del', className: 'deleted' } : { element: 'ins', className: 'inserted' };
  const other: 'left' | 'right' = part.op === 'delete' ? 'right' : 'left';
  const elsewhere = part.movedTo === undefined ? undefined : { side: other, paragraph: part.movedTo };
  const where = elsewhere
    ? `${other} ¶${elsewhere.paragraph + 1}, another row (${MOVED_HOW[part.moved]}); click, or m on the current change, to show it`
    : `the ${other} paragraph, at another place (${MOVED_HOW[part.moved]})`;
  const moved = `Moved: also in ${where}`;
  const shown = (className: string, title: string): EditMark =>
    elsewhere
      ? { element: 'mark', className: `${className} moved-elsewhere`, title, elsewhere }
      : { element: 'mark', className, title };
  if (!part.movedEdit) return shown('moved-text', moved);
  // Words of a moved passage that its other copy words differently: struck on the left, underlined on the right.
  const edit =
    part.movedEdit === 'cosmetic' ? 'moved-cosmetic' : part.op === 'delete' ? 'moved-deleted' : 'moved-inserted';
  const how = part.movedEdit === 'cosmetic' ? 'spelled differently there' : 'worded differently there';
  return shown(`moved-text ${edit}`, `${moved}; ${how}`);
}

export interface EditMark {
  element: 'del' | 'ins' | 'mark';
  className: string;
  title?: string;
  /** A passage that moved to another row: the paragraph there, which a click shows. */
  elsewhere?: { side: 'left' | 'right'; paragraph: number };
}
