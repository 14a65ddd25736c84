import type { DiffPart } from '../../shared/comparison/comparison-types';
import { editMark } from './edit-mark';

/** A deleted or inserted part as the reader sees it (see editMark). */
export function EditPart(props: { part: DiffPart; current: boolean | undefined }) {
  const { element: Element, className, title } = editMark(props.part);
  return (
    <Element className={className} title={title} data-current={props.current}>
      {props.part.text}
    </Element>
  );
}
