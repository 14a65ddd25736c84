import type { DiffPart } from '../../shared/comparison/comparison-types';
import { EditPart } from './EditPart';

/** One side of a row's diff: the parts that belong to that side, styled by op. */
export function DiffText(props: { parts: DiffPart[]; side: 'left' | 'right'; current: ReadonlySet<number> }) {
  return (
    <>
      {props.parts.map((part, index) => {
        const isCurrent = props.current.has(index) || undefined;
        if (part.op === 'equal') return <span key={index}>{part.text}</span>;
        if (part.op === 'cosmetic') {
          const text = props.side === 'left' ? part.text : (part.rightText ?? part.text);
          const other = props.side === 'left' ? (part.rightText ?? part.text) : part.text;
          return (
            <span key={index} className="cosmetic" title={`Cosmetic variant of “${other}”`}>
              {text}
            </span>
          );
        }
        if ((part.op === 'delete' && props.side === 'left') || (part.op === 'insert' && props.side === 'right'))
          return <EditPart key={index} part={part} current={isCurrent} />;
        return null;
      })}
    </>
  );
}
