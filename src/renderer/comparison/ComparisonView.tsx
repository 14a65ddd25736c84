import { useEffect, useMemo, useRef } from 'react';
import { useAppStore } from '../store/use-app-store';
import { OverviewRuler } from './OverviewRuler';
import { RowView } from './RowView';
import { SetApartRow } from './SetApartRow';

/** Rows of aligned paragraphs side by side, scrolling together, the current change outlined. */
export function ComparisonView() {
  const comparison = useAppStore((s) => s.comparison);
  const changes = useAppStore((s) => s.changes);
  const currentChange = useAppStore((s) => s.currentChange);
  const viewMode = useAppStore((s) => s.settings.viewMode);
  const status = useAppStore((s) => s.status);
  const goToChange = useAppStore((s) => s.goToChange);
  const leftArticle = useAppStore((s) => s.articles.find((a) => a.id === s.leftId));
  const rightArticle = useAppStore((s) => s.articles.find((a) => a.id === s.rightId));
  const scroller = useRef<HTMLDivElement>(null);
  const current = changes[currentChange];

  useEffect(() => {
    const target = scroller.current?.querySelector('[data-current="true"]');
    target?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [currentChange, comparison]);

  const rows = useMemo(() => comparison?.rows ?? [], [comparison]);

  /** Scrolls to the row holding the right paragraph that precedes `paragraph` in the right article. */
  const jumpToRight = (paragraph: number) => {
    const target = rows.findIndex((row) => row.right.includes(paragraph - 1));
    const element = scroller.current?.querySelector<HTMLElement>(`[data-row="${target === -1 ? 0 : target}"]`);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.classList.remove('row-flash');
    void element.offsetWidth; // restart the animation
    element.classList.add('row-flash');
  };
  if (!comparison) {
    return (
      <div className="empty-view" role="status">
        {status === 'loading' ? 'Reading articles…' : 'Open a folder with at least two articles to compare them.'}
      </div>
    );
  }

  const scrollToRow = (index: number) =>
    scroller.current?.querySelector(`[data-row="${index}"]`)?.scrollIntoView({ block: 'center' });

  return (
    <div className="rows-frame">
      <div
        className={`rows rows-${viewMode}`}
        ref={scroller}
        tabIndex={0}
        aria-label="Aligned paragraphs"
        id="comparison-rows"
      >
        {rows.map((row, index) =>
          row.setApart ? (
            <SetApartRow key={index} index={index} row={row} left={leftArticle} right={rightArticle} />
          ) : (
            <RowView
              key={index}
              row={row}
              index={index}
              current={current?.row === index ? current : undefined}
              inline={viewMode === 'inline'}
              onJumpToRight={jumpToRight}
            />
          ),
        )}
      </div>
      <OverviewRuler
        rows={rows}
        changes={changes}
        currentChange={currentChange}
        onPickChange={goToChange}
        onPickRow={scrollToRow}
      />
    </div>
  );
}
