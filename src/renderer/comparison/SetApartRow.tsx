import type { Article } from '../../shared/article/article';
import type { ComparisonRow } from '../../shared/comparison/comparison-types';
import { MovedHereMark, type MovedHere } from './RowView';

/** Captions, credits and boilerplate: shown quietly, with what they are, never as edits. */
export function SetApartRow(props: {
  row: ComparisonRow;
  index: number;
  left: Article | undefined;
  right: Article | undefined;
  /** Set when a moved paragraph's place in the right article is next to this caption or credit. */
  movedHere?: MovedHere;
}) {
  const cell = (article: Article | undefined, indices: number[]) =>
    indices.map((i) => {
      const paragraph = article?.paragraphs[i];
      return paragraph ? (
        <p key={i} className="set-apart-text">
          {/* Numbered like every paragraph, so the numbers of the story's rows have no gaps. */}
          <span className="para-number">¶{i + 1}</span>
          <span className="part-tag">{paragraph.part}</span>
          {paragraph.text}
        </p>
      ) : null;
    });
  return (
    <div className="row row-set-apart" data-row={props.index}>
      <div className="cell cell-left">{cell(props.left, props.row.left)}</div>
      <div className="cell cell-right">
        {props.movedHere?.before && <MovedHereMark {...props.movedHere} />}
        {cell(props.right, props.row.right)}
        {props.movedHere && !props.movedHere.before && <MovedHereMark {...props.movedHere} />}
      </div>
    </div>
  );
}
