import { useMemo } from 'react';
import type { SideStats } from '../../shared/comparison/comparison-types';
import { anyFoldOn, articleLabel, formatShare } from '../store/selectors';
import { useAppStore } from '../store/use-app-store';
import { pickerChoices, type PickerChoices } from './picker-choices';

/** Pickers for the two sides, each side's metadata, and its reuse figures. */
export function ComparisonHeader() {
  const articles = useAppStore((s) => s.articles);
  const pairs = useAppStore((s) => s.pairs);
  const leftId = useAppStore((s) => s.leftId);
  const rightId = useAppStore((s) => s.rightId);
  const stats = useAppStore((s) => s.comparison?.stats);
  const setLeft = useAppStore((s) => s.setLeft);
  const setRight = useAppStore((s) => s.setRight);
  const swap = useAppStore((s) => s.swapSides);
  const saveReport = useAppStore((s) => s.saveReport);
  const canSave = useAppStore((s) => s.comparison !== null);
  const leftChoices = useMemo(
    () => pickerChoices(articles, pairs, leftId, rightId),
    [articles, pairs, leftId, rightId],
  );
  const rightChoices = useMemo(
    () => pickerChoices(articles, pairs, rightId, leftId),
    [articles, pairs, rightId, leftId],
  );

  return (
    <div className="comparison-header">
      <SideHeader
        side="left"
        label="Left article"
        choices={leftChoices}
        value={leftId}
        onChange={setLeft}
        stats={stats?.left}
      />
      <div className="header-actions">
        <button type="button" className="button" onClick={swap} aria-label="Swap sides" title="Swap sides (S)">
          ⇄
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void saveReport()}
          disabled={!canSave}
          aria-label="Save report"
          title="Save this comparison as an HTML report (Ctrl+S)"
        >
          ⤓
        </button>
      </div>
      <SideHeader
        side="right"
        label="Right article"
        choices={rightChoices}
        value={rightId}
        onChange={setRight}
        stats={stats?.right}
      />
    </div>
  );
}

function SideHeader(props: {
  side: 'left' | 'right';
  label: string;
  choices: PickerChoices;
  value: string | null;
  onChange(id: string): void;
  stats: SideStats | undefined;
}) {
  const { articles, partnersOnly } = props.choices;
  const article = articles.find((a) => a.id === props.value);
  const other = props.side === 'left' ? 'right' : 'left';
  return (
    <div className={`side-header side-header-${props.side}`}>
      <label className="picker">
        <span className="visually-hidden">{props.label}</span>
        <select
          aria-label={props.label}
          value={props.value ?? ''}
          onChange={(e) => props.onChange(e.target.value)}
          title={
            partnersOnly
              ? `Articles that share text with the ${other} one; any other is in the list (L / R)`
              : undefined
          }
        >
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {articleLabel(a)}
            </option>
          ))}
        </select>
      </label>
      {article && (
        <div className="side-meta">
          {[article.outlet, article.date, article.dateline, article.credits.join(', ')].filter(Boolean).join(' · ') ||
            article.name}
        </div>
      )}
      {props.stats && (
        <div className="reuse-figures" aria-label={`Reuse of the ${props.side} article`}>
          <div>
            <strong>{formatShare(props.stats.reuse)}</strong> of its {props.stats.words} words found on the {other}
          </div>
          <ReuseBreakdown stats={props.stats} />
        </div>
      )}
    </div>
  );
}

/** Words by kind, as a thin stacked bar with a legend: verbatim, cosmetic, rewritten, new. */
function ReuseBreakdown({ stats }: { stats: SideStats }) {
  const folding = useAppStore((s) => anyFoldOn(s.settings.compare));
  const kinds = [
    ['verbatim', stats.verbatim],
    ['cosmetic', stats.cosmetic],
    ['rewritten', stats.rewritten],
    ['new', stats.words - stats.reusedWords],
  ] as const;
  const total = Math.max(stats.words, 1);
  return (
    <div className="breakdown">
      <div className="breakdown-bar" aria-hidden="true">
        {kinds.map(([kind, words]) => (
          <span key={kind} className={`segment segment-${kind}`} style={{ width: `${(words / total) * 100}%` }} />
        ))}
      </div>
      <div className="breakdown-legend">
        {kinds.map(([kind, words]) => (
          <span
            key={kind}
            className="figure"
            title={
              kind === 'cosmetic' && !folding
                ? 'Cosmetic folds are off: variants count as edits (C folds them)'
                : undefined
            }
          >
            <span className={`swatch segment-${kind}`} aria-hidden="true" />
            {kind === 'cosmetic' && !folding ? 'cosmetic folds off' : `${kind} ${words}`}
          </span>
        ))}
      </div>
    </div>
  );
}
