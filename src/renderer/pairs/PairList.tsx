import { useMemo } from 'react';
import type { PairScore } from '../../shared/comparison/comparison-types';
import { articleMatchesFilter, formatShare } from '../store/selectors';
import { useAppStore } from '../store/use-app-store';

/** Pairs past this are too weak to review one by one; the filter still finds any of them. */
const MAX_SHOWN = 500;

/** Ranked pairs: the two one-way reuse shares as small bars, and the score. */
export function PairList() {
  const pairs = useAppStore((s) => s.pairs);
  const articles = useAppStore((s) => s.articles);
  const leftId = useAppStore((s) => s.leftId);
  const rightId = useAppStore((s) => s.rightId);
  const ranking = useAppStore((s) => s.ranking);
  const selectPair = useAppStore((s) => s.selectPair);
  const filter = useAppStore((s) => s.filter);
  const byId = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  const nameOf = (id: string) => {
    const article = byId.get(id);
    return article ? (article.outlet ?? article.name.replace(/\.[^.]+$/, '')) : id;
  };
  const filtered = useMemo(() => {
    if (!filter) return pairs;
    const matches = (id: string) => {
      const article = byId.get(id);
      return article ? articleMatchesFilter(article, filter) : false;
    };
    return pairs.filter((p) => matches(p.left) || matches(p.right));
  }, [pairs, filter, byId]);
  const shown = filtered.slice(0, MAX_SHOWN);
  const hidden = filtered.length - shown.length;

  return (
    <section className="panel pair-panel" aria-labelledby="pairs-heading">
      <h2 id="pairs-heading" className="panel-title">
        Ranked pairs <span className="count">{ranking ? '…' : pairs.length}</span>
      </h2>
      <ol className="pair-list">
        {shown.map((pair) => {
          const selected =
            (pair.left === leftId && pair.right === rightId) || (pair.left === rightId && pair.right === leftId);
          return (
            <li key={`${pair.left}|${pair.right}`}>
              <button
                type="button"
                className="pair-item"
                aria-current={selected ? 'true' : undefined}
                onClick={() => selectPair(pair.left, pair.right)}
              >
                <span className="pair-names">
                  <span>{nameOf(pair.left)}</span>
                  <span className="pair-sep">~</span>
                  <span>{nameOf(pair.right)}</span>
                </span>
                <ShareBars pair={pair} />
              </button>
            </li>
          );
        })}
      </ol>
      {hidden > 0 && <p className="more-pairs">{hidden} weaker pairs not shown; filter to find them.</p>}
    </section>
  );
}

function ShareBars({ pair }: { pair: PairScore }) {
  return (
    <span
      className="share-bars"
      aria-label={`${formatShare(pair.leftReuse)} of the first in the second, ${formatShare(pair.rightReuse)} of the second in the first`}
    >
      <span className="share-bar" title="Share of the first article found in the second">
        <span style={{ width: formatShare(pair.leftReuse) }} />
      </span>
      <span className="share-bar" title="Share of the second article found in the first">
        <span style={{ width: formatShare(pair.rightReuse) }} />
      </span>
      <span className="score">{formatShare(pair.score)}</span>
    </span>
  );
}
