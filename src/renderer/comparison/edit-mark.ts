import type { DiffPart, LinkKind } from '../../shared/comparison/comparison-types';

const MOVED_HOW: Record<LinkKind, string> = {
  verbatim: 'word for word',
  cosmetic: 'with cosmetic differences',
  rewritten: 'rewritten',
};

/**
 * How a deleted or inserted part is marked: struck or underlined as an edit, or, for a passage
 * reordered inside its row, as found at another place on the other side.
 */
export function editMark(part: DiffPart): { className: string; title?: string } {
  const edit = part.op === 'delete' ? 'deleted' : 'inserted';
  if (!part.moved) return { className: edit };
  const other = part.op === 'delete' ? 'right' : 'left';
  return {
    className: `${edit} moved-text`,
    title: `Moved: also in the ${other} paragraph, at another place (${MOVED_HOW[part.moved]})`,
  };
}
