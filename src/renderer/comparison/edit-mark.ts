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
export function editMark(part: DiffPart): { element: 'del' | 'ins' | 'mark'; className: string; title?: string } {
  if (!part.moved)
    return part.op === 'delete' ? { element: 'del', className: 'deleted' } : { element: 'ins', className: 'inserted' };
  const other = part.op === 'delete' ? 'right' : 'left';
  const where =
    part.movedTo === undefined
      ? `the ${other} paragraph, at another place`
      : `${other} ¶${part.movedTo + 1}, another row`;
  const moved = `Moved: also in ${where} (${MOVED_HOW[part.moved]})`;
  if (!part.movedEdit) return { element: 'mark', className: 'moved-text', title: moved };
  // Words of a moved passage that its other copy words differently: struck on the left, underlined on the right.
  const edit =
    part.movedEdit === 'cosmetic' ? 'moved-cosmetic' : part.op === 'delete' ? 'moved-deleted' : 'moved-inserted';
  const how = part.movedEdit === 'cosmetic' ? 'spelled differently there' : 'worded differently there';
  return { element: 'mark', className: `moved-text ${edit}`, title: `${moved}; ${how}` };
}
