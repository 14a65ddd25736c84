import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { PairScore } from '../../shared/comparison/comparison-types';
import {
  articleLabel,
  formatShare,
  orientPair,
  pairSideName,
  pairSideNames,
  pairsMatchingFilter,
} from '../store/selectors';
import { useAppStore } from '../store/use-app-store';

/** Pair counts run into the hundreds of thousands: grouped digits read at a glance. */
const COUNT = new Intl.NumberFormat('en-US');

const PAIR_HEIGHT = 50;

/** Ranked pairs: the two one-way reuse shares, each as a small bar and a figure. Only rows in view render. */
export function PairList() {
  const pairs = useAppStore((s) => s.pairs);
  const articles = useAppStore((s) => s.articles);
  const leftId = useAppStore((s) => s.leftId);
  const rightId = useAppStore((s) => s.rightId);
  const ranking = useAppStore((s) => s.progress?.phase === 'ranking' || s.progress?.phase === 'aligning');
  const loading = useAppStore((s) => s.status === 'loading');
  const exact = useAppStore((s) => s.pairsExact);
  const total = useAppStore((s) => s.pairsTotal);
  const selectPair = useAppStore((s) => s.selectPair);
  const saveRankingReport = useAppStore((s) => s.saveRankingReport);
  const filter = useAppStore((s) => s.filter);
  const byId = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  const namesOf = (pair: PairScore): [string, string] => {
    const left = byId.get(pair.left);
    const right = byId.get(pair.right);
    if (left && right) return pairSideNames(left, right);
    return [left ? pairSideName(left) : pair.left, right ? pairSideName(right) : pair.right];
  };
  /** The tooltip tells apart two pairs of the same outlets: title and file of each side. */
  const fullNameOf = (id: string) => {
    const article = byId.get(id);
    return article ? `${articleLabel(article)} (${article.name})` : id;
  };
  const filtered = useMemo(() => pairsMatchingFilter(pairs, byId, filter), [pairs, filter, byId]);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read only during render
  const virtualizer = useVirtualizer({
    count: filtered.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => PAIR_HEIGHT,
    overscan: 10,
  });
  const selectedIndex = useMemo(
    () =>
      filtered.findIndex(
        (p) => (p.left === leftId && p.right === rightId) || (p.left === rightId && p.right === leftId),
      ),
    [filtered, leftId, rightId],
  );
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const shownItems = virtualizer.getVirtualItems();
  const tabStop = shownItems.some((item) => item.index === selectedIndex)
    ? selectedIndex
    : (shownItems[0]?.index ?? -1);

  /** ↓ / ↑ in the list open the next or previous pair, and focus follows it. */
  const stepWithArrows = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || filtered.length === 0) return;
    event.preventDefault();
    const pair = filtered[Math.max(0, Math.min(filtered.length - 1, selectedIndex + step))]!;
    selectPair(pair.left, pair.right);
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>('.pair-item[aria-current="true"]')?.focus(),
    );
  };

  return (
    <section className="panel pair-panel" aria-labelledby="pairs-heading">
      <div className="panel-head">
        <h2 id="pairs-heading" className="panel-title">
          Ranked pairs{' '}
          <span
            className="count"
            title={
              pairs.length === 0 && (ranking || loading)
                ? 'Ranking follows the reading'
                : exact
                  ? 'Aligned exactly, except figures marked ≈'
                  : 'Estimated; exact figures follow'
            }
          >
            {pairs.length === 0 && (ranking || loading)
              ? '…'
              : filter
                ? `${COUNT.format(filtered.length)} of ${total > pairs.length ? 'top ' : ''}${COUNT.format(pairs.length)}`
                : total > pairs.length
                  ? `top ${COUNT.format(pairs.length)} of ${COUNT.format(total)}`
                  : COUNT.format(pairs.length)}
            {!exact && pairs.length > 0 && ' · estimated'}
            {ranking && pairs.length > 0 && '…'}
          </span>
        </h2>
        <button
          type="button"
          className="button small"
          onClick={() => void saveRankingReport()}
          disabled={pairs.length === 0}
          aria-label="Save ranking report"
          title="Save the ranking, as the list shows it, as an HTML report (Ctrl+Shift+S)"
        >
          ⤓
        </button>
      </div>
      {filter && filtered.length === 0 && pairs.length > 0 && <p className="list-empty">No pair matches the filter.</p>}
      <div className="pair-list" ref={scroller} onKeyDown={stepWithArrows}>
        <ol className="list-canvas" style={{ height: virtualizer.getTotalSize() }} aria-label="Ranked pairs">
          {shownItems.map((item) => {
            const listed = filtered[item.index]!;
            // The open pair reads as the comparison does, swapped sides included.
            const pair = item.index === selectedIndex ? orientPair(listed, leftId) : listed;
            const [left, right] = namesOf(pair);
            return (
              <li
                key={`${listed.left}|${listed.right}`}
                className="list-slot"
                style={{ transform: `translateY(${item.start}px)`, height: PAIR_HEIGHT }}
              >
                <button
                  type="button"
                  className="pair-item"
                  aria-current={item.index === selectedIndex ? 'true' : undefined}
                  // One Tab stop for the list (↓ and ↑ move within it): the open pair, else the first shown.
                  tabIndex={item.index === tabStop ? 0 : -1}
                  onClick={() => selectPair(listed.left, listed.right)}
                >
                  <span className="pair-names" title={`${fullNameOf(pair.left)}\n~ ${fullNameOf(pair.right)}`}>
                    <span>{left}</span>
                    <span className="pair-sep">~</span>
                    <span>{right}</span>
                  </span>
                  <ShareBars pair={pair} />
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}

function ShareBars({ pair }: { pair: PairScore }) {
  // Each one-way share next to its own bar: who took how much is the point, not the larger of the two.
  // A pair that was not aligned says so: fingerprints miss rewording, so its figures are a guess.
  const figure = (share: number) => (pair.estimated ? `≈${formatShare(share)}` : formatShare(share));
  const estimate = pair.estimated ? 'Estimated from fingerprints; open the pair for the exact figure' : undefined;
  return (
    <span
      className="share-bars"
      aria-label={`${pair.estimated ? 'estimated: ' : ''}${formatShare(pair.leftReuse)} of the first in the second, ${formatShare(pair.rightReuse)} of the second in the first`}
    >
      <span className="share-bar" title="Share of the first article found in the second">
        <span style={{ width: formatShare(pair.leftReuse) }} />
      </span>
      <span className="share" title={estimate}>
        {figure(pair.leftReuse)}
      </span>
      <span className="share-bar" title="Share of the second article found in the first">
        <span style={{ width: formatShare(pair.rightReuse) }} />
      </span>
      <span className="share" title={estimate}>
        {figure(pair.rightReuse)}
      </span>
    </span>
  );
}
