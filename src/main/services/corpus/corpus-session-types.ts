/**
 * The corpus session: what the app, the browser host and the CLI use to open a folder at any
 * size. It reads, cleans and fingerprints files off the main thread, streams article
 * summaries as they arrive, ranks candidate pairs (estimated first, exact later), and keeps
 * full articles out of the renderer until a pair is opened.
 */
import type { Article } from '../../../shared/article/article';

export type { ArticleSummary } from '../../../shared/article/summarize-article';

// The events cross IPC unchanged, so the contract defines them.
export type { CorpusEvent, CorpusPhase } from '../../../shared/ipc-contract';
import type { CorpusEvent } from '../../../shared/ipc-contract';

export interface OpenFolderOptions {
  signal?: AbortSignal;
  /** Align candidate pairs after the estimated ranking (default true). */
  exact?: boolean;
  /**
   * Align only candidates whose estimated score reaches this (default 0: every candidate).
   * The app skips the faint pairs of a big folder, which only keep the workers busy.
   */
  alignFloor?: number;
  /**
   * Up to this many candidates every one is aligned, floor or not (default 2000): a second or
   * two at most, and no figure in a small folder's list stays a guess (fingerprints miss rewording).
   */
  alignAllUpTo?: number;
  /** Cache of cleaned articles and fingerprints; never inside the user's folder. */
  cacheDir?: string | null;
}

export interface CorpusSession {
  /**
   * Reads `root` and streams events; resolves when the ranking is final (or on abort).
   * `null` opens an empty corpus (emitting `done` at once) for `add` to fill: a single file.
   */
  open(root: string | null, options: OpenFolderOptions, emit: (event: CorpusEvent) => void): Promise<void>;
  /** Full articles of the open corpus, for the pair being compared. */
  getArticles(ids: readonly string[]): Promise<Article[]>;
  /**
   * Adds articles read elsewhere (dropped files) to the open corpus: they are fingerprinted,
   * emitted as `articles`, and the ranking is redone and emitted as `pairs`, through the
   * emitter of the last `open`. Articles with an id already present replace it.
   */
  add(articles: readonly Article[]): Promise<void>;
  /** Drops articles (a file deleted from a watched folder), emits `removed`, and re-ranks. */
  remove(ids: readonly string[]): Promise<void>;
  close(): Promise<void>;
}
