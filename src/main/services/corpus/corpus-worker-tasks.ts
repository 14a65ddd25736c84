/**
 * What a corpus worker does, as plain async functions: read and analyse files, rank the
 * corpus, align candidate pairs, load articles back. The worker thread and the in-thread
 * fallback both call these, so the two can never differ. I/O at the edges, the shared core
 * in between.
 */
import { statSync } from 'node:fs';
import type { Article } from '../../../shared/article/article';
import { applyRepeatedChrome } from '../../../shared/article/mark-repeated-boilerplate';
import { summarizeArticle } from '../../../shared/article/summarize-article';
import { titleHintsOf } from '../../../shared/article/title-hints';
import { prepareArticle, type PreparedArticle } from '../../../shared/comparison/prepare-article';
import { analyseArticle, packAnalysis, WINNOW_WINDOW } from '../../../shared/corpus/article-analysis';
import { exactShares } from '../../../shared/corpus/pair-scores';
import { readArticleFileSync } from '../read-article-file-sync';
import { collectGarbage } from './collect-garbage';
import { readCachedArticle, SegmentWriter } from './corpus-cache';
import { handleSearch } from './corpus-search-tasks';
import { sharedConcat } from './shared-memory';
import { loadArticle } from './load-articles';
import type {
  AlignReply,
  AlignRequest,
  ArticleSource,
  CacheRef,
  KnownFile,
  LoadReply,
  LoadRequest,
  ReadItem,
  ReadReply,
  ReadRequest,
  WarmRequest,
  WorkerReply,
  WorkerRequest,
} from './worker-protocol';

/**
 * Characters of prepared articles a worker keeps while aligning (pairs come grouped by
 * cluster): about 60 MB of text, sketches and gram tables.
 */
const PREPARED_CACHE_CHARS = 8_000_000;

export interface WorkerTasks {
  handle(request: WorkerRequest): Promise<{ reply: WorkerReply; transfer: ArrayBufferLike[] }>;
  /** Called when the worker is told to forget an open (a new open starts fresh). */
  reset(): void;
}

export function createWorkerTasks(): WorkerTasks {
  const writer = new SegmentWriter();
  let chrome = new Set<number>();
  let sources = new Map<number, ArticleSource>();
  let prepared = new Map<number, PreparedArticle>();
  let preparedChars = 0;

  async function preparedOf(index: number, cacheDir: string | null): Promise<PreparedArticle | null> {
    const hit = prepared.get(index);
    if (hit) {
      prepared.delete(index); // most recently used goes last
      prepared.set(index, hit);
      return hit;
    }
    const source = sources.get(index);
    const article = source ? await loadArticle(source, cacheDir, readArticleFileSync) : null;
    if (!article) return null;
    const result = prepareArticle(applyRepeatedChrome(article, chrome));
    prepared.set(index, result);
    preparedChars += charsOf(result);
    for (const [oldest, old] of prepared) {
      if (preparedChars <= PREPARED_CACHE_CHARS || oldest === index) break;
      prepared.delete(oldest);
      preparedChars -= charsOf(old);
    }
    return result;
  }

  async function align(request: AlignRequest): Promise<AlignReply> {
    // Chrome comes with the first batch of a ranking: what was prepared before may differ now.
    if (request.chrome) {
      chrome = new Set(request.chrome);
      sources = new Map();
      prepared = new Map();
      preparedChars = 0;
    }
    for (const [index, source] of Object.entries(request.sources)) sources.set(Number(index), source);
    const shares = new Float64Array(request.pairs.length);
    for (let k = 0; k < request.pairs.length; k += 2) {
      const left = await preparedOf(request.pairs[k]!, request.cacheDir);
      const right = await preparedOf(request.pairs[k + 1]!, request.cacheDir);
      if (!left || !right) continue; // gone since it was read: no reuse to show
      const result = exactShares(left, right);
      shares[k] = result.left;
      shares[k + 1] = result.right;
    }
    return { shares };
  }

  async function loadArticles(request: LoadRequest): Promise<LoadReply> {
    const marks = new Set(request.chrome);
    const articles = await Promise.all(
      request.sources.map(async (source) => {
        const article = await loadArticle(source, request.cacheDir, readArticleFileSync);
        return article ? applyRepeatedChrome(article, marks) : null;
      }),
    );
    if (!request.summariesOnly) return { articles, summaries: [] };
    return { articles: [], summaries: articles.map((a) => (a ? summarizeArticle(a) : null)) };
  }

  function reset(): void {
    chrome = new Set();
    sources = new Map();
    prepared = new Map();
    preparedChars = 0;
    writer.close();
  }

  /** Bumped by every request but a warm-up: a warm-up stops when real work arrives. */
  let requests = 0;

  /**
   * Reads the files one at a time, yielding between them, until the rounds are done or another
   * request comes: the JIT learns the reading while the worker is idle, never in the way of an open.
   */
  async function warm(request: WarmRequest): Promise<void> {
    const started = requests;
    for (let round = 0; round < request.rounds; round++) {
      for (const path of request.paths) {
        await new Promise((resolve) => setImmediate(resolve));
        if (requests !== started) return;
        readFiles({ type: 'read', paths: [path], known: [], window: WINNOW_WINDOW, cacheDir: null }, writer);
      }
    }
  }

  return {
    reset,
    async handle(request) {
      if (request.type === 'warm') {
        await warm(request);
        return { reply: { done: true }, transfer: [] };
      }
      requests++;
      if (request.type === 'reset') {
        reset();
        if (request.collect) collectGarbage();
        return { reply: { done: true }, transfer: [] };
      }
      if (request.type === 'read') {
        const reply = readFiles(request, writer);
        return { reply, transfer: [] };
      }
      if (request.type === 'align') {
        const reply = await align(request);
        return { reply, transfer: [reply.shares.buffer] };
      }
      if (request.type === 'load') return { reply: await loadArticles(request), transfer: [] };
      return handleSearch(request);
    },
  };
}

/** Reads a batch with blocking I/O: a worker has nothing else to do meanwhile. */
function readFiles(request: ReadRequest, writer: SegmentWriter): ReadReply {
  const items: ReadItem[] = [];
  const packs: (Uint8Array | null)[] = [];
  const add = (item: ReadItem, pack: Uint8Array | null = null) => {
    items.push(item);
    packs.push(pack);
  };
  const analysed = (article: Article, ref: CacheRef | null, fromFile: boolean) => {
    const analysis = analyseArticle(article, request.window);
    const summary = summarizeArticle(article);
    const titleHints = titleHintsOf(article);
    add(
      { kind: 'article', path: article.path, summary, analysis: [0, 0], ref, fromFile, titleHints },
      packAnalysis(analysis),
    );
  };
  request.paths.forEach((path, k) => {
    const known = request.known[k];
    if (known && unchanged(path, known)) {
      if (known.analysisValid) return add({ kind: 'unchanged', path });
      const cached = known.ref && request.cacheDir ? readCachedArticle(request.cacheDir, known.ref) : null;
      if (cached) return analysed(cached, known.ref, false);
    }
    const result = readArticleFileSync(path, { maxBytes: request.maxBytes });
    if ('error' in result) return add({ kind: 'error', error: result.error });
    analysed(result.article, request.cacheDir ? writer.append(request.cacheDir, result.article) : null, true);
  });
  return { items, analyses: concatPacks(items, packs) };
}

function unchanged(path: string, known: KnownFile): boolean {
  try {
    const info = statSync(path);
    return info.isFile() && info.size === known.size && info.mtimeMs === known.mtimeMs;
  } catch {
    return false;
  }
}

/** All packed analyses of a batch in one shared buffer, 8-byte aligned; ranges go in the items. */
function concatPacks(items: ReadItem[], packs: (Uint8Array | null)[]): SharedArrayBuffer {
  const placed: { item: ReadItem & { kind: 'article' }; pack: Uint8Array }[] = [];
  packs.forEach((pack, k) => {
    const item = items[k];
    if (pack && item?.kind === 'article') placed.push({ item, pack });
  });
  const { segment, offsets } = sharedConcat(placed.map(({ pack }) => pack));
  placed.forEach(({ item, pack }, k) => (item.analysis = [offsets[k]!, pack.length]));
  return segment;
}

function charsOf(prepared: PreparedArticle): number {
  let chars = 0;
  for (const paragraph of prepared.article.paragraphs) chars += paragraph.text.length;
  return chars;
}
