import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { ComparisonRow } from '../../shared/comparison/comparison-types';
import { rowOfParagraph } from '../../shared/comparison/moved-copy';
import { useAppStore } from '../store/use-app-store';
import { OverviewRuler } from './OverviewRuler';
import { RowView, type MovedHere } from './RowView';
import { longerSideLength } from './ruler-marks';
import { SetApartRow } from './SetApartRow';

/** Characters per line at a typical width; only a first guess, rows are measured once shown. */
const CHARS_PER_LINE = 80;
const LINE_HEIGHT = 22;

/**
 * A key per comparison's rows: the virtualizer keeps measured heights by key, and a height
 * measured for row 3 of one pair must not place row 3 of the next.
 */
const rowsKeys = new WeakMap<readonly ComparisonRow[], number>();
let lastRowsKey = 0;
function rowsKeyOf(rows: readonly ComparisonRow[]): number {
  let key = rowsKeys.get(rows);
  if (key === undefined) rowsKeys.set(rows, (key = ++lastRowsKey));
  return key;
}

function estimateRowHeight(row: ComparisonRow | undefined): number {
  if (!row) return 60;
  const lines = Math.ceil(Math.max(longerSideLength(row), 1) / CHARS_PER_LINE);
  return (row.setApart ? 12 : 40) + lines * LINE_HEIGHT;
}

/**
 * Rows of aligned paragraphs side by side in one scroller (so both sides scroll together),
 * the current change outlined. Only the rows in view are rendered, so megabyte pairs with
 * thousands of rows open at once.
 */
export function ComparisonView() {
  const comparison = useAppStore((s) => s.comparison);
  const changes = useAppStore((s) => s.changes);
  const currentChange = useAppStore((s) => s.currentChange);
  const viewMode = useAppStore((s) => s.settings.viewMode);
  const status = useAppStore((s) => s.status);
  const comparing = useAppStore((s) => s.comparing);
  const articleCount = useAppStore((s) => s.articles.length);
  const goToChange = useAppStore((s) => s.goToChange);
  const holdPair = useAppStore((s) => s.holdPair);
  const setRowsInView = useAppStore((s) => s.setRowsInView);
  const rowsInView = useAppStore((s) => s.rowsInView);
  const leftArticle = useAppStore((s) => s.left) ?? undefined;
  const rightArticle = useAppStore((s) => s.right) ?? undefined;
  const scroller = useRef<HTMLDivElement>(null);
  const current = changes[currentChange];
  /** The row a moved badge jumped to, and the row to go back to. */
  const [movedMark, setMovedMark] = useState<{ row: number; paragraph: number; before: boolean; from: number } | null>(
    null,
  );
  const rows = useMemo(() => comparison?.rows ?? [], [comparison]);
  // Once per comparison: the virtualizer asks again for every row whenever a measurement changes.
  const estimates = useMemo(() => rows.map(estimateRowHeight), [rows]);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read only during render
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => estimates[index] ?? 60,
    getItemKey: (index) => `${rowsKeyOf(rows)}:${index}`,
    overscan: 6,
  });

  /**
   * What is on screen is where n and p go on from, and the ruler's view box: the rows at the
   * view's top and bottom edge, from the measured offsets (the virtualizer's own range may not
   * have seen this scroll yet).
   */
  const reportView = (el: HTMLElement) => {
    const first = virtualizer.getVirtualItemForOffset(el.scrollTop);
    const last = virtualizer.getVirtualItemForOffset(el.scrollTop + el.clientHeight - 1);
    if (first && last) setRowsInView({ first: first.index, last: last.index });
  };
  // A new comparison shows its first screen without a scroll: report it all the same.
  useEffect(() => {
    const el = scroller.current;
    if (el) requestAnimationFrame(() => reportView(el));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [comparison]);

  /**
   * Brings a row into view, then the marked element inside it (rows can be taller than the view).
   * Stable, like the handlers below: rows and ruler marks re-render only when their own props change.
   */
  const revealRow = useCallback(
    (index: number, flash = false) => {
      // A row on screen or in the overscan scrolls natively; only a row not rendered needs the
      // virtualizer, whose scrolling measures the whole list (a third of a step on 4,500 rows).
      const shown = scroller.current?.querySelector<HTMLElement>(`[data-row="${index}"]`);
      const view = scroller.current?.getBoundingClientRect();
      const box = shown?.getBoundingClientRect();
      if (!shown || !view || !box) virtualizer.scrollToIndex(index, { align: 'center' });
      else if (box.top < view.top || box.bottom > view.bottom) shown.scrollIntoView({ block: 'center' });
      requestAnimationFrame(() => {
        const row = scroller.current?.querySelector<HTMLElement>(`[data-row="${index}"]`);
        const marked = row?.querySelector<HTMLElement>('[data-current="true"]') ?? (row?.dataset.current ? row : null);
        marked?.scrollIntoView({ block: 'nearest' });
        if (row && flash) {
          row.classList.remove('row-flash');
          void row.offsetWidth; // restart the animation
          row.classList.add('row-flash');
        }
      });
    },
    [virtualizer],
  );
  const pickRow = useCallback((index: number) => revealRow(index, true), [revealRow]);

  /** A click on a passage that moved to another row shows that row (see editMark). */
  const showElsewhere = (event: MouseEvent<HTMLElement>) => {
    const mark = (event.target as HTMLElement).closest<HTMLElement>('[data-elsewhere-paragraph]');
    if (!mark || window.getSelection()?.toString()) return; // selecting text is not asking to go
    const side = mark.dataset.elsewhereSide === 'left' ? 'left' : 'right';
    const paragraph = Number(mark.dataset.elsewhereParagraph);
    const row = rowOfParagraph(rows, side, paragraph);
    if (row !== -1) pickRow(row);
  };

  /**
   * Jumps to the row holding the right paragraph just before `paragraph` in the right article's
   * order (the first row with a right side if it opens the article) and marks the place there.
   */
  const jumpToRight = useCallback(
    (paragraph: number, from: number) => {
      const after = paragraph === 0 ? -1 : rows.findIndex((row) => row.right.includes(paragraph - 1));
      const row =
        after !== -1
          ? after
          : Math.max(
              0,
              rows.findIndex((r) => r.right.length > 0),
            );
      setMovedMark({ row, paragraph, before: after === -1, from });
      revealRow(row, true);
    },
    [rows, revealRow],
  );

  // Another pair opens at its top; the same pair compared again (options, a watched file) stays where it was.
  const shownPair = useRef<string | null>(null);
  useEffect(() => {
    const pair = comparison ? `${leftArticle?.id ?? ''}\u0000${rightArticle?.id ?? ''}` : null;
    if (pair === shownPair.current) return;
    shownPair.current = pair;
    if (pair !== null) virtualizer.scrollToOffset(0);
    setMovedMark(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [comparison]);

  useEffect(() => {
    if (current) revealRow(current.row);
    // Only a new current change (or a new comparison) moves the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [currentChange, comparison]);

  if (!comparison) {
    return (
      <div className="empty-view" role="status">
        {comparing
          ? 'Comparing…'
          : status === 'loading'
            ? 'Reading articles…'
            : articleCount === 1
              ? 'One article is open: drop a second file on the window, or open a folder, to compare.'
              : 'Open a folder with at least two articles to compare them.'}
      </div>
    );
  }

  const movedHere = (index: number): MovedHere | undefined =>
    movedMark?.row === index
      ? {
          paragraph: movedMark.paragraph,
          before: movedMark.before,
          rightParagraphs: rightArticle?.paragraphs.length ?? 0,
          onBack: () => {
            setMovedMark(null);
            revealRow(movedMark.from, true);
          },
        }
      : undefined;

  return (
    <div className="rows-frame" aria-busy={comparing}>
      {comparing && (
        <div className="comparing-badge" role="status">
          Comparing…
        </div>
      )}
      <div
        className={`rows rows-${viewMode}`}
        ref={scroller}
        tabIndex={0}
        aria-label="Aligned paragraphs"
        id="comparison-rows"
        // Reading a pair (scrolling, clicking, paging) keeps it open when the ranking changes.
        onWheel={holdPair}
        onScroll={(event) => reportView(event.currentTarget)}
        onPointerDown={holdPair}
        onKeyDown={holdPair}
        onClick={showElsewhere}
      >
        <div className="rows-canvas" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="row-slot"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {row.setApart ? (
                  <SetApartRow
                    index={item.index}
                    row={row}
                    left={leftArticle}
                    right={rightArticle}
                    movedHere={movedHere(item.index)}
                  />
                ) : (
                  <RowView
                    row={row}
                    index={item.index}
                    current={current?.row === item.index ? current : undefined}
                    inline={viewMode === 'inline'}
                    onJumpToRight={jumpToRight}
                    movedHere={movedHere(item.index)}
                  />
                )}
              </div>
            );
          })}
        </div>
      </div>
      <OverviewRuler
        rows={rows}
        changes={changes}
        currentChange={currentChange}
        onPickChange={goToChange}
        onPickRow={pickRow}
        view={rowsInView}
      />
    </div>
  );
}
