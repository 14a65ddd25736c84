import { memo } from 'react';
import type { ComparisonRow } from '../../shared/comparison/comparison-types';
import { partsOfChange, type ChangeLocation } from '../../shared/comparison/change-index';
import { DiffText } from './DiffText';
import { EditPart } from './EditPart';
import { paragraphLabel } from './paragraph-label';

/** The diff parts of the current change within this row. */
function partsOfCurrent(row: ComparisonRow, change: ChangeLocation | undefined): Set<number> {
  return new Set(change ? partsOfChange(row, change.part) : []);
}

/** Where a moved right paragraph stands in the right article: before or after this row's right side. */
export interface MovedHere {
  paragraph: number;
  before: boolean;
  /** The right article's paragraph count: says whether another follows. */
  rightParagraphs: number;
  onBack(): void;
}

/** Memoised: stepping through changes re-renders only the rows whose current change or mark moved. */
export const RowView = memo(function RowView(props: {
  row: ComparisonRow;
  index: number;
  current: ChangeLocation | undefined;
  inline: boolean;
  /** Scrolls to where a moved right paragraph stands in the right article's own order. */
  onJumpToRight(paragraph: number, fromRow: number): void;
  /** Set on the row a moved paragraph was jumped to: marks its place in the right article. */
  movedHere?: MovedHere;
}) {
  const { row } = props;
  const currentParts = partsOfCurrent(row, props.current);
  const classes = [
    'row',
    `row-${row.kind}`,
    row.setApart ? 'row-set-apart' : '',
    row.moved ? 'row-moved' : '',
    props.current ? 'row-current' : '',
  ]
    .filter(Boolean)
    .join(' ');

  if (props.inline) {
    return (
      <div className={classes} data-row={props.index} data-current={props.current?.part === -1 || undefined}>
        <div className="cell cell-inline">
          <ParagraphLabel side={row.left.length > 0 ? row.left : row.right} />
          <InlineText row={row} current={currentParts} />
        </div>
      </div>
    );
  }
  return (
    <div className={classes} data-row={props.index} data-current={props.current?.part === -1 || undefined}>
      <div className="cell cell-left">
        {row.left.length > 0 && <ParagraphLabel side={row.left} />}
        {row.left.length > 0 && <DiffText parts={row.diff} side="left" current={currentParts} />}
      </div>
      <div className="cell cell-right">
        {row.right.length > 0 && (
          <span className="para-label">
            <ParagraphLabel side={row.right} bare />
            {row.moved && (
              <button
                type="button"
                className="moved-badge"
                onClick={() => props.onJumpToRight(row.right[0]!, props.index)}
                title={
                  row.right[0] === 0
                    ? 'The right article has it first, elsewhere than the left one: show its place there'
                    : `The right article has it after its ¶${row.right[0]}, elsewhere than the left one: show that place`
                }
              >
                {/* The row sits beside its match; the paragraph number beside the badge is its own. */}
                moved
              </button>
            )}
          </span>
        )}
        {props.movedHere?.before && <MovedHereMark {...props.movedHere} />}
        {row.right.length > 0 && <DiffText parts={row.diff} side="right" current={currentParts} />}
        {props.movedHere && !props.movedHere.before && <MovedHereMark {...props.movedHere} />}
      </div>
    </div>
  );
});

function ParagraphLabel({ side, bare }: { side: readonly number[]; bare?: boolean }) {
  const { text, title } = paragraphLabel(side);
  const label = title ? (
    <abbr className="para-gap" title={title}>
      {text}
    </abbr>
  ) : (
    text
  );
  return bare ? label : <span className="para-label">{label}</span>;
}

/** The place a moved paragraph has in the right article, with the way back to where it is shown. */
export function MovedHereMark({ paragraph, before, rightParagraphs, onBack }: MovedHere) {
  const where = before
    ? 'at its start'
    : paragraph + 1 < rightParagraphs
      ? `between ¶${paragraph} and ¶${paragraph + 2}`
      : `after ¶${paragraph}, at its end`;
  return (
    <p className={before ? 'moved-here moved-here-before' : 'moved-here'} role="note">
      <span>
        ¶{paragraph + 1} stands here in the right article, {where}
      </span>
      <button type="button" className="link-button" onClick={onBack}>
        back to it
      </button>
    </p>
  );
}

function InlineText({ row, current }: { row: ComparisonRow; current: ReadonlySet<number> }) {
  return (
    <>
      {row.diff.map((part, index) => {
        const isCurrent = current.has(index) || undefined;
        if (part.op === 'delete' || part.op === 'insert')
          return <EditPart key={index} part={part} current={isCurrent} />;
        if (part.op === 'cosmetic')
          return (
            <span key={index} className="cosmetic" title={`Right: ${part.rightText ?? ''}`}>
              {part.text}
            </span>
          );
        return <span key={index}>{part.text}</span>;
      })}
    </>
  );
}
