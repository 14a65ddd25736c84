/**
 * Messages between the corpus session and its worker threads: plain data and typed arrays
 * (transferred, never copied). The same requests run in-thread when workers cannot start.
 */
import type { Article, ReadError } from '../../../shared/article/article';
import type { ArticleSummary } from '../../../shared/article/summarize-article';
import type { Postings } from '../../../shared/corpus/corpus-index';
import type {
  CandidateOptions,
  CorpusFingerprints,
  CorpusIndex,
  CorpusSketches,
  DirectedFinds,
} from '../../../shared/corpus/find-candidates';

/** Where a cleaned article sits in the cache: a byte range of one segment file. */
export interface CacheRef {
  segment: string;
  offset: number;
  length: number;
}

/** How a worker gets an article back: from the cache, from the file, or as given (dropped text). */
export interface ArticleSource {
  path: string;
  ref: CacheRef | null;
  article?: Article;
}

/** What the cache knows about a file; a worker checks it against the file's current stat. */
export interface KnownFile {
  size: number;
  mtimeMs: number;
  ref: CacheRef | null;
  /** The cached analysis used the window asked for now (else it is redone from the cached article). */
  analysisValid: boolean;
}

export interface ReadRequest {
  type: 'read';
  paths: string[];
  known: (KnownFile | null)[];
  window: number;
  maxBytes?: number;
  /** Folder of this corpus's cache, or null: then nothing is written. */
  cacheDir: string | null;
}

export type ReadItem =
  | {
      kind: 'article';
      path: string;
      summary: ArticleSummary;
      /** Byte range of the packed analysis in ReadReply.analyses. */
      analysis: [number, number];
      ref: CacheRef | null;
      /** The source file was read (not the cache). */
      fromFile: boolean;
      /** For re-titling once folder chrome is known (title-hints.ts). */
      titleHints: string[];
    }
  | { kind: 'unchanged'; path: string }
  | { kind: 'error'; error: ReadError };

export interface ReadReply {
  items: ReadItem[];
  /** Shared: the entries keep views of it, and the ranking's workers read it in place. */
  analyses: SharedArrayBuffer;
}

/** Every article's packed analysis, read in place: article k is segments[segmentOf[k]] at offsets[k], lengths[k] bytes. */
export interface SharedAnalyses {
  segments: SharedArrayBuffer[];
  segmentOf: Uint32Array;
  offsets: Float64Array;
  lengths: Uint32Array;
}

/**
 * The ranking's requests pass their large columns in shared memory (shared-memory.ts): every
 * worker reads the same analyses, fingerprints and postings, and none holds a copy.
 */

/** Learn the folder's chrome among the keys of one partition (workers learn together). */
export interface ChromeRequest {
  type: 'chrome';
  analyses: SharedAnalyses;
  outlets: (string | null)[];
  part: number;
  parts: number;
  /** One byte per paragraph of the folder, shared by the parts (see learnChromePart). */
  storyFlags: Uint8Array;
  /** The parts' barrier between marking and deciding (arriveAndWait). */
  arrived: Int32Array;
}

export interface ChromeReply {
  /** Key hashes of the partition's paragraphs learned as folder chrome. */
  chrome: Float64Array;
}

/** Fingerprints of the articles [from, to) without the chrome (workers split the folder). */
export interface FingerprintRequest {
  type: 'fingerprint';
  analyses: SharedAnalyses;
  chrome: Float64Array;
  from: number;
  to: number;
}

export interface FingerprintReply {
  /** Offsets relative to `from`. */
  corpus: CorpusFingerprints;
  /** Per article of the range: 1 when its title must be worked out again (see chromeEffect). */
  retitle: Uint8Array;
  /** The range's sketches, made while its fingerprints are at hand (banding needs them all). */
  sketches: CorpusSketches;
}

/** Write one part of the postings the whole sweep reads (see writePostingsPart), in shared memory. */
export interface IndexRequest {
  type: 'index';
  corpus: CorpusFingerprints;
  postings: Postings;
  part: number;
  parts: number;
}

export interface IndexReply {
  done: true;
}

/** The near-duplicate finds of the whole folder, from its sketches (see findNearDuplicates). */
export interface NearRequest {
  type: 'near';
  sketches: CorpusSketches;
  options: Partial<CandidateOptions>;
}

export interface NearReply {
  finds: DirectedFinds;
}

/** One worker's share of the containment sweep (see findContained). */
export interface FindRequest {
  type: 'find';
  corpus: CorpusFingerprints;
  index: CorpusIndex;
  options: Partial<CandidateOptions>;
  from: number;
  to: number;
}

export interface FindReply {
  finds: DirectedFinds;
}

export interface AlignRequest {
  type: 'align';
  /** Folder of this corpus's cache (where CacheRefs point), or null. */
  cacheDir: string | null;
  /** Sent with the first batch of an open; kept by the worker. */
  chrome?: Float64Array;
  /** Sources of articles this worker has not seen yet, by corpus index. */
  sources: Record<number, ArticleSource>;
  /** Pairs as [i0, j0, i1, j1, …]. */
  pairs: Uint32Array;
}

export interface AlignReply {
  /** [left0, right0, left1, right1, …]: exact one-way shares (float64: the same numbers as a comparison). */
  shares: Float64Array;
}

export interface LoadRequest {
  type: 'load';
  cacheDir: string | null;
  chrome: Float64Array;
  sources: ArticleSource[];
  /** Return summaries only (re-titling after chrome), not whole articles. */
  summariesOnly: boolean;
}

export interface LoadReply {
  articles: (Article | null)[];
  summaries: (ArticleSummary | null)[];
}

/** A pooled worker forgets the open it served; `collect` returns a large corpus's memory at once. */
export interface ResetRequest {
  type: 'reset';
  collect: boolean;
}

/**
 * Reads these files `rounds` times, keeping nothing, until another request comes: the JIT
 * learns the reading while the worker would idle.
 */
export interface WarmRequest {
  type: 'warm';
  paths: string[];
  rounds: number;
}

export interface DoneReply {
  done: true;
}

export type WorkerRequest =
  | ResetRequest
  | WarmRequest
  | ReadRequest
  | ChromeRequest
  | FingerprintRequest
  | IndexRequest
  | NearRequest
  | FindRequest
  | AlignRequest
  | LoadRequest;
export type WorkerReply =
  DoneReply | ReadReply | ChromeReply | FingerprintReply | IndexReply | NearReply | FindReply | AlignReply | LoadReply;
