import { useMemo } from 'react';
import type { ComparisonRow } from '../../shared/comparison/comparison-types';
import type { ChangeLocation } from '../../shared/comparison/change-index';
import { rowStarts, rulerMarks, viewBox } from './ruler-marks';

/** A slim bar beside the rows: a mark for every change and moved block; click one to jump. */
export function OverviewRuler(props: {
  rows: readonly ComparisonRow[];
  changes: readonly ChangeLocation[];
  currentChange: number;
  onPickChange(index: number): void;
  onPickRow(row: number): void;
  /** Rows on screen, for the box that shows where the view is. */
  view: { first: number; last: number } | null;
}) {
  const marks = useMemo(() => rulerMarks(props.rows, props.changes), [props.rows, props.changes]);
  const starts = useMemo(() => rowStarts(props.rows), [props.rows]);
  const box = props.view ? viewBox(starts, props.view.first, props.view.last) : null;
  return (
    <nav className="overview-ruler" aria-label="Overview of changes">
      {box && (
        <span
          className="ruler-view"
          aria-hidden="true"
          style={{ top: `${(box.top * 100).toFixed(2)}%`, height: `${(box.height * 100).toFixed(2)}%` }}
        />
      )}
      {marks.map((mark) => {
        const current = mark.kind === 'change' && mark.target === props.currentChange;
        const label = mark.kind === 'change' ? `Change ${mark.target + 1}` : `Moved paragraph, row ${mark.target + 1}`;
        return (
          <button
            key={`${mark.kind}-${mark.target}`}
            type="button"
            tabIndex={-1}
            className={`ruler-mark ruler-${mark.kind}${current ? ' ruler-current' : ''}`}
            style={{ top: `${(mark.top * 100).toFixed(2)}%` }}
            aria-label={label}
            title={label}
            onClick={() => (mark.kind === 'change' ? props.onPickChange(mark.target) : props.onPickRow(mark.target))}
          />
        );
      })}
    </nav>
  );
}
