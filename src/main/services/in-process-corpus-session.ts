/**
 * A corpus session that does everything on the calling thread: read the folder, stream
 * summaries, rank. Simple and exact; the right choice for small folders and tests.
 */
import type { Article } from '../../shared/article/article';
import { summarizeArticle } from '../../shared/article/summarize-article';
import { rankPairs } from '../../shared/corpus/rank-pairs';
import type { CorpusEvent, CorpusSession } from './corpus/corpus-session-types';
import { readFolder } from './read-folder';

const BATCH = 200;

export function createInProcessCorpusSession(): CorpusSession {
  const articles = new Map<string, Article>();
  let emit: (event: CorpusEvent) => void = () => undefined;

  const rank = () => emit({ type: 'pairs', pairs: rankPairs([...articles.values()]), exact: true });

  return {
    async open(root, options, emitter) {
      emit = emitter;
      articles.clear();
      const started = Date.now();
      if (root === null) {
        emitter({ type: 'done', articles: 0, errors: 0, ms: 0 });
        return;
      }
      let batch: Article[] = [];
      const flush = () => {
        if (batch.length > 0) emitter({ type: 'articles', articles: batch.map(summarizeArticle) });
        batch = [];
      };
      const result = await readFolder(root, {
        signal: options.signal,
        onProgress: (p) => emitter({ type: 'progress', phase: 'reading', done: p.done, total: p.total }),
        onArticle: (article) => {
          batch.push(article);
          if (batch.length >= BATCH) flush();
        },
      });
      if (options.signal?.aborted) return;
      // readFolder's final list is authoritative (it also learns folder-wide boilerplate).
      batch = [];
      for (const article of result.articles) articles.set(article.id, article);
      emitter({ type: 'articles', articles: result.articles.map(summarizeArticle) });
      if (result.errors.length > 0) emitter({ type: 'errors', errors: result.errors });
      emitter({
        type: 'done',
        articles: result.articles.length,
        errors: result.errors.length,
        ms: Date.now() - started,
      });
      emitter({ type: 'progress', phase: 'ranking', done: 0, total: 1 });
      rank();
    },
    async getArticles(ids) {
      return ids.flatMap((id) => {
        const article = articles.get(id);
        return article ? [article] : [];
      });
    },
    async add(list) {
      for (const article of list) articles.set(article.id, article);
      emit({ type: 'articles', articles: list.map(summarizeArticle) });
      rank();
    },
    async remove(ids) {
      for (const id of ids) articles.delete(id);
      emit({ type: 'removed', ids: [...ids] });
      rank();
    },
    async close() {
      articles.clear();
    },
  };
}
