import type { DiffPart } from '../../shared/comparison/comparison-types';
import { editMark } from './edit-mark';

/** A deleted or inserted part as the reader sees it (see editMark). */
export function EditPart(props: { part: DiffPart; current: boolean | undefined }) {
  const { element: Element, className, title, elsewhere } = editMark(props.part);
  return (
    <Element
      className={className}
      title={title}
      data-current={props.current}
      // Read by the comparison view's click handler (one for all rows): where the other copy stands.
      data-elsewhere-side={elsewhere?.side}
      data-elsewhere-paragraph={elsewhere?.paragraph}
    >
      {props.part.text}
    </Element>
  );
}
