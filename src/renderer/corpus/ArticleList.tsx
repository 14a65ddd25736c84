import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { ArticleSummary } from '../../shared/article/summarize-article';
import { groupStories, type Story } from '../../shared/corpus/group-stories';
import { articleMatchesFilter, articleSource, formatBytes } from '../store/selectors';
import { useAppStore } from '../store/use-app-store';
import { countLabel } from '../../shared/count-label';
import { fileNameOf } from '../../shared/article/file-stem';

/**
 * Estimates until a row is drawn and measured: titles clamp to two lines and metadata to one,
 * so a row is one of a few heights, and only the rows on screen are ever measured (a
 * one-line title takes one line, not a two-line slot).
 */
const STORY_HEIGHT = 28;
const ARTICLE_HEIGHT = 64;

/** The folder's articles grouped into stories (articles that reuse each other), filterable. */
export function ArticleList() {
  const articles = useAppStore((s) => s.articles);
  const pairs = useAppStore((s) => s.pairs);
  const errors = useAppStore((s) => s.errors);
  const filter = useAppStore((s) => s.filter);
  const setFilter = useAppStore((s) => s.setFilter);
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());

  const visible = useMemo(() => articles.filter((a) => articleMatchesFilter(a, filter)), [articles, filter]);
  const byId = useMemo(() => new Map(visible.map((a) => [a.id, a])), [visible]);
  const stories = useMemo(
    () =>
      groupStories(
        visible.map((a) => a.id),
        pairs,
      ),
    [visible, pairs],
  );
  const entries = useMemo(() => listEntries(stories, collapsed), [stories, collapsed]);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read only during render
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (entries[index]?.kind === 'story' ? STORY_HEIGHT : ARTICLE_HEIGHT),
    // Measured sizes belong to an article, not to a place: filtering moves articles around.
    getItemKey: (index) => entries[index]?.key ?? index,
    overscan: 10,
  });
  const toggle = (index: number) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });

  return (
    <section className="panel article-panel" aria-labelledby="articles-heading">
      <h2 id="articles-heading" className="panel-title">
        Articles <span className="count">{filter ? `${visible.length} of ${articles.length}` : articles.length}</span>
      </h2>
      <div className="filter-box">
        <label htmlFor="corpus-filter" className="visually-hidden">
          Filter articles and pairs
        </label>
        <input
          id="corpus-filter"
          type="search"
          placeholder="Filter (Ctrl+F)"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      {filter && visible.length === 0 && articles.length > 0 && (
        <p className="list-empty">No article matches the filter.</p>
      )}
      <div className="article-list" ref={scroller}>
        <ul className="list-canvas" style={{ height: virtualizer.getTotalSize() }} aria-label="Articles">
          {virtualizer.getVirtualItems().map((item) => {
            const entry = entries[item.index]!;
            return (
              <li
                key={entry.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className="list-slot"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {entry.kind === 'story' ? (
                  <button
                    type="button"
                    className="story-header"
                    aria-expanded={entry.open}
                    onClick={() => toggle(entry.story)}
                  >
                    <span className="story-caret" aria-hidden="true">
                      {entry.open ? '▾' : '▸'}
                    </span>
                    Story · {countLabel(entry.size, 'article')}
                  </button>
                ) : (
                  <ArticleItem article={byId.get(entry.id)!} inStory={entry.inStory} />
                )}
              </li>
            );
          })}
        </ul>
      </div>
      {errors.length > 0 && (
        <details className="read-errors" open={articles.length === 0 || undefined}>
          <summary>{countLabel(errors.length, 'file')} could not be read</summary>
          <ul>
            {errors.map((e) => (
              <li key={e.path}>
                <span className="mono">{fileNameOf(e.path)}</span>: {e.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function ArticleItem({ article, inStory }: { article: ArticleSummary; inStory: boolean }) {
  const isLeft = useAppStore((s) => s.leftId === article.id);
  const isRight = useAppStore((s) => s.rightId === article.id);
  const openArticle = useAppStore((s) => s.openArticle);
  const setRight = useAppStore((s) => s.setRight);
  const side = isLeft ? 'L' : isRight ? 'R' : null;
  // The source (outlet or file) first: articles of one story often share their title.
  const meta = [articleSource(article), article.date, article.credits.join(', '), formatBytes(article.size)].filter(
    Boolean,
  );
  return (
    <div className={`article-item${inStory ? ' in-story' : ''}`} data-side={side ?? undefined} title={article.path}>
      <button type="button" className="article-main" onClick={() => openArticle(article.id)}>
        <span className="article-title">
          {side && <span className={`side-badge side-${side}`}>{side}</span>}
          {article.title || article.name}
        </span>
        <span className="article-meta">
          {meta.join(' · ')}
          {article.warnings.length > 0 && (
            <span className="warning-badge" title={article.warnings.join('\n')}>
              ⚠ {article.warnings.join('; ')}
            </span>
          )}
        </span>
      </button>
      <button
        type="button"
        className="button small right-button"
        onClick={() => setRight(article.id)}
        aria-label={`R: compare ${article.title || article.name} on the right`}
        title="Compare on the right"
      >
        R
      </button>
    </div>
  );
}

type ListEntry =
  | { kind: 'story'; key: string; story: number; size: number; open: boolean }
  | { kind: 'article'; key: string; id: string; inStory: boolean };

/** Stories flattened into one list of headers and articles, for the virtual list. */
function listEntries(stories: readonly Story[], collapsed: ReadonlySet<number>): ListEntry[] {
  const entries: ListEntry[] = [];
  stories.forEach((story, index) => {
    const isStory = story.members.length > 1;
    const open = !collapsed.has(index);
    if (isStory)
      entries.push({ kind: 'story', key: `story:${story.members[0]}`, story: index, size: story.members.length, open });
    if (open || !isStory)
      for (const id of story.members) entries.push({ kind: 'article', key: id, id, inStory: isStory });
  });
  return entries;
}
