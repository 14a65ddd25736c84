import { useAppStore } from '../store/use-app-store';
import { countLabel } from '../../shared/count-label';
import { progressLabel } from './progress-label';

export function StatusBar() {
  const status = useAppStore((s) => s.status);
  const progress = useAppStore((s) => s.progress);
  const articles = useAppStore((s) => s.articles.length);
  const errors = useAppStore((s) => s.errors.length);
  const ranking = useAppStore((s) => s.status === 'ready' && !s.pairsExact && s.articles.length > 1);
  const changes = useAppStore((s) => s.changes.length);
  const current = useAppStore((s) => s.currentChange);
  const cancel = useAppStore((s) => s.cancelLoad);

  return (
    <footer className="status-bar">
      <div className="status-line" role="status" aria-live="polite">
        {status === 'loading' ? (
          <span className="status-loading">
            {progressLabel(progress)}
            <progress max={progress?.total || 1} value={progress?.done ?? 0} aria-label="Reading progress" />
            <button type="button" className="button small" onClick={() => void cancel()}>
              Cancel
            </button>
          </span>
        ) : (
          <span>
            {countLabel(articles, 'article')}
            {errors > 0 ? `, ${errors} unreadable` : ''}
            {ranking ? ` · ${progress ? progressLabel(progress) : 'ranking pairs…'}` : ''}
          </span>
        )}
        <span className="status-changes">
          {changes === 0
            ? 'No changes'
            : current >= 0
              ? `change ${current + 1} of ${changes}`
              : countLabel(changes, 'change')}
        </span>
      </div>
    </footer>
  );
}
