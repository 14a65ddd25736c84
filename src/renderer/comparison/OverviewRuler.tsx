import { memo, useMemo } from 'react';
import type { ComparisonRow } from '../../shared/comparison/comparison-types';
import type { ChangeLocation } from '../../shared/comparison/change-index';
import { binMarks, rowStarts, rulerMarks, viewBox, type RulerBin } from './ruler-marks';

/** Slots of the ruler: about one per 3 px of a full-height ruler; marks sharing one are drawn as one. */
const RULER_SLOTS = 300;

/**
 * A slim bar beside the rows: a mark for every change and moved block; click one to jump. The
 * current change and the view are drawn on a layer of their own over the marks, so a step
 * moves two elements and never relays out the marks.
 */
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
  const bins = useMemo(() => binMarks(marks, RULER_SLOTS), [marks]);
  const starts = useMemo(() => rowStarts(props.rows), [props.rows]);
  const box = props.view ? viewBox(starts, props.view.first, props.view.last) : null;
  // Change marks come first, one per change in order.
  const current = props.currentChange >= 0 ? marks[props.currentChange] : undefined;
  return (
    <nav className="overview-ruler" aria-label="Overview of changes">
      <RulerMarks bins={bins} onPickChange={props.onPickChange} onPickRow={props.onPickRow} />
      <div className="ruler-overlay" aria-hidden="true">
        {box && (
          <span
            className="ruler-view"
            style={{ top: `${(box.top * 100).toFixed(2)}%`, height: `${(box.height * 100).toFixed(2)}%` }}
          />
        )}
        {current?.kind === 'change' && (
          <span className="ruler-mark ruler-current" style={{ top: `${(current.top * 100).toFixed(2)}%` }} />
        )}
      </div>
    </nav>
  );
}

const RulerMarks = memo(function RulerMarks(props: {
  bins: readonly RulerBin[];
  onPickChange(index: number): void;
  onPickRow(row: number): void;
}) {
  return (
    <div className="ruler-marks">
      {props.bins.map((bin) => {
        const span = bin.count === 1 ? `${bin.first + 1}` : `${bin.first + 1}–${bin.last + 1}`;
        const label =
          bin.kind === 'change'
            ? `${bin.count === 1 ? 'Change' : 'Changes'} ${span}`
            : `${bin.count === 1 ? 'Moved paragraph, row' : 'Moved paragraphs, rows'} ${span}`;
        return (
          <button
            key={`${bin.kind}-${bin.first}`}
            type="button"
            tabIndex={-1}
            className={`ruler-mark ruler-${bin.kind}`}
            style={{ top: `${(bin.top * 100).toFixed(2)}%` }}
            aria-label={label}
            title={label}
            onClick={() => (bin.kind === 'change' ? props.onPickChange(bin.first) : props.onPickRow(bin.first))}
          />
        );
      })}
    </div>
  );
});
